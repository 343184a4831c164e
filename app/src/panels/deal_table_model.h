// One row per deal the Document's view shows, for the deals table. Rows follow the view's
// order; sorting and text filtering happen in a proxy (DealTable).
#pragma once

#include <QAbstractTableModel>

#include <cstddef>
#include <string>
#include <vector>

namespace dealgraph {
struct Deal;
}

namespace dealgraph::app {

class Document;

class DealTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        TitleColumn,
        KindColumn,
        StatusColumn,
        PartiesColumn,
        AmountColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts correctly: day number, nominal amount
        DealIdRole,                  // the deal's id as a QString
        FilterRole,                  // the text the filter box matches against
    };

    explicit DealTableModel(Document* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of a deal, or -1 when the view does not show it.
    int rowOf(const std::string& dealId) const;
    std::string dealIdAt(int row) const;

private:
    void rebuild();
    QVariant display(const Deal& deal, std::size_t dealIndex, int column) const;
    QVariant sortValue(const Deal& deal, std::size_t dealIndex, int column) const;
    QString statusText(std::size_t dealIndex) const;
    QString partiesText(const Deal& deal) const;
    QString filterText(const Deal& deal, std::size_t dealIndex) const;

    Document* document_;
    std::vector<std::size_t> deals_; // model deal indexes, one per row
};

} // namespace dealgraph::app
