// The deals table: a filter box above a sortable table of the deals in the Document's view.
// Selecting a row selects the deal everywhere; selecting a deal or flow elsewhere selects and
// reveals its row.
#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dealgraph::app {

class DealTableModel;
class Document;

class DealTable : public QWidget {
    Q_OBJECT
public:
    explicit DealTable(Document* document, QWidget* parent = nullptr);

    QLineEdit* filterEdit() const { return filter_; }
    QTableView* tableView() const { return table_; }
    DealTableModel* tableModel() const { return model_; }
    QSortFilterProxyModel* proxyModel() const { return proxy_; }

    // The id of the deal whose row is selected; empty when none is.
    std::string selectedDealId() const;

private:
    void showDocumentSelection();   // Document -> table
    void onTableSelectionChanged(); // table -> Document
    void onFilterTextChanged(const QString& text);
    void updateCount();
    void fitColumns();

    Document* document_;
    DealTableModel* model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* filter_;
    QLabel* count_;
    QTableView* table_;
    bool syncing_ = false; // set while the table mirrors the Document, to break the loop
};

} // namespace dealgraph::app
