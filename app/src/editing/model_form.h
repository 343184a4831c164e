// What the edit forms share: every change rebuilds the edited model and checks it with the
// loader's own rules (dealgraph/edit.h), so errors appear beside their fields as one types (a
// red frame, the message as its tooltip, and a list under the form naming field and message);
// OK stays disabled while there is any, so a form can never install an invalid model. OK hands
// the result to the document as one undo step.
#pragma once

#include "dealgraph/edit.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

class QDialogButtonBox;
class QLineEdit;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dealgraph::app {

class Document;

class ModelForm : public QDialog {
    Q_OBJECT
public:
    ModelForm(Document* document, QWidget* parent);

    // The errors the form shows now, each "Field: message" (tests, and the list under it).
    QStringList errors() const { return shownErrors_; }
    QPushButton* okButton() const;

    // Checks now (the forms check on every change; tests call this after setting fields).
    void revalidate();

protected:
    // The edited object as the fields say: `parts` the whole model with it in place,
    // `pointer` its place ("/deals/3"). Texts a field cannot read (an amount, a date) go to
    // `fieldErrors` as (field widget, message).
    struct Candidate {
        ModelParts parts;
        std::string pointer;
        std::vector<std::pair<QWidget*, QString>> fieldErrors;
    };
    virtual Candidate candidate() const = 0;
    // Installs the edit through the document; returns the errors it refused it with.
    virtual std::vector<Diagnostic> commit() = 0;

    // The form's body goes here, above the error list and the buttons.
    QVBoxLayout* body() const { return body_; }
    // Errors at `pointer` (relative to the object: "/name", "/flows/2/to") or under it are
    // shown on `widget` and named `label` in the list. The longest matching pointer wins.
    void registerField(const std::string& pointer, QWidget* widget, const QString& label);
    void clearFields(const std::string& pointerPrefix); // a table's rows, before re-registering
    // The field the keyboard starts in when the form is shown (else it started on the
    // buttons, made first, and what the user typed went nowhere or pressed Cancel).
    void setFirstField(QWidget* field) { firstField_ = field; }
    void showEvent(QShowEvent* event) override;
    // Calls revalidate on the next turn of the event loop (many signals, one check).
    void scheduleRevalidate();
    Document* document() const { return document_; }
    // A new object's id follows `basis` (its name, title or publisher) as suggestedId makes
    // it, until the user types one; an existing object keeps its id (`typed`). Connects the id
    // field; the form calls suggestId() when the basis changes.
    void keepIdSuggested(QLineEdit* id, bool typed, std::function<QString()> basis,
                         std::vector<std::string> taken, std::string fallback);
    void suggestId();

private:
    struct Field {
        std::string pointer;
        QWidget* widget = nullptr;
        QString label;
    };
    const Field* fieldFor(const std::string& path) const;
    void mark(QWidget* widget, const QString& message);
    void accept() override;

    Document* document_;
    QVBoxLayout* body_;
    QLabel* errorList_;
    QDialogButtonBox* buttons_;
    std::vector<Field> fields_;
    std::vector<QPointer<QWidget>> marked_;
    QStringList shownErrors_;
    QPointer<QWidget> firstField_;
    bool scheduled_ = false;
    struct IdSuggestion {
        QLineEdit* field = nullptr;
        bool typed = true;
        std::function<QString()> basis;
        std::vector<std::string> taken;
        std::string fallback;
    } id_;
};

// Shows a form (or the deletion question) as the edit actions do: modally, deleted after, with
// `opened` told first; or, when not `modal` (tests drive the form they are handed), shown and
// deleted on close, `opened` told after. Returns exec's result, or -1 when not modal.
int runForm(QDialog* form, bool modal, const std::function<void()>& opened);

// A field's text as the model keeps it: trimmed, UTF-8.
inline std::string fieldValue(const QString& text) {
    return text.trimmed().toStdString();
}

// An id for a new object from its name: lower-case ASCII letters, digits and hyphens
// ("SB Energy" -> "sb-energy"), or `fallback` when the name has none of those; made unique
// among `taken` with a number ("oracle-2").
std::string suggestedId(const QString& name, const std::string& fallback,
                        const std::vector<std::string>& taken);

} // namespace dealgraph::app
