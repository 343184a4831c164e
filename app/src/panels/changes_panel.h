// The "Changes" dock: while two dates are compared (Document::compareFrom), what appeared,
// changed status or ended between them among the deals the view shows, one row per deal with
// its status before and after and the date it changed. Clicking a row selects the deal.
#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QTreeWidget;

namespace dealgraph::app {

class Document;

class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    enum Column { KindColumn, DealColumn, StatusColumn, DateColumn, ColumnCount };

    explicit ChangesPanel(Document* document, QWidget* parent = nullptr);

    QLabel* header() const { return header_; }
    QTreeWidget* list() const { return list_; }
    // The deal id a row stands for.
    std::string dealIdAt(int row) const;

private:
    void rebuild();
    void onRowClicked();

    Document* document_;
    QLabel* header_;
    QTreeWidget* list_;
};

} // namespace dealgraph::app
