#include "editing/entity_form.h"

#include "document/document.h"
#include "document/model_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <set>

namespace dealgraph::app {

EntityForm::EntityForm(Document* document, std::optional<std::string> id, QWidget* parent)
    : ModelForm(document, parent), originalId_(std::move(id)), id_(new QLineEdit(this)),
      name_(new QLineEdit(this)), names_(new QTableWidget(0, 2, this)),
      aliases_(new QPlainTextEdit(this)), kind_(new QComboBox(this)), group_(new QComboBox(this)),
      description_(new QPlainTextEdit(this)) {
    const Model& model = document->model();
    if (originalId_)
        if (const Entity* entity = model.entity(*originalId_))
            original_ = *entity;
    setWindowTitle(originalId_ ? tr("Edit %1").arg(primaryName(original_)) : tr("New Entity"));
    setObjectName(QStringLiteral("entityForm"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Id:"), id_);
    id_->setToolTip(tr("How deals name this entity: letters, digits, '-', '_' or '.'"));
    names_->setHorizontalHeaderLabels({tr("Language (BCP 47)"), tr("Name")});
    names_->horizontalHeader()->setStretchLastSection(true);
    names_->verticalHeader()->hide();
    names_->setMinimumHeight(90);
    auto* addName = new QPushButton(tr("Add Name"), this);
    auto* removeName = new QPushButton(tr("Remove Name"), this);
    auto* nameButtons = new QHBoxLayout;
    nameButtons->addWidget(addName);
    nameButtons->addWidget(removeName);
    nameButtons->addStretch();
    auto* namesBox = new QVBoxLayout;
    namesBox->addWidget(names_);
    namesBox->addLayout(nameButtons);
    form->addRow(tr("Names in other languages:"), namesBox);
    aliases_->setPlaceholderText(tr("One per line"));
    aliases_->setMaximumHeight(70);
    form->addRow(tr("&Aliases:"), aliases_);
    for (const EntityKind kind : kAllEntityKinds)
        kind_->addItem(displayText(kind), static_cast<int>(kind));
    form->addRow(tr("&Kind:"), kind_);
    group_->setEditable(true);
    std::set<std::string> groups;
    for (const Entity& entity : model.entities())
        if (!entity.group.empty())
            groups.insert(entity.group);
    group_->addItem(QString());
    for (const std::string& group : groups)
        group_->addItem(qstr(group));
    group_->setToolTip(tr("Entities with the same group can be drawn as one box"));
    form->addRow(tr("&Group:"), group_);
    description_->setMaximumHeight(90);
    form->addRow(tr("&Description:"), description_);
    body()->addLayout(form);

    // The fields as the entity stands (a new one: a company with no name yet).
    name_->setText(qstr(original_.name));
    id_->setText(qstr(original_.id));
    for (const auto& [language, name] : original_.names)
        addNameRow(qstr(language), qstr(name));
    QStringList aliases;
    for (const std::string& alias : original_.aliases)
        aliases << qstr(alias);
    aliases_->setPlainText(aliases.join(QLatin1Char('\n')));
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(original_.kind)));
    group_->setCurrentText(qstr(original_.group));
    description_->setPlainText(qstr(original_.description));

    registerField("/id", id_, tr("Id"));
    registerField("/name", name_, tr("Name"));
    registerField("/names", names_, tr("Names in other languages"));
    registerField("/aliases", aliases_, tr("Aliases"));
    registerField("/kind", kind_, tr("Kind"));
    registerField("/group", group_, tr("Group"));
    registerField("/description", description_, tr("Description"));

    std::vector<std::string> taken;
    for (const Entity& entity : model.entities())
        taken.push_back(entity.id);
    keepIdSuggested(
        id_, originalId_.has_value(), [this] { return name_->text(); }, taken, "entity");
    connect(name_, &QLineEdit::textChanged, this, [this] {
        suggestId();
        scheduleRevalidate();
    });
    connect(names_, &QTableWidget::cellChanged, this, [this] { scheduleRevalidate(); });
    connect(aliases_, &QPlainTextEdit::textChanged, this, [this] { scheduleRevalidate(); });
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] { scheduleRevalidate(); });
    connect(group_, &QComboBox::currentTextChanged, this, [this] { scheduleRevalidate(); });
    connect(description_, &QPlainTextEdit::textChanged, this, [this] { scheduleRevalidate(); });
    connect(addName, &QPushButton::clicked, this, [this] {
        addNameRow(QStringLiteral("zh-Hans"), QString());
        names_->editItem(names_->item(names_->rowCount() - 1, 1));
    });
    connect(removeName, &QPushButton::clicked, this, [this] {
        if (names_->currentRow() >= 0)
            names_->removeRow(names_->currentRow());
        scheduleRevalidate();
    });
    setFirstField(name_);
    resize(560, 560);
    revalidate();
}

void EntityForm::addNameRow(const QString& language, const QString& name) {
    const int row = names_->rowCount();
    names_->insertRow(row);
    names_->setItem(row, 0, new QTableWidgetItem(language));
    names_->setItem(row, 1, new QTableWidgetItem(name));
}

Entity EntityForm::entity() const {
    Entity out = original_;
    out.id = fieldValue(id_->text());
    out.name = fieldValue(name_->text());
    out.names.clear();
    for (int row = 0; row < names_->rowCount(); ++row) {
        const auto* language = names_->item(row, 0);
        const auto* name = names_->item(row, 1);
        if (language && name && !name->text().trimmed().isEmpty())
            out.names[fieldValue(language->text())] = fieldValue(name->text());
    }
    out.aliases.clear();
    for (const QString& line : aliases_->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out.aliases.push_back(fieldValue(line));
    out.kind = static_cast<EntityKind>(kind_->currentData().toInt());
    out.group = fieldValue(group_->currentText());
    out.description = description_->toPlainText().trimmed().toStdString();
    return out;
}

ModelForm::Candidate EntityForm::candidate() const {
    Candidate out;
    const Model& model = document()->model();
    // Said once, beside the id: renaming onto another entity's id would otherwise show as every
    // flow of the two "between the same entity twice".
    const std::string id = fieldValue(id_->text());
    if (id != originalId_.value_or(std::string()))
        if (const Entity* other = model.entity(id)) {
            out.fieldErrors.emplace_back(id_, tr("%1 is already the id of %2: choose another")
                                                  .arg(qstr(id), primaryName(*other)));
            return out;
        }
    if (originalId_) {
        const auto index = model.entityIndex(*originalId_);
        if (!index) { // the file was reloaded without it while the form was open
            out.fieldErrors.emplace_back(id_, tr("this entity is no longer in the model"));
            return out;
        }
        out.parts = withEntityReplaced(model, *originalId_, entity());
        out.pointer = entityPointer(*index);
    } else {
        out.parts = withEntityAdded(model, entity());
        out.pointer = entityPointer(model.entities().size());
    }
    return out;
}

std::vector<Diagnostic> EntityForm::commit() {
    if (originalId_)
        return document()->replaceEntity(*originalId_, entity());
    return document()->addEntity(entity());
}

} // namespace dealgraph::app
