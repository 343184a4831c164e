// Edit > New Entity…, New Deal…, New Source…, Edit Selected… (F2 or Enter on the graph),
// Delete (the Delete key, with a confirmation that names what goes with it) and Sources…: the
// window's way into the forms. Each OK is one step on the document's undo stack.
#pragma once

#include <QObject>

#include <optional>
#include <string>

class QAction;
class QWidget;

namespace dealgraph::app {

class Document;
class DealForm;

class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(Document* document, QWidget* window);

    QAction* newEntity() const { return newEntity_; }
    QAction* newDeal() const { return newDeal_; }
    QAction* newSource() const { return newSource_; }
    QAction* editSelected() const { return editSelected_; }
    QAction* deleteSelected() const { return delete_; }
    QAction* editSources() const { return editSources_; }

    // Opens the form of the selected entity or deal (a flow: its deal). Returns whether one
    // was opened.
    bool editSelection();
    // A new deal whose first flow runs from `from` to `to` (a Shift-drag between entities).
    void newDealWithFlow(const std::string& from, const std::string& to);
    // Asks, naming what goes with it, then deletes the selected entity or deal as one step.
    bool deleteSelection();

    // The text of the confirmation for deleting the entity or deal `id` (tests).
    QString deletionQuestion(bool entity, const std::string& id) const;

    // Forms are shown modally unless this is off (tests drive the form they are handed).
    void setModal(bool modal) { modal_ = modal; }
signals:
    // A form is about to be shown (tests fill it in before it runs).
    void formOpened(QWidget* form);

private:
    void openEntityForm(std::optional<std::string> id);
    void openDealForm(DealForm* form);
    void openSourceForm(std::optional<std::string> id, DealForm* citingForm);
    void showSourcesDialog();
    void updateActions();
    int run(QWidget* form);

    Document* document_;
    QWidget* window_;
    QAction* newEntity_;
    QAction* newDeal_;
    QAction* newSource_;
    QAction* editSelected_;
    QAction* delete_;
    QAction* editSources_;
    bool modal_ = true;
};

} // namespace dealgraph::app
