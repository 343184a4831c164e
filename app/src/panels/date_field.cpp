#include "panels/date_field.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

namespace dealgraph::app {

namespace {
const QDate kEpoch(1970, 1, 1);
} // namespace

QDate toQDate(const Date& date) {
    return kEpoch.addDays(date.lastDay());
}

std::optional<Date> fromQDate(const QDate& date) {
    if (!date.isValid() || date.year() < 1900 || date.year() > 2199)
        return std::nullopt;
    return Date::ymd(date.year(), date.month(), date.day());
}

DateField::DateField(QWidget* parent)
    : QWidget(parent), edit_(new QLineEdit(this)), button_(new QToolButton(this)),
      calendar_(new QCalendarWidget(this)) {
    setHint(tr("A date as YYYY-MM-DD, YYYY-MM or YYYY; press Enter"));
    // Wide enough for "2025-09-22" in any of the usual fonts.
    edit_->setMaximumWidth(edit_->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) +
                           24);
    connect(edit_, &QLineEdit::editingFinished, this, &DateField::commit);

    calendar_->setDateRange(QDate(1900, 1, 1), QDate(2199, 12, 31));
    calendar_->setGridVisible(true);
    auto* menu = new QMenu(button_);
    auto* holder = new QWidgetAction(menu);
    holder->setDefaultWidget(calendar_);
    menu->addAction(holder);
    connect(menu, &QMenu::aboutToShow, this,
            [this] { calendar_->setSelectedDate(date_ ? toQDate(*date_) : QDate::currentDate()); });
    connect(calendar_, &QCalendarWidget::clicked, this, [this, menu](const QDate& day) {
        menu->close();
        pick(day);
    });
    connect(calendar_, &QCalendarWidget::activated, this, [this, menu](const QDate& day) {
        menu->close();
        pick(day);
    });
    button_->setMenu(menu);
    button_->setPopupMode(QToolButton::InstantPopup);
    button_->setAutoRaise(true);
    button_->setToolTip(tr("Pick a date on a calendar"));
    button_->setArrowType(Qt::DownArrow);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(edit_);
    row->addWidget(button_);
}

void DateField::setEmptyMeans(const QString& text) {
    emptyText_ = text;
    edit_->setPlaceholderText(text);
}

void DateField::setHint(const QString& hint) {
    hint_ = hint;
    if (!problem_)
        edit_->setToolTip(hint);
}

void DateField::setDate(const std::optional<Date>& date) {
    date_ = date;
    edit_->setText(date ? QString::fromStdString(date->toString()) : QString());
    showProblem(false);
}

void DateField::commit() {
    const QString text = edit_->text().trimmed();
    std::optional<Date> entered;
    if (text.isEmpty() ||
        (!emptyText_.isEmpty() && text.compare(emptyText_, Qt::CaseInsensitive) == 0)) {
        if (emptyText_.isEmpty()) {
            setDate(date_); // an empty field means nothing here: show the date again
            return;
        }
    } else {
        entered = Date::parse(text.toStdString());
        if (!entered) {
            showProblem(true);
            return;
        }
    }
    const bool changed = entered != date_;
    setDate(entered); // the canonical spelling, and no problem mark
    if (changed)
        emit dateEntered(date_);
}

void DateField::pick(const QDate& day) {
    const std::optional<Date> picked = fromQDate(day);
    if (!picked)
        return;
    const bool changed = picked != date_;
    setDate(picked);
    if (changed)
        emit dateEntered(date_);
}

void DateField::showProblem(bool problem) {
    problem_ = problem;
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::Text, QColor(0xc0, 0x20, 0x20));
    edit_->setPalette(p);
    edit_->setToolTip(problem ? tr("Not a date: write YYYY-MM-DD, YYYY-MM or YYYY") : hint_);
}

} // namespace dealgraph::app
