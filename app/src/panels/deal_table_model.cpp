#include "panels/deal_table_model.h"

#include "document/document.h"
#include "document/model_text.h"

#include <limits>

namespace dealgraph::app {

DealTableModel::DealTableModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent), document_(document) {
    connect(document_, &Document::modelReset, this, &DealTableModel::rebuild);
    connect(document_, &Document::viewChanged, this, &DealTableModel::rebuild);
    rebuild();
}

void DealTableModel::rebuild() {
    beginResetModel();
    deals_ = document_->view().deals;
    endResetModel();
}

int DealTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(deals_.size());
}

int DealTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int DealTableModel::rowOf(const std::string& dealId) const {
    const auto index = document_->model().dealIndex(dealId);
    if (!index)
        return -1;
    for (std::size_t row = 0; row < deals_.size(); ++row)
        if (deals_[row] == *index)
            return static_cast<int>(row);
    return -1;
}

std::string DealTableModel::dealIdAt(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= deals_.size())
        return {};
    return document_->model().deals()[deals_[row]].id;
}

QVariant DealTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case PartiesColumn:
        return tr("Parties");
    case AmountColumn:
        return tr("Amount");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

QVariant DealTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const std::size_t dealIndex = deals_[static_cast<std::size_t>(index.row())];
    const Deal& deal = document_->model().deals()[dealIndex];
    switch (role) {
    case Qt::DisplayRole:
        return display(deal, dealIndex, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !deal.notes.empty())
            return localized(deal.translations, "notes", deal.notes);
        return display(deal, dealIndex, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(deal, dealIndex, index.column());
    case DealIdRole:
        return qstr(deal.id);
    case FilterRole:
        return filterText(deal, dealIndex);
    default:
        return {};
    }
}

QVariant DealTableModel::display(const Deal& deal, std::size_t dealIndex, int column) const {
    const Model& model = document_->model();
    switch (column) {
    case DateColumn:
        return dateText(deal.firstDate());
    case TitleColumn:
        return titleOf(deal);
    case KindColumn:
        return displayText(deal.kind);
    case StatusColumn:
        return statusText(dealIndex);
    case PartiesColumn:
        return partiesText(deal);
    case AmountColumn: {
        // The headline as announced ("$500B"), else the largest amount of any unit, so a
        // compute-only deal reads "about 1 GW" rather than blank.
        if (!deal.headline.empty())
            return amountText(deal.headline.amounts.front().amount);
        const auto amount = largestAmount(deal);
        return amount ? amountText(*amount) : QString();
    }
    case SourceColumn:
        return publishersOf(model, deal).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant DealTableModel::sortValue(const Deal& deal, std::size_t dealIndex, int column) const {
    switch (column) {
    case DateColumn: {
        // By first possible day, then coarser precision first, as Date orders itself.
        const Date date = deal.firstDate();
        if (!date.isValid())
            return QVariant::fromValue<qlonglong>(std::numeric_limits<qlonglong>::min());
        return QVariant::fromValue<qlonglong>(static_cast<qlonglong>(date.firstDay()) * 4 +
                                              static_cast<int>(date.precision()));
    }
    case StatusColumn: {
        // By life cycle, not alphabetically; deals not yet on record first.
        const auto& status = document_->view().status;
        if (dealIndex < status.size() && status[dealIndex])
            return static_cast<int>(*status[dealIndex]);
        return -1;
    }
    case AmountColumn: {
        // By money: the headline's dollars, else the largest dollar flow; deals without money
        // sort below any sum.
        for (const HeadlineAmount& figure : deal.headline.amounts)
            if (figure.amount.unit == Unit::Usd)
                return figure.amount.nominal();
        const auto amount = largestMoney(deal);
        return amount ? amount->nominal() : -1.0;
    }
    default:
        return display(deal, dealIndex, column);
    }
}

QString DealTableModel::statusText(std::size_t dealIndex) const {
    const auto& status = document_->view().status;
    if (dealIndex < status.size() && status[dealIndex])
        return displayText(*status[dealIndex]);
    return tr("not yet on record");
}

QString DealTableModel::partiesText(const Deal& deal) const {
    QStringList names;
    for (const auto& id : partiesOf(deal))
        names << entityName(document_->model(), id);
    return names.join(QStringLiteral(", "));
}

QString DealTableModel::filterText(const Deal& deal, std::size_t dealIndex) const {
    const Model& model = document_->model();
    QStringList words{titleOf(deal), qstr(deal.title), displayText(deal.kind),
                      statusText(dealIndex)};
    for (const auto& id : partiesOf(deal)) {
        if (const Entity* entity = model.entity(id))
            words << allNamesOf(*entity);
        else
            words << qstr(id);
    }
    return words.join(QLatin1Char('\n'));
}

} // namespace dealgraph::app
