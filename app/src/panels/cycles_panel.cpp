#include "panels/cycles_panel.h"

#include "document/model_text.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace dealgraph::app {

namespace {
constexpr int kIdRole = Qt::UserRole;
} // namespace

CyclesPanel::CyclesPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), allTypes_(new QCheckBox(tr("All flow types"), this)),
      summary_(new QLabel(this)), list_(new QListWidget(this)), dealsTitle_(new QLabel(this)),
      deals_(new QListWidget(this)) {
    setObjectName(QStringLiteral("cyclesPanel"));
    allTypes_->setToolTip(tr("Also follow compute, chips, equity and the other flow types, not "
                             "only money"));
    summary_->setWordWrap(true);
    list_->setObjectName(QStringLiteral("cycleList"));
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    deals_->setObjectName(QStringLiteral("cycleDeals"));
    deals_->setWordWrap(true);

    // Cycles beside their deals: the panel usually docks under the graph, where height is
    // scarce and width is not. Both lists stay put so selecting a cycle never resizes the dock.
    auto column = [this](QWidget* title, QWidget* list, QWidget* extra = nullptr) {
        auto* box = new QWidget(this);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        if (extra)
            layout->addWidget(extra);
        layout->addWidget(title);
        layout->addWidget(list, 1);
        return box;
    };
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(column(summary_, list_, allTypes_));
    split->addWidget(column(dealsTitle_, deals_));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(allTypes_, &QCheckBox::toggled, this, &CyclesPanel::recompute);
    connect(list_, &QListWidget::itemSelectionChanged, this, &CyclesPanel::onCycleSelected);
    connect(deals_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        document_->select(Selection::deal(item->data(kIdRole).toString().toStdString()));
    });
    connect(document_, &Document::viewChanged, this, &CyclesPanel::onViewChanged);
    connect(document_, &Document::modelReset, this, &CyclesPanel::onViewChanged);
    connect(document_, &Document::highlightChanged, this, &CyclesPanel::onHighlightChanged);
    recompute();
}

QString CyclesPanel::titleOf(const Cycle& cycle) const {
    const Model& model = document_->model();
    QStringList names;
    for (std::size_t e : cycle.entities)
        if (e < model.entities().size())
            names << primaryName(model.entities()[e]);
    if (!names.isEmpty())
        names << names.front(); // back where it started
    return names.join(QStringLiteral(" → "));
}

Highlight CyclesPanel::highlightOf(const Cycle& cycle) const {
    Highlight highlight;
    highlight.title = titleOf(cycle);
    highlight.entities.insert(cycle.entities.begin(), cycle.entities.end());
    for (const auto& hop : cycle.hops)
        highlight.flows.insert(hop.begin(), hop.end());
    return highlight;
}

void CyclesPanel::onViewChanged() {
    if (isVisible() || !own_.isEmpty())
        recompute(); // a highlighted cycle must follow the view even while the panel is hidden
    else
        stale_ = true;
}

void CyclesPanel::refresh() {
    if (stale_)
        recompute();
}

void CyclesPanel::showEvent(QShowEvent* event) {
    refresh();
    QWidget::showEvent(event);
}

void CyclesPanel::recompute() {
    stale_ = false;
    // The selected cycle stays selected when the new view still has it (the same entities).
    std::vector<std::size_t> selected;
    if (const int row = list_->currentRow(); row >= 0 && list_->currentItem()->isSelected() &&
                                             static_cast<std::size_t>(row) < cycles_.size())
        selected = cycles_[static_cast<std::size_t>(row)].entities;

    CycleOptions options;
    if (allTypes_->isChecked())
        options.flowTypes.clear(); // every type
    cycles_ = findCycles(document_->model(), document_->view(), options);

    int reselect = -1;
    {
        const QSignalBlocker block(list_);
        list_->clear();
        for (std::size_t i = 0; i < cycles_.size(); ++i) {
            list_->addItem(titleOf(cycles_[i]));
            if (!selected.empty() && cycles_[i].entities == selected)
                reselect = static_cast<int>(i);
        }
        if (reselect >= 0)
            list_->setCurrentRow(reselect);
    }
    if (cycles_.empty())
        summary_->setText(allTypes_->isChecked() ? tr("No circular flows in this view.")
                                                 : tr("No circular flows of money in this view."));
    else
        summary_->setText(cycles_.size() == 1
                              ? tr("1 circular flow in this view:")
                              : tr("%1 circular flows in this view:").arg(cycles_.size()));
    onCycleSelected(); // highlights the reselected cycle anew, or clears a vanished one
}

void CyclesPanel::highlightCycle(int index) {
    refresh();
    if (index < 0 || index >= list_->count()) {
        list_->clearSelection();
        return;
    }
    list_->setCurrentRow(index);
    list_->scrollToItem(list_->item(index));
}

void CyclesPanel::onCycleSelected() {
    const int row = list_->currentRow();
    const bool any = row >= 0 && list_->item(row)->isSelected() &&
                     static_cast<std::size_t>(row) < cycles_.size();
    if (!any) {
        showDeals(nullptr);
        if (!own_.isEmpty() && document_->highlight() == own_)
            document_->setHighlight({});
        own_ = {};
        return;
    }
    const Cycle& cycle = cycles_[static_cast<std::size_t>(row)];
    showDeals(&cycle);
    own_ = highlightOf(cycle);
    document_->setHighlight(own_);
}

void CyclesPanel::onHighlightChanged() {
    if (own_.isEmpty() || document_->highlight() == own_)
        return;
    // Someone else replaced or cleared the highlight: the cycle is no longer shown as selected.
    own_ = {};
    const QSignalBlocker block(list_);
    list_->clearSelection();
    showDeals(nullptr);
}

void CyclesPanel::showDeals(const Cycle* cycle) {
    deals_->clear();
    dealsTitle_->setText(cycle ? tr("Deals along the cycle:")
                               : tr("Select a cycle to highlight it and list its deals."));
    if (!cycle)
        return;
    const Model& model = document_->model();
    const std::size_t n = cycle->entities.size();
    for (std::size_t i = 0; i < cycle->hops.size() && n > 0; ++i) {
        const QString from = primaryName(model.entities()[cycle->entities[i]]);
        const QString to = primaryName(model.entities()[cycle->entities[(i + 1) % n]]);
        std::vector<std::size_t> seen;
        for (const FlowRef& ref : cycle->hops[i]) {
            if (ref.deal >= model.deals().size() ||
                std::find(seen.begin(), seen.end(), ref.deal) != seen.end())
                continue;
            seen.push_back(ref.deal);
            const Deal& deal = model.deals()[ref.deal];
            auto* item =
                new QListWidgetItem(tr("%1 → %2: %3").arg(from, to, app::titleOf(deal)), deals_);
            item->setData(kIdRole, qstr(deal.id));
            item->setToolTip(app::titleOf(deal));
        }
    }
}

} // namespace dealgraph::app
