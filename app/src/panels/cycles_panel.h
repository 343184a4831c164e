// The "Circular Flows" dock: the cycles of the current view (money by default; "All flow
// types" widens it), each as "OpenAI → Oracle → Nvidia → OpenAI". Selecting one highlights its
// entities and flows on the graph (Document::setHighlight) and lists its deals below; clicking
// a deal selects it. Recomputed whenever the view or the model changes.
#pragma once

#include "dealgraph/query.h"

#include "document/document.h"

#include <QString>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QListWidget;

namespace dealgraph::app {

class CyclesPanel : public QWidget {
    Q_OBJECT
public:
    explicit CyclesPanel(Document* document, QWidget* parent = nullptr);

    QCheckBox* allTypesBox() const { return allTypes_; }
    QListWidget* cycleList() const { return list_; }
    QListWidget* dealList() const { return deals_; }

    // Up to date with the view (computed now if the panel put it off while hidden).
    const std::vector<Cycle>& cycles() {
        refresh();
        return cycles_;
    }
    // "OpenAI → Oracle → Nvidia → OpenAI", names in the interface language.
    QString titleOf(const Cycle& cycle) const;

public slots:
    // Recomputes the cycles if the view changed while the panel was hidden.
    void refresh();
    // Selects the cycle's row (and so highlights it); -1 clears the selection and highlight.
    void highlightCycle(int index);

protected:
    void showEvent(QShowEvent* event) override;

private:
    // The view changed. Finding cycles costs more than the rest of a step through time on a
    // large model, so a hidden panel with nothing highlighted puts it off until it is shown.
    void onViewChanged();
    void recompute();
    void onCycleSelected();
    void onHighlightChanged();
    void showDeals(const Cycle* cycle);
    Highlight highlightOf(const Cycle& cycle) const;

    Document* document_;
    QCheckBox* allTypes_;
    QLabel* summary_;
    QListWidget* list_;
    QLabel* dealsTitle_;
    QListWidget* deals_;
    std::vector<Cycle> cycles_;
    Highlight own_;      // the highlight this panel set, to tell it from anyone else's
    bool stale_ = false; // the view changed since the cycles were found
};

} // namespace dealgraph::app
