#include "panels/deal_table.h"

#include "document/document.h"
#include "panels/deal_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace dealgraph::app {

namespace {
constexpr int kMaxInitialColumnWidth = 200; // wide party lists must not push Title off screen
constexpr int kMaxTitleWidth = 400;
} // namespace

DealTable::DealTable(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), model_(new DealTableModel(document, this)),
      proxy_(new QSortFilterProxyModel(this)), filter_(new QLineEdit(this)),
      count_(new QLabel(this)), table_(new QTableView(this)) {
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(DealTableModel::SortRole);
    proxy_->setFilterRole(DealTableModel::FilterRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(0);

    filter_->setObjectName(QStringLiteral("dealFilter"));
    filter_->setPlaceholderText(tr("Filter deals by title, party (any language or alias), kind "
                                   "or status"));
    filter_->setClearButtonEnabled(true);
    filter_->setToolTip(tr("Shows only the deals whose title, parties, kind or status contain "
                           "this text"));

    table_->setObjectName(QStringLiteral("dealTable"));
    table_->setModel(proxy_);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSortingEnabled(true);
    table_->sortByColumn(DealTableModel::DateColumn, Qt::AscendingOrder);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->setTextElideMode(Qt::ElideRight);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    // Every column can be resized by hand; the last (sources) takes what is left.
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->horizontalHeader()->setHighlightSections(false);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(filter_, 1);
    top->addWidget(count_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(table_, 1);

    connect(filter_, &QLineEdit::textChanged, this, &DealTable::onFilterTextChanged);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DealTable::onTableSelectionChanged);
    connect(document_, &Document::selectionChanged, this, &DealTable::showDocumentSelection);
    connect(proxy_, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateCount();
        showDocumentSelection();
    });
    fitColumns();
    updateCount();
}

std::string DealTable::selectedDealId() const {
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.front().data(DealTableModel::DealIdRole).toString().toStdString();
}

void DealTable::showDocumentSelection() {
    const QScopedValueRollback guard(syncing_, true);
    const std::string dealId = document_->selection().dealId();
    const int row = dealId.empty() ? -1 : model_->rowOf(dealId);
    const QModelIndex index =
        row < 0 ? QModelIndex() : proxy_->mapFromSource(model_->index(row, 0));
    if (!index.isValid()) {
        // An entity, nothing, or a deal the view or the filter box hides: no row stands for it.
        table_->selectionModel()->clear();
        return;
    }
    table_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    table_->scrollTo(index);
}

void DealTable::onTableSelectionChanged() {
    if (syncing_)
        return;
    const std::string dealId = selectedDealId();
    // Rows vanish from the selection when the filter hides them; that is not a user's choice.
    if (dealId.empty() || dealId == document_->selection().dealId())
        return;
    document_->select(Selection::deal(dealId));
}

void DealTable::onFilterTextChanged(const QString& text) {
    {
        const QScopedValueRollback guard(syncing_, true);
        proxy_->setFilterFixedString(text.trimmed());
    }
    updateCount();
    showDocumentSelection();
}

void DealTable::updateCount() {
    const int shown = proxy_->rowCount();
    const int all = model_->rowCount();
    const QString deals = all == 1 ? tr("1 deal") : tr("%1 deals").arg(all);
    count_->setText(shown == all ? deals : tr("%1 of %2").arg(shown).arg(deals));
}

void DealTable::fitColumns() {
    // Titles matter most; long party and source lists are elided rather than crowding them.
    for (int column = 0; column < DealTableModel::ColumnCount; ++column) {
        table_->resizeColumnToContents(column);
        const int limit =
            column == DealTableModel::TitleColumn ? kMaxTitleWidth : kMaxInitialColumnWidth;
        if (table_->columnWidth(column) > limit)
            table_->setColumnWidth(column, limit);
    }
}

} // namespace dealgraph::app
