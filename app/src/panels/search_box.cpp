#include "panels/search_box.h"

#include "document/document.h"
#include "document/model_text.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

#include <algorithm>
#include <tuple>

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
    // The rows are ranked here, one per entity (matchEntities): the completer shows them as
    // they are. Its own filter listed each alias as a row of its own: five "Stargate"s.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setCompletionRole(MatchRole); // Enter on a row puts the matched name in the box
    completer->setMaxVisibleItems(12);
    setCompleter(completer);

    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                selectEntity(index.data(EntityIdRole).toString().toStdString());
            });
    connect(this, &QLineEdit::textEdited, this, &SearchBox::updateCompletions);
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::search);
    connect(document_, &Document::modelReset, this, [this] { entries_->clear(); });
}

void SearchBox::updateCompletions(const QString& text) {
    entries_->clear();
    const std::vector<Match> matches = matchEntities(document_->model(), text);
    for (const Match& match : matches) {
        auto* item = new QStandardItem(rowText(match));
        item->setData(match.matched, MatchRole);
        item->setData(qstr(match.entityId), EntityIdRole);
        item->setEditable(false);
        entries_->appendRow(item);
    }
    if (matches.empty())
        completer()->popup()->hide();
    else
        completer()->complete();
}

QString SearchBox::rowText(const Match& match) {
    return match.matched == match.name ? match.name : tr("%1 (%2)").arg(match.name, match.matched);
}

namespace {

// 0 exact, 1 the name starts with the text, 2 a word of it does, 3 it contains the text;
// -1 no match.
int rankOf(const QString& name, const QString& wanted) {
    if (name.compare(wanted, Qt::CaseInsensitive) == 0)
        return 0;
    const qsizetype at = name.indexOf(wanted, 0, Qt::CaseInsensitive);
    if (at < 0)
        return -1;
    if (at == 0)
        return 1;
    for (qsizetype from = at; from >= 0; from = name.indexOf(wanted, from + 1, Qt::CaseInsensitive))
        if (!name.at(from - 1).isLetterOrNumber())
            return 2;
    return 3;
}

} // namespace

std::vector<SearchBox::Match> SearchBox::matchEntities(const Model& model, const QString& text) {
    const QString wanted = text.trimmed();
    std::vector<Match> matches;
    if (wanted.isEmpty())
        return matches;
    struct Ranked {
        Match match;
        int primary; // 0 when the display name (or id) matched
        qsizetype length;
        std::size_t order;
    };
    std::vector<Ranked> ranked;
    for (std::size_t e = 0; e < model.entities().size(); ++e) {
        const Entity& entity = model.entities()[e];
        const QString name = primaryName(entity);
        std::optional<Ranked> best;
        auto consider = [&](const QString& candidate, int primary) {
            const int rank = rankOf(candidate, wanted);
            if (rank < 0)
                return;
            Ranked r{{entity.id, name, candidate, rank}, primary, candidate.size(), e};
            if (!best || std::tie(r.match.rank, r.primary, r.length) <
                             std::tie(best->match.rank, best->primary, best->length))
                best = r;
        };
        consider(qstr(entity.name), 0);
        if (qstr(entity.id).compare(wanted, Qt::CaseInsensitive) == 0)
            consider(qstr(entity.id), 0);
        for (const QString& other : allNamesOf(entity))
            consider(other, other == qstr(entity.name) ? 0 : 1);
        if (best) {
            if (best->match.matched == qstr(entity.id))
                best->match.matched = name; // an id is no name to show
            ranked.push_back(*best);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        return std::tie(a.match.rank, a.primary, a.length, a.order) <
               std::tie(b.match.rank, b.primary, b.length, b.order);
    });
    matches.reserve(ranked.size());
    for (Ranked& r : ranked)
        matches.push_back(std::move(r.match));
    return matches;
}

std::optional<std::string> SearchBox::findEntity(const Model& model, const QString& text) {
    const std::vector<Match> matches = matchEntities(model, text);
    if (matches.empty())
        return std::nullopt;
    return matches.front().entityId;
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
