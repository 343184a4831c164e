#include "panels/time_slider.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace dealgraph::app {

TimeSlider::TimeSlider(QWidget* parent) : QSlider(Qt::Horizontal, parent) {
    setTickPosition(QSlider::TicksAbove);
    setTickInterval(1);
    setPageStep(1);
}

void TimeSlider::setDates(const std::vector<Date>& dates) {
    yearMarks_.clear();
    int lastYear = 0;
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const int year = dates[i].year();
        if (year != lastYear)
            yearMarks_.emplace_back(static_cast<int>(i), QString::number(year));
        lastYear = year;
    }
    updateGeometry();
    update();
}

int TimeSlider::xForPosition(int position) const {
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle =
        style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int span = groove.width() - handle.width();
    return groove.x() + handle.width() / 2 +
           QStyle::sliderPositionFromValue(minimum(), maximum(), position, span, option.upsideDown);
}

QSize TimeSlider::sizeHint() const {
    QSize size = QSlider::sizeHint();
    size.rheight() += fontMetrics().height();
    return size;
}

QSize TimeSlider::minimumSizeHint() const {
    QSize size = QSlider::minimumSizeHint();
    size.rheight() += fontMetrics().height();
    return size;
}

void TimeSlider::paintEvent(QPaintEvent* event) {
    QSlider::paintEvent(event);
    if (yearMarks_.empty())
        return;
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics metrics = fontMetrics();
    const int baseline = height() - metrics.descent();
    int freeFrom = 0; // years too close to the previous one are skipped rather than overprinted
    for (const auto& [position, year] : yearMarks_) {
        const int x = xForPosition(position);
        const int width = metrics.horizontalAdvance(year);
        const int left = std::clamp(x - width / 2, 0, std::max(0, this->width() - width));
        if (left < freeFrom)
            continue;
        painter.drawLine(x, baseline - metrics.ascent() - 3, x, baseline - metrics.ascent() + 1);
        painter.drawText(left, baseline, year);
        freeFrom = left + width + metrics.averageCharWidth();
    }
}

} // namespace dealgraph::app
