#include "time_panel.h"

#include "document.h"
#include "model_text.h"

#include "dealgraph/timeline.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace dealgraph::app {

namespace {
const QDate kEpoch(1970, 1, 1);
// The model's dates run from 1900 to 2199 (Date::parse). The date field's minimum stands for
// "Latest" (its special value text), so real dates start a day later.
const QDate kLatestSentinel(1900, 1, 1);
const QDate kMaxDate(2199, 12, 31);
// The slider's dates in the order their steps start to count (statusAsOf counts "2025" from
// 2025-12-31), one position per day, so each step forward only adds to what is on record.
// eventDates already gives each step's last day in order; sorting again keeps the slider
// monotone whatever order the model's function settles on.
std::vector<Date> sliderDates(const Model& model) {
    std::vector<Date> dates = eventDates(model);
    std::stable_sort(dates.begin(), dates.end(),
                     [](const Date& a, const Date& b) { return a.lastDay() < b.lastDay(); });
    dates.erase(
        std::unique(dates.begin(), dates.end(),
                    [](const Date& a, const Date& b) { return a.lastDay() == b.lastDay(); }),
        dates.end());
    return dates;
}
} // namespace

QDate toQDate(const Date& date) {
    return kEpoch.addDays(date.lastDay());
}

std::optional<Date> fromQDate(const QDate& date) {
    if (!date.isValid() || date.year() < 1900 || date.year() > 2199)
        return std::nullopt;
    return Date::ymd(date.year(), date.month(), date.day());
}

TimePanel::TimePanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), play_(new QToolButton(this)),
      firstLabel_(new QLabel(this)), slider_(new QSlider(Qt::Horizontal, this)),
      lastLabel_(new QLabel(tr("Latest"), this)), dateEdit_(new QDateEdit(this)),
      compareBox_(new QCheckBox(tr("Compare with…"), this)), compareEdit_(new QDateEdit(this)),
      timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("timePanel"));

    play_->setObjectName(QStringLiteral("playButton"));
    play_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    play_->setAutoRaise(true);
    connect(play_, &QToolButton::clicked, this, &TimePanel::togglePlay);

    slider_->setObjectName(QStringLiteral("timeSlider"));
    slider_->setTickPosition(QSlider::TicksBelow);
    slider_->setTickInterval(1);
    slider_->setPageStep(1);
    slider_->setToolTip(tr("Show the deals as they stood on each date on record"));
    connect(slider_, &QSlider::valueChanged, this, &TimePanel::onSliderChanged);

    dateEdit_->setObjectName(QStringLiteral("asOfDate"));
    dateEdit_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dateEdit_->setDateRange(kLatestSentinel, kMaxDate);
    dateEdit_->setSpecialValueText(tr("Latest"));
    dateEdit_->setCalendarPopup(true);
    dateEdit_->setKeyboardTracking(false); // a half-typed year is not a date to show
    dateEdit_->setToolTip(tr("Show the deals as they stood on this date"));
    connect(dateEdit_, &QDateEdit::dateChanged, this, &TimePanel::onDateEdited);

    compareBox_->setObjectName(QStringLiteral("compareBox"));
    compareBox_->setToolTip(tr("List and highlight what appeared, changed status or ended "
                               "between an earlier date and the date shown"));
    connect(compareBox_, &QCheckBox::toggled, this, &TimePanel::onCompareToggled);

    compareEdit_->setObjectName(QStringLiteral("compareDate"));
    compareEdit_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    compareEdit_->setDateRange(kLatestSentinel.addDays(1), kMaxDate);
    compareEdit_->setCalendarPopup(true);
    compareEdit_->setKeyboardTracking(false);
    compareEdit_->setEnabled(false);
    connect(compareEdit_, &QDateEdit::dateChanged, this, &TimePanel::onCompareDateEdited);

    timer_->setInterval(kPlayIntervalMs);
    connect(timer_, &QTimer::timeout, this, &TimePanel::step);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(play_);
    row->addWidget(firstLabel_);
    row->addWidget(slider_, 1);
    row->addWidget(lastLabel_);
    row->addWidget(dateEdit_);
    row->addSpacing(12);
    row->addWidget(compareBox_);
    row->addWidget(compareEdit_);

    connect(document_, &Document::modelReset, this, &TimePanel::rebuild);
    connect(document_, &Document::viewChanged, this, &TimePanel::showDocumentDate);
    connect(document_, &Document::comparisonChanged, this, &TimePanel::showComparison);
    rebuild();
    updatePlayButton();
}

bool TimePanel::isPlaying() const {
    return timer_->isActive();
}

void TimePanel::rebuild() {
    pause();
    dates_ = sliderDates(document_->model());
    const bool any = !dates_.empty();
    {
        const QSignalBlocker block(slider_);
        slider_->setRange(0, latestPosition());
    }
    firstLabel_->setText(any ? dateText(dates_.front()) : QString());
    for (QWidget* w : {static_cast<QWidget*>(play_), static_cast<QWidget*>(slider_),
                       static_cast<QWidget*>(compareBox_)})
        w->setEnabled(any);
    compareDateChosen_ = false;
    showDocumentDate();
    const QSignalBlocker block(compareEdit_);
    compareEdit_->setDate(defaultCompareDate());
    showComparison();
}

int TimePanel::positionFor(const std::optional<Date>& asOf) const {
    if (!asOf)
        return latestPosition();
    int position = 0; // before the first event date: the slider can say no better than this
    for (std::size_t i = 0; i < dates_.size(); ++i) {
        if (dates_[i] == *asOf)
            return static_cast<int>(i);
        if (dates_[i].lastDay() <= asOf->lastDay())
            position = static_cast<int>(i);
    }
    return position;
}

void TimePanel::showDocumentDate() {
    const std::optional<Date>& asOf = document_->filter().asOf;
    const QSignalBlocker blockSlider(slider_);
    const QSignalBlocker blockDate(dateEdit_);
    slider_->setValue(positionFor(asOf));
    dateEdit_->setDate(asOf ? toQDate(*asOf) : kLatestSentinel);
    // Shown as the date field says it, so "2025-09" reads as the day it counts from.
    dateEdit_->setToolTip(asOf ? tr("As of %1").arg(dateText(*asOf)) : tr("Latest statuses"));
    if (!compareBox_->isChecked() && !compareDateChosen_) {
        // The date a comparison would start from, shown before it is turned on.
        const QSignalBlocker blockCompare(compareEdit_);
        compareEdit_->setDate(defaultCompareDate());
    }
}

void TimePanel::onSliderChanged(int position) {
    if (position < 0 || position > latestPosition())
        return;
    document_->setAsOf(position == latestPosition()
                           ? std::nullopt
                           : std::optional<Date>(dates_[static_cast<std::size_t>(position)]));
}

void TimePanel::onDateEdited(const QDate& date) {
    if (date == kLatestSentinel) {
        document_->setAsOf(std::nullopt);
        return;
    }
    if (const std::optional<Date> asOf = fromQDate(date))
        document_->setAsOf(asOf);
}

void TimePanel::play() {
    if (dates_.empty())
        return;
    if (slider_->value() >= latestPosition())
        slider_->setValue(0); // at the end: play from the start
    timer_->start();
    updatePlayButton();
    emit playingChanged(true);
}

void TimePanel::pause() {
    if (!timer_->isActive())
        return;
    timer_->stop();
    updatePlayButton();
    emit playingChanged(false);
}

void TimePanel::togglePlay() {
    if (isPlaying())
        pause();
    else
        play();
}

void TimePanel::step() {
    if (slider_->value() < latestPosition())
        slider_->setValue(slider_->value() + 1);
    if (slider_->value() >= latestPosition())
        pause();
}

void TimePanel::updatePlayButton() {
    const bool playing = isPlaying();
    play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    play_->setText(playing ? tr("Pause") : tr("Play"));
    play_->setToolTip(playing ? tr("Stop at this date")
                              : tr("Step through the dates on record, from the first"));
}

QDate TimePanel::defaultCompareDate() const {
    // The date before the one shown, so the comparison first says what this step brought.
    if (dates_.empty())
        return QDate::currentDate();
    int shown = std::min(slider_->value(), latestPosition() - 1);
    return toQDate(dates_[static_cast<std::size_t>(std::max(0, shown - 1))]);
}

void TimePanel::startCompare() {
    compareBox_->setChecked(true);
    compareEdit_->setFocus(Qt::OtherFocusReason);
}

void TimePanel::onCompareToggled(bool on) {
    compareEdit_->setEnabled(on);
    if (syncing_)
        return;
    if (!on) {
        document_->setCompareFrom(std::nullopt);
        return;
    }
    if (!compareDateChosen_) {
        const QSignalBlocker block(compareEdit_);
        compareEdit_->setDate(defaultCompareDate());
    }
    document_->setCompareFrom(fromQDate(compareEdit_->date()));
}

void TimePanel::onCompareDateEdited(const QDate& date) {
    compareDateChosen_ = true;
    if (compareBox_->isChecked())
        document_->setCompareFrom(fromQDate(date));
}

void TimePanel::showComparison() {
    const std::optional<Date>& from = document_->compareFrom();
    syncing_ = true;
    compareBox_->setChecked(from.has_value());
    if (from) {
        const QSignalBlocker block(compareEdit_);
        compareEdit_->setDate(toQDate(*from));
    }
    syncing_ = false;
}

} // namespace dealgraph::app
