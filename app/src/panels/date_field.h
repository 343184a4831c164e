// A date typed as the model writes it ("2025-02-14", "2025-09" or "2025"), with a calendar
// button beside it. QDateEdit was tried first: typing "2025-02-14" into it jumps a section at
// each "-" and lands on 2025-06-02, and its "Latest" special text cannot be typed over.
#pragma once

// Qt first, as in time_panel.h: moc reads this header too.
#include <QDate>
#include <QWidget>

#include "dealgraph/date.h"

#include <optional>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace dealgraph::app {

// The last day a date may mean, as QDate ("2025-09" -> 2025-09-30), and a QDate as a full
// date; nullopt outside the model's years (1900..2199).
QDate toQDate(const Date& date);
std::optional<Date> fromQDate(const QDate& date);

class DateField : public QWidget {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // Whether an empty field is a value (nullopt), shown as `text` ("Latest"); otherwise an
    // emptied field goes back to its date.
    void setEmptyMeans(const QString& text);
    // The tooltip while the text is a date (a problem replaces it until fixed).
    void setHint(const QString& hint);

    const std::optional<Date>& date() const { return date_; }
    // Shows the date without emitting dateEntered.
    void setDate(const std::optional<Date>& date);

    QLineEdit* lineEdit() const { return edit_; }
    QToolButton* calendarButton() const { return button_; }
    QCalendarWidget* calendar() const { return calendar_; }
    // Whether the text is not a date (it stays, marked, for the user to fix).
    bool hasProblem() const { return problem_; }

signals:
    // The user typed (and confirmed) or picked a different date.
    void dateEntered(const std::optional<dealgraph::Date>& date);

private:
    void commit();
    void pick(const QDate& date);
    void showProblem(bool problem);

    QLineEdit* edit_;
    QToolButton* button_;
    QCalendarWidget* calendar_;
    std::optional<Date> date_;
    QString emptyText_; // empty: an empty field is not a value
    QString hint_;
    bool problem_ = false;
};

} // namespace dealgraph::app
