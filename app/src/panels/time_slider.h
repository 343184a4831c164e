// The time bar's slider: one position per date on record plus "Latest", with the years
// written under their first position, so a reader sees where 2025 starts while Play runs.
#pragma once

#include <QSlider>

#include "dealgraph/date.h"

#include <utility>
#include <vector>

namespace dealgraph::app {

class TimeSlider : public QSlider {
    Q_OBJECT
public:
    explicit TimeSlider(QWidget* parent = nullptr);

    // The event dates at positions 0 .. dates.size() - 1 (the position after them is "Latest").
    void setDates(const std::vector<Date>& dates);
    // Each year and the first position that falls in it, in order.
    const std::vector<std::pair<int, QString>>& yearMarks() const { return yearMarks_; }
    // The x coordinate of a position's centre, where the handle sits at it.
    int xForPosition(int position) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<std::pair<int, QString>> yearMarks_;
};

} // namespace dealgraph::app
