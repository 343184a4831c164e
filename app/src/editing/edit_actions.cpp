#include "editing/edit_actions.h"

#include "document/document.h"
#include "document/model_text.h"
#include "editing/deal_form.h"
#include "editing/entity_form.h"
#include "editing/source_form.h"

#include <QTableWidget>

#include "dealgraph/edit.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace dealgraph::app {

namespace {

// At most this many deal titles are listed in a confirmation; the rest are counted.
constexpr int kListedDeals = 8;

} // namespace

EditActions::EditActions(Document* document, QWidget* window)
    : QObject(window), document_(document), window_(window) {
    auto make = [this](const QString& text, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setStatusTip(tip);
        return action;
    };
    newEntity_ = make(tr("New &Entity…"), tr("Add a company, fund, site or other party"));
    newDeal_ = make(tr("New &Deal…"), tr("Add a deal with its flows, status and sources"));
    newDeal_->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    newSource_ = make(tr("New &Source…"), tr("Add an article that deals can cite"));
    editSources_ = make(tr("S&ources…"), tr("Edit or delete the articles the deals cite"));
    editSelected_ = make(tr("Ed&it Selected…"), tr("Edit the selected entity or deal"));
    editSelected_->setShortcut(QKeySequence(Qt::Key_F2));
    delete_ = make(tr("De&lete"), tr("Delete the selected entity (with its deals) or deal"));
    delete_->setShortcut(QKeySequence::Delete);
    for (QAction* action : {newDeal_, editSelected_, delete_})
        window->addAction(action);

    connect(newEntity_, &QAction::triggered, this, [this] { openEntityForm(std::nullopt); });
    connect(newDeal_, &QAction::triggered, this,
            [this] { openDealForm(new DealForm(document_, std::nullopt, window_)); });
    connect(newSource_, &QAction::triggered, this,
            [this] { openSourceForm(std::nullopt, nullptr); });
    connect(editSources_, &QAction::triggered, this, &EditActions::showSourcesDialog);
    connect(editSelected_, &QAction::triggered, this, &EditActions::editSelection);
    connect(delete_, &QAction::triggered, this, &EditActions::deleteSelection);
    connect(document_, &Document::selectionChanged, this, &EditActions::updateActions);
    connect(document_, &Document::modelReset, this, &EditActions::updateActions);
    updateActions();
}

void EditActions::updateActions() {
    const Selection& selection = document_->selection();
    const bool entity = selection.kind == Selection::Kind::Entity &&
                        document_->model().entity(selection.id) != nullptr;
    const bool deal = !selection.dealId().empty() && document_->model().deal(selection.id);
    editSelected_->setEnabled(entity || deal);
    delete_->setEnabled(entity || deal);
}

int EditActions::run(QWidget* form) {
    return runForm(qobject_cast<QDialog*>(form), modal_, [this, form] { emit formOpened(form); });
}

void EditActions::openEntityForm(std::optional<std::string> id) {
    run(new EntityForm(document_, std::move(id), window_));
}

void EditActions::openDealForm(DealForm* form) {
    if (form->historyTable()->rowCount() == 0)
        form->addStatusStep(); // a deal is on record from its first dated status
    connect(form, &DealForm::newSourceRequested, this,
            [this, form] { openSourceForm(std::nullopt, form); });
    run(form);
}

void EditActions::openSourceForm(std::optional<std::string> id, DealForm* citingForm) {
    auto* form = new SourceForm(document_, std::move(id),
                                citingForm ? static_cast<QWidget*>(citingForm) : window_);
    QPointer<DealForm> citing(citingForm);
    connect(form, &QDialog::accepted, this, [form, citing] {
        if (citing) // the deal being written cites the source just made
            citing->citeSource(form->sourceId());
    });
    run(form);
}

void EditActions::newDealWithFlow(const std::string& from, const std::string& to) {
    auto* form = new DealForm(document_, std::nullopt, window_);
    form->addFlow(from, to);
    openDealForm(form);
}

bool EditActions::editSelection() {
    const Selection& selection = document_->selection();
    if (selection.kind == Selection::Kind::Entity && document_->model().entity(selection.id)) {
        openEntityForm(selection.id);
        return true;
    }
    if (!selection.dealId().empty() && document_->model().deal(selection.id)) {
        openDealForm(new DealForm(document_, selection.id, window_));
        return true;
    }
    return false;
}

QString EditActions::deletionQuestion(bool entity, const std::string& id) const {
    const Model& model = document_->model();
    const DeletionEffects effects =
        entity ? whatGoesWithEntity(model, id) : whatGoesWithDeal(model, id);
    QString question;
    if (entity) {
        question = tr("Delete %1?").arg(entityName(model, id));
    } else {
        const Deal* deal = model.deal(id);
        question = tr("Delete the deal “%1”?").arg(deal ? titleOf(*deal) : qstr(id));
    }
    QStringList lines{question};
    if (!effects.deletedDeals.empty()) {
        // Singular and plural spelled out: no English translation file resolves "%n" forms.
        lines << (effects.deletedDeals.size() == 1
                      ? tr("Its deal goes with it:")
                      : tr("Its %1 deals go with it:").arg(effects.deletedDeals.size()));
        int listed = 0;
        for (const std::string& dealId : effects.deletedDeals) {
            if (listed++ == kListedDeals) {
                lines << tr("  … and %1 more")
                             .arg(static_cast<int>(effects.deletedDeals.size()) - kListedDeals);
                break;
            }
            if (const Deal* deal = model.deal(dealId))
                lines << QStringLiteral("  • %1").arg(titleOf(*deal));
        }
    }
    if (!effects.changedDeals.empty())
        lines << (effects.changedDeals.size() == 1 ? tr("1 other deal loses a reference to it.")
                                                   : tr("%1 other deals lose a reference to it.")
                                                         .arg(effects.changedDeals.size()));
    if (!effects.changedStories.empty()) {
        QStringList titles;
        for (const std::string& storyId : effects.changedStories)
            titles << qstr(storyId);
        lines << tr("Stories that show it change: %1.").arg(titles.join(QStringLiteral(", ")));
    }
    lines << tr("Edit > Undo brings everything back.");
    return lines.join(QLatin1Char('\n'));
}

bool EditActions::deleteSelection() {
    const Selection selection = document_->selection();
    const bool entity = selection.kind == Selection::Kind::Entity;
    if (!(entity ? document_->model().entity(selection.id) != nullptr
                 : !selection.dealId().empty() && document_->model().deal(selection.id)))
        return false;
    QMessageBox box(QMessageBox::Question, tr("Delete"), deletionQuestion(entity, selection.id),
                    QMessageBox::Cancel, window_);
    QPushButton* yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("deleteConfirmation"));
    emit formOpened(&box);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    const auto refused =
        entity ? document_->deleteEntity(selection.id) : document_->deleteDeal(selection.id);
    if (!refused.empty()) {
        QMessageBox::warning(
            window_, tr("Delete"),
            tr("It could not be deleted: %1").arg(QString::fromStdString(refused.front().message)));
        return false;
    }
    return true;
}

// The sources, each to edit or delete; New adds one.
void EditActions::showSourcesDialog() {
    QDialog dialog(window_);
    dialog.setWindowTitle(tr("Sources"));
    dialog.setObjectName(QStringLiteral("sourcesDialog"));
    auto* list = new QListWidget(&dialog);
    auto fill = [this, list] {
        list->clear();
        for (const Source& source : document_->model().sources()) {
            QString text = publisherOf(source);
            if (!source.title.empty())
                text += QStringLiteral(": ") + qstr(source.title);
            auto* item = new QListWidgetItem(QStringLiteral("%1  [%2]").arg(text, qstr(source.id)));
            item->setData(Qt::UserRole, qstr(source.id));
            list->addItem(item);
        }
    };
    fill();
    auto* edit = new QPushButton(tr("Edit…"), &dialog);
    auto* add = new QPushButton(tr("New…"), &dialog);
    auto* remove = new QPushButton(tr("Delete"), &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    auto* row = new QHBoxLayout;
    for (QPushButton* button : {edit, add, remove})
        row->addWidget(button);
    row->addStretch();
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(document_, &Document::modelReset, &dialog, fill);
    auto current = [list]() -> std::optional<std::string> {
        if (!list->currentItem())
            return std::nullopt;
        return list->currentItem()->data(Qt::UserRole).toString().toStdString();
    };
    connect(edit, &QPushButton::clicked, &dialog, [this, current] {
        if (const auto id = current())
            openSourceForm(*id, nullptr);
    });
    connect(list, &QListWidget::itemActivated, &dialog, [this, current] {
        if (const auto id = current())
            openSourceForm(*id, nullptr);
    });
    connect(add, &QPushButton::clicked, &dialog, [this] { openSourceForm(std::nullopt, nullptr); });
    connect(remove, &QPushButton::clicked, &dialog, [this, current, &dialog] {
        const auto id = current();
        if (!id)
            return;
        const DeletionEffects effects = whatGoesWithSource(document_->model(), *id);
        const QString question =
            tr("Delete this source? %n deal(s) stop citing it. Edit > Undo brings it back.",
               nullptr, static_cast<int>(effects.changedDeals.size()));
        if (QMessageBox::question(&dialog, tr("Delete Source"), question) == QMessageBox::Yes)
            document_->deleteSource(*id);
    });
    dialog.resize(640, 420);
    emit formOpened(&dialog);
    dialog.exec();
}

} // namespace dealgraph::app
