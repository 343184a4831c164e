#include "panels/time_panel.h"

#include "panels/time_slider.h"

#include "document/document.h"
#include "document/model_text.h"

#include "dealgraph/timeline.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace dealgraph::app {

namespace {
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

TimePanel::TimePanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), play_(new QToolButton(this)),
      firstLabel_(new QLabel(this)), slider_(new TimeSlider(this)),
      lastLabel_(new QLabel(tr("Latest"), this)), dateField_(new DateField(this)),
      compareBox_(new QCheckBox(tr("Compare with…"), this)), compareField_(new DateField(this)),
      timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("timePanel"));

    play_->setObjectName(QStringLiteral("playButton"));
    play_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    play_->setAutoRaise(true);
    connect(play_, &QToolButton::clicked, this, &TimePanel::togglePlay);

    slider_->setObjectName(QStringLiteral("timeSlider"));
    slider_->setToolTip(tr("Show the deals as they stood on each date on record"));
    connect(slider_, &QSlider::valueChanged, this, &TimePanel::onSliderChanged);

    dateField_->setObjectName(QStringLiteral("asOfDate"));
    dateField_->setEmptyMeans(tr("Latest"));
    dateField_->setHint(
        tr("Show the deals as they stood on this date (YYYY-MM-DD, YYYY-MM or YYYY); empty "
           "for the latest statuses"));
    connect(dateField_, &DateField::dateEntered, document_, &Document::setAsOf);

    compareBox_->setObjectName(QStringLiteral("compareBox"));
    compareBox_->setToolTip(tr("List and highlight what appeared, changed status or ended "
                               "between an earlier date and the date shown"));
    connect(compareBox_, &QCheckBox::toggled, this, &TimePanel::onCompareToggled);

    compareField_->setObjectName(QStringLiteral("compareDate"));
    compareField_->setEnabled(false);
    connect(compareField_, &DateField::dateEntered, this, &TimePanel::onCompareDateEntered);

    timer_->setInterval(kPlayIntervalMs);
    connect(timer_, &QTimer::timeout, this, &TimePanel::step);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->addWidget(play_);
    row->addWidget(firstLabel_);
    row->addWidget(slider_, 1);
    row->addWidget(lastLabel_);
    row->addWidget(dateField_);
    row->addSpacing(12);
    row->addWidget(compareBox_);
    row->addWidget(compareField_);

    connect(document_, &Document::modelReset, this, &TimePanel::rebuild);
    connect(document_, &Document::viewChanged, this, &TimePanel::showDocumentDate);
    connect(document_, &Document::comparisonChanged, this, &TimePanel::showComparison);
    rebuild();
    updatePlayButton();
}

QSlider* TimePanel::slider() const {
    return slider_;
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
    slider_->setDates(dates_);
    firstLabel_->setText(any ? dateText(dates_.front()) : QString());
    for (QWidget* w : {static_cast<QWidget*>(play_), static_cast<QWidget*>(slider_),
                       static_cast<QWidget*>(compareBox_)})
        w->setEnabled(any);
    compareDateChosen_ = false;
    showDocumentDate();
    if (!dates_.empty())
        compareField_->setDate(defaultCompareDate());
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
    slider_->setValue(positionFor(asOf));
    dateField_->setDate(asOf);
    if (!compareBox_->isChecked() && !compareDateChosen_ && !dates_.empty())
        compareField_->setDate(defaultCompareDate()); // shown before the comparison is on
}

void TimePanel::onSliderChanged(int position) {
    if (position < 0 || position > latestPosition())
        return;
    document_->setAsOf(position == latestPosition()
                           ? std::nullopt
                           : std::optional<Date>(dates_[static_cast<std::size_t>(position)]));
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

Date TimePanel::defaultCompareDate() const {
    // The date before the one shown, so the comparison first says what this step brought.
    const int shown = std::min(slider_->value(), latestPosition() - 1);
    return dates_[static_cast<std::size_t>(std::max(0, shown - 1))];
}

void TimePanel::startCompare() {
    compareBox_->setChecked(true);
    compareField_->lineEdit()->setFocus(Qt::OtherFocusReason);
    compareField_->lineEdit()->selectAll();
}

void TimePanel::onCompareToggled(bool on) {
    compareField_->setEnabled(on);
    if (syncing_)
        return;
    if (!on) {
        document_->setCompareFrom(std::nullopt);
        return;
    }
    if (!compareDateChosen_ && !dates_.empty())
        compareField_->setDate(defaultCompareDate());
    document_->setCompareFrom(compareField_->date());
}

void TimePanel::onCompareDateEntered(const std::optional<Date>& date) {
    compareDateChosen_ = true;
    if (compareBox_->isChecked())
        document_->setCompareFrom(date);
}

void TimePanel::showComparison() {
    const std::optional<Date>& from = document_->compareFrom();
    syncing_ = true;
    compareBox_->setChecked(from.has_value());
    if (from)
        compareField_->setDate(from);
    syncing_ = false;
}

} // namespace dealgraph::app
