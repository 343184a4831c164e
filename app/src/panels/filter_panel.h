// The "Filters" dock: which flow types, deal kinds, statuses and entity kinds to show (ticking
// one restricts the view to the ticked ones; none ticked shows all), a minimum amount, and a
// focus on one entity and its neighbourhood. Edits the Document's filter, keeping its as-of
// date (the time bar owns that), and shows the filter again when it changes elsewhere.
#pragma once

#include "dealgraph/kinds.h"
#include "dealgraph/query.h"

#include <QString>
#include <QWidget>

#include <map>
#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace dealgraph::app {

class Document;

// A minimum amount as typed, in the unit's base units: "1B", "500M", "$2.5B", "300k". A plain
// number means billions for US dollars and the unit itself otherwise (GW, GPUs, chips).
// nullopt for anything else, including negative numbers.
std::optional<double> parseAmountInput(const QString& text, Unit unit);
// The inverse, for showing a filter's minimum: "1B", "0.5B"; "10" for 10 GW.
QString amountInputText(Unit unit, double value);

class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(Document* document, QWidget* parent = nullptr);

    QCheckBox* checkBox(FlowType type) const { return flowTypes_.at(type); }
    QCheckBox* checkBox(DealKind kind) const { return dealKinds_.at(kind); }
    QCheckBox* checkBox(Status status) const { return statuses_.at(status); }
    QCheckBox* checkBox(EntityKind kind) const { return entityKinds_.at(kind); }
    QComboBox* unitCombo() const { return unit_; }
    QLineEdit* amountEdit() const { return amount_; }
    QComboBox* focusCombo() const { return focus_; }
    QSpinBox* stepsSpin() const { return steps_; }
    QCheckBox* dealsAmongCheck() const { return dealsAmong_; }
    QPushButton* resetButton() const { return reset_; }
    QLabel* problemLabel() const { return problem_; }

    // The filter the controls describe, with the Document's as-of date.
    Filter filterFromControls() const;

public slots:
    // Clears every clause but the as-of date.
    void resetFilters();

private:
    QWidget* buildChecks();
    QWidget* buildAmountAndFocus();
    void rebuildEntities(); // a new model: new focus candidates
    void showFilter();      // Document -> controls
    void apply();           // controls -> Document
    void onFocusEdited();   // a name typed in the focus field
    void showProblem(const QString& text);

    Document* document_;
    std::map<FlowType, QCheckBox*> flowTypes_;
    std::map<DealKind, QCheckBox*> dealKinds_;
    std::map<Status, QCheckBox*> statuses_;
    std::map<EntityKind, QCheckBox*> entityKinds_;
    QComboBox* unit_ = nullptr;
    QLineEdit* amount_ = nullptr;
    QComboBox* focus_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QCheckBox* dealsAmong_ = nullptr; // Focus::includeDealsAmong
    QPushButton* reset_ = nullptr;
    QLabel* problem_ = nullptr;
    std::map<QString, std::string> idByName_; // every name, lower case -> entity id
    bool syncing_ = false;                    // set while the controls mirror the Document
};

} // namespace dealgraph::app
