// The form of a deal: what was agreed (title, kind, notes, the headline figure as announced),
// its flows (from, to, type, amounts as the article gave them: "up to $100B; 10 GW"), its dated
// status steps with the sources that report each, and the sources it cites. New sources can be
// added from here (each its own undo step); the deal itself is one step.
#pragma once

#include "editing/model_form.h"

#include "dealgraph/model.h"

#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace dealgraph::app {

class DealForm : public ModelForm {
    Q_OBJECT
public:
    // Edits the deal `id` of the document's model; nullopt: a new deal.
    DealForm(Document* document, std::optional<std::string> id, QWidget* parent = nullptr);

    // A new flow's row, its ends chosen (a drag from one entity to another).
    void addFlow(const std::string& from, const std::string& to);
    void addFlow();
    void addStatusStep();
    // Ticks the source in the deal's list (a new source is ticked when it is made).
    void citeSource(const std::string& id);

    // As the fields say; `errors` gets (field, message) for texts that cannot be read.
    Deal deal(std::vector<std::pair<QWidget*, QString>>* errors = nullptr) const;

    QLineEdit* titleField() const { return title_; }
    QLineEdit* idField() const { return id_; }
    QComboBox* kindField() const { return kind_; }
    QPlainTextEdit* notesField() const { return notes_; }
    QLineEdit* headlineField() const { return headline_; }
    QLineEdit* spanField() const { return span_; }
    QComboBox* headlineAtField() const { return headlineAt_; }
    QTableWidget* flowsTable() const { return flows_; }
    QTableWidget* historyTable() const { return history_; }
    QListWidget* sourcesList() const { return sources_; }

    // The columns of the tables (cell widgets: combo boxes, line edits, a check box).
    enum FlowColumn {
        FromColumn,
        ToColumn,
        TypeColumn,
        AmountsColumn,
        InHeadlineColumn,
        FlowNoteColumn
    };
    enum StepColumn { DateColumn, StatusColumn, StepSourcesColumn, StepNoteColumn };

signals:
    void newSourceRequested();

protected:
    Candidate candidate() const override;
    std::vector<Diagnostic> commit() override;

private:
    void addFlowRow(const Flow& flow);
    void addStepRow(const StatusStep& step);
    void removeRow(QTableWidget* table, std::vector<Flow>* flows, std::vector<StatusStep>* steps);
    void registerRows();
    void fillSources();
    QComboBox* entityCombo(const std::string& current, bool allowNone);

    std::optional<std::string> originalId_;
    Deal original_;
    std::vector<Flow> rowFlows_;       // per flow row: what the form does not show is kept
    std::vector<StatusStep> rowSteps_; // per status row
    QLineEdit* title_;
    QLineEdit* id_;
    QComboBox* kind_;
    QPlainTextEdit* notes_;
    QLineEdit* headline_;
    QLineEdit* span_;
    QComboBox* headlineAt_;
    QTableWidget* flows_;
    QTableWidget* history_;
    QListWidget* sources_;
};

} // namespace dealgraph::app
