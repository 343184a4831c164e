#include "panels/search_box.h"

#include "document/document.h"
#include "document/model_text.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace dealgraph::app {

namespace {
constexpr int kMessageMs = 4000;
}

SearchBox::SearchBox(Document* document, QWidget* parent)
    : QLineEdit(parent), document_(document), entries_(new QStandardItemModel(this)) {
    setObjectName(QStringLiteral("searchBox"));
    setPlaceholderText(tr("Find a company, fund or site (any language)…"));
    setClearButtonEnabled(true);
    setToolTip(tr("Type a name, an alias or a Chinese name (甲骨文, 软银) and press Enter"));

    auto* completer = new QCompleter(entries_, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionRole(MatchRole); // match one name, show "name — entity"
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);

    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                selectEntity(index.data(EntityIdRole).toString().toStdString());
            });
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::search);
    connect(document_, &Document::modelReset, this, &SearchBox::rebuild);
    rebuild();
}

void SearchBox::rebuild() {
    entries_->clear();
    for (const Entity& entity : document_->model().entities()) {
        const QString name = primaryName(entity);
        for (const QString& match : allNamesOf(entity)) {
            auto* item = new QStandardItem(match == name ? name : tr("%1 — %2").arg(match, name));
            item->setData(match, MatchRole);
            item->setData(qstr(entity.id), EntityIdRole);
            item->setEditable(false);
            entries_->appendRow(item);
        }
    }
    entries_->sort(0);
}

std::optional<std::string> SearchBox::findEntity(const Model& model, const QString& text) {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    // Exact names win, display names before other names, so "OpenAI" never lands elsewhere.
    for (const Entity& entity : model.entities())
        if (qstr(entity.name).compare(wanted, Qt::CaseInsensitive) == 0 ||
            qstr(entity.id).compare(wanted, Qt::CaseInsensitive) == 0)
            return entity.id;
    for (const Entity& entity : model.entities())
        for (const QString& name : allNamesOf(entity))
            if (name.compare(wanted, Qt::CaseInsensitive) == 0)
                return entity.id;

    const Entity* best = nullptr;
    bool bestIsPrefix = false;
    qsizetype bestLength = 0;
    for (const Entity& entity : model.entities()) {
        for (const QString& name : allNamesOf(entity)) {
            if (!name.contains(wanted, Qt::CaseInsensitive))
                continue;
            const bool prefix = name.startsWith(wanted, Qt::CaseInsensitive);
            if (!best || (prefix && !bestIsPrefix) ||
                (prefix == bestIsPrefix && name.size() < bestLength)) {
                best = &entity;
                bestIsPrefix = prefix;
                bestLength = name.size();
            }
        }
    }
    if (best)
        return best->id;
    return std::nullopt;
}

bool SearchBox::search() {
    if (text().trimmed().isEmpty())
        return false;
    const auto id = findEntity(document_->model(), text());
    if (!id) {
        emit statusMessage(tr("No company, fund or site matches “%1”").arg(text().trimmed()),
                           kMessageMs);
        return false;
    }
    selectEntity(*id);
    return true;
}

void SearchBox::selectEntity(const std::string& id) {
    const Entity* entity = document_->model().entity(id);
    if (!entity)
        return;
    completer()->popup()->hide();
    document_->select(Selection::entity(id));
    emit statusMessage(tr("Selected %1").arg(primaryName(*entity)), kMessageMs);
    selectAll(); // the next search replaces the text
}

} // namespace dealgraph::app
