// The form of an entity: its id, display name, names in other languages, aliases, kind, group
// and description. New entities get an id made from the name until one is typed. A renamed id
// is renamed wherever the model uses it (dealgraph/edit.h).
#pragma once

#include "editing/model_form.h"

#include "dealgraph/model.h"

#include <optional>
#include <string>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace dealgraph::app {

class EntityForm : public ModelForm {
    Q_OBJECT
public:
    // Edits the entity `id` of the document's model; nullopt: a new entity.
    EntityForm(Document* document, std::optional<std::string> id, QWidget* parent = nullptr);

    Entity entity() const; // as the fields say

    QLineEdit* idField() const { return id_; }
    QLineEdit* nameField() const { return name_; }
    QTableWidget* namesTable() const { return names_; }
    QPlainTextEdit* aliasesField() const { return aliases_; }
    QComboBox* kindField() const { return kind_; }
    QComboBox* groupField() const { return group_; }
    QPlainTextEdit* descriptionField() const { return description_; }

protected:
    Candidate candidate() const override;
    std::vector<Diagnostic> commit() override;

private:
    void addNameRow(const QString& language, const QString& name);

    std::optional<std::string> originalId_;
    Entity original_; // unknown members and translations the form does not show are kept
    QLineEdit* id_;
    QLineEdit* name_;
    QTableWidget* names_;
    QPlainTextEdit* aliases_;
    QComboBox* kind_;
    QComboBox* group_;
    QPlainTextEdit* description_;
};

} // namespace dealgraph::app
