#include "panels/changes_panel.h"

#include "document/document.h"
#include "document/model_text.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dealgraph::app {

namespace {

constexpr int kDealIdRole = Qt::UserRole;

QString kindText(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Appeared:
        return ChangesPanel::tr("Appeared");
    case ChangeKind::StatusChanged:
        return ChangesPanel::tr("Changed");
    case ChangeKind::Ended:
        return ChangesPanel::tr("Ended");
    }
    return {};
}

// The step that brought the deal to its later status: the last one after `from` and on or
// before `to` (any, when `to` is the latest). Steps count from the last day they may mean,
// as statusAsOf counts them.
const StatusStep* changingStep(const Deal& deal, const Date& from, const std::optional<Date>& to) {
    const StatusStep* found = nullptr;
    for (const StatusStep& step : deal.history) {
        if (to && step.date.lastDay() > to->lastDay())
            break;
        if (step.date.lastDay() > from.lastDay())
            found = &step;
    }
    return found;
}

} // namespace

ChangesPanel::ChangesPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), header_(new QLabel(this)),
      list_(new QTreeWidget(this)) {
    setObjectName(QStringLiteral("changesPanel"));
    header_->setWordWrap(true);
    list_->setColumnCount(ColumnCount);
    list_->setHeaderLabels({tr("Change"), tr("Deal"), tr("Status"), tr("Date")});
    list_->setRootIsDecorated(false);
    list_->setUniformRowHeights(true);
    list_->setAlternatingRowColors(true);
    list_->header()->setStretchLastSection(false);
    list_->header()->setSectionResizeMode(DealColumn, QHeaderView::Stretch);
    connect(list_, &QTreeWidget::itemSelectionChanged, this, &ChangesPanel::onRowClicked);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(header_);
    layout->addWidget(list_, 1);

    connect(document_, &Document::comparisonChanged, this, &ChangesPanel::rebuild);
    connect(document_, &Document::modelReset, this, &ChangesPanel::rebuild);
    // The later date is the view's: a new as-of date changes the header even when the list
    // stays the same.
    connect(document_, &Document::viewChanged, this, &ChangesPanel::rebuild);
    rebuild();
}

std::string ChangesPanel::dealIdAt(int row) const {
    const QTreeWidgetItem* item = list_->topLevelItem(row);
    return item ? item->data(KindColumn, kDealIdRole).toString().toStdString() : std::string();
}

void ChangesPanel::rebuild() {
    const QSignalBlocker block(list_);
    list_->clear();
    const std::optional<Date>& from = document_->compareFrom();
    if (!from) {
        header_->setText(tr("Not comparing. Turn on “Compare with…” under the graph, or use "
                            "Analysis > Compare Dates…, to list what changed between two dates."));
        return;
    }
    const Model& model = document_->model();
    const std::optional<Date>& to = document_->filter().asOf;
    int appeared = 0, changed = 0, ended = 0;
    struct Row {
        const DealChange* change;
        const StatusStep* step;
    };
    std::vector<Row> rows;
    for (const DealChange& change : document_->changes()) {
        if (change.deal >= model.deals().size())
            continue;
        (change.kind == ChangeKind::Appeared ? appeared
         : change.kind == ChangeKind::Ended  ? ended
                                             : changed)++;
        rows.push_back({&change, changingStep(model.deals()[change.deal], *from, to)});
    }
    // In the order things happened, so the list reads as a story.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (!a.step || !b.step)
            return a.step != nullptr && b.step == nullptr;
        return a.step->date < b.step->date;
    });
    const QString toText = to ? dateText(*to) : tr("the latest statuses");
    header_->setText(tr("Between %1 and %2: %3 appeared, %4 changed, %5 ended")
                         .arg(dateText(*from), toText)
                         .arg(appeared)
                         .arg(changed)
                         .arg(ended));
    for (const Row& row : rows) {
        const Deal& deal = model.deals()[row.change->deal];
        const QString before =
            row.change->before ? displayText(*row.change->before) : QStringLiteral("—");
        auto* item = new QTreeWidgetItem(list_);
        item->setText(KindColumn, kindText(row.change->kind));
        item->setText(DealColumn, titleOf(deal));
        item->setText(StatusColumn, tr("%1 → %2").arg(before, displayText(row.change->after)));
        item->setText(DateColumn, row.step ? dateText(row.step->date) : QString());
        item->setData(KindColumn, kDealIdRole, qstr(deal.id));
        item->setToolTip(DealColumn, titleOf(deal));
    }
    for (int c : {KindColumn, StatusColumn, DateColumn})
        list_->resizeColumnToContents(c);
}

void ChangesPanel::onRowClicked() {
    const QList<QTreeWidgetItem*> selected = list_->selectedItems();
    if (selected.isEmpty())
        return;
    const std::string id = selected.front()->data(KindColumn, kDealIdRole).toString().toStdString();
    if (!id.empty())
        document_->select(Selection::deal(id));
}

} // namespace dealgraph::app
