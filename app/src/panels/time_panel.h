// The time bar under the graph: play/pause, a slider over the model's event dates plus a final
// "Latest" position, the as-of date as an editable date, and "Compare with…" an earlier date.
// It only sets the Document's as-of date and comparison date; the scene hides and restyles its
// items on viewChanged, so moving through time never lays the graph out again.
#pragma once

// Qt first: moc reads this header, and <compare> (from date.h) parses only after Qt's
// headers have pulled in the standard library's configuration.
#include <QWidget>

#include "panels/date_field.h"

#include "dealgraph/date.h"

#include <optional>
#include <vector>

class QCheckBox;
class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace dealgraph::app {

class Document;
class TimeSlider;

class TimePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimePanel(Document* document, QWidget* parent = nullptr);

    static constexpr int kPlayIntervalMs = 800;

    QSlider* slider() const; // a TimeSlider: years under the positions
    TimeSlider* timeSlider() const { return slider_; }
    DateField* dateField() const { return dateField_; } // empty: "Latest"
    QToolButton* playButton() const { return play_; }
    QCheckBox* compareBox() const { return compareBox_; }
    DateField* compareField() const { return compareField_; }
    QTimer* playTimer() const { return timer_; }

    // The slider's positions: 0 .. eventDates().size() - 1 are the event dates, the last
    // position (latestPosition()) is "Latest" (no as-of date).
    const std::vector<Date>& eventDates() const { return dates_; }
    int latestPosition() const { return static_cast<int>(dates_.size()); }
    bool isPlaying() const;

public slots:
    // Starts playing; at the end, starts again from the first event date.
    void play();
    void pause();
    void togglePlay();
    // One position forward, as the play timer does; pauses on reaching "Latest".
    void step();
    // Turns the comparison on and puts the cursor in its date, for Analysis > Compare Dates….
    void startCompare();

signals:
    void playingChanged(bool playing);

private:
    void rebuild();          // a new model: new event dates
    void showDocumentDate(); // Document -> slider and date field
    void showComparison();   // Document -> compare controls
    void onSliderChanged(int position);
    void onCompareToggled(bool on);
    void onCompareDateEntered(const std::optional<Date>& date);
    void updatePlayButton();
    // The slider position for an as-of date: the last event date on or before it.
    int positionFor(const std::optional<Date>& asOf) const;
    Date defaultCompareDate() const; // precondition: there are event dates

    Document* document_;
    std::vector<Date> dates_;
    QToolButton* play_;
    QLabel* firstLabel_;
    TimeSlider* slider_;
    QLabel* lastLabel_;
    DateField* dateField_;
    QCheckBox* compareBox_;
    DateField* compareField_;
    QTimer* timer_;
    bool syncing_ = false;           // set while the controls mirror the Document
    bool compareDateChosen_ = false; // the user picked a compare date: keep it
};

} // namespace dealgraph::app
