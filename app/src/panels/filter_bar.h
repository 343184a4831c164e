// The slim bar directly above the graph that says what the view leaves out: every filter
// clause, the as-of date and the comparison date, spelled out ("Money, Compute · Active ·
// ≥ $1B · Focus: OpenAI, 2 steps · As of 2025-01-21"), tinted with a Reset button while any is
// active, so the whole model never hides behind a forgotten filter. It never hides: showing
// and hiding it would resize the graph view and shift the picture each time Play sets a date.
#pragma once

#include "dealgraph/model.h"
#include "dealgraph/query.h"

#include <QString>
#include <QWidget>

#include <optional>
#include <set>
#include <string>

class QLabel;
class QPushButton;

namespace dealgraph::app {

class Document;

// The clauses in the interface language, joined by " · "; empty when nothing is active.
QString describeFilter(const Model& model, const Filter& filter,
                       const std::optional<Date>& compareFrom);

// "Grouped: Oracle-built sites (4)" for the collapsed groups; empty when none is.
QString describeGroups(const Model& model, const std::set<std::string>& collapsed);

class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(Document* document, QWidget* parent = nullptr);

    QLabel* label() const { return label_; }
    QPushButton* resetButton() const { return reset_; }
    bool isActive() const { return active_; } // some filter, date or comparison is set

public slots:
    // Clears every filter clause, the as-of date and the comparison, and opens every
    // collapsed group.
    void resetAll();

private:
    void refresh();

    Document* document_;
    QLabel* title_;
    QLabel* label_;
    QPushButton* reset_;
    QPalette plain_;
    QPalette tinted_;
    bool active_ = false;
};

} // namespace dealgraph::app
