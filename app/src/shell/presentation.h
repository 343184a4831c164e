// Presentation mode: a story told full screen. The graph fills the screen under the step's
// title and caption in type that reads from the back of a room; the arrow keys, space, Page
// Up/Down (what a presentation clicker sends), Home and End move through the steps, each shown
// in the window's document (story_view.h) with an animated move; Esc leaves and puts the view
// back as it was.
#pragma once

#include "document/story_view.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace dealgraph::app {

class Document;
class GraphScene;
class GraphView;

class Presentation : public QWidget {
    Q_OBJECT
public:
    // Presents story `story` of the scene's document from step `step`. A top-level window:
    // call showFullScreen() (tests may show() it at any size).
    Presentation(GraphScene* scene, std::size_t story, std::size_t step, QWidget* parent = nullptr);
    ~Presentation() override;

    std::size_t step() const { return step_; }
    std::size_t stepCount() const;
    QLabel* titleLabel() const { return title_; }
    QLabel* captionLabel() const { return caption_; }
    QLabel* counterLabel() const { return counter_; }
    GraphView* graphView() const { return view_; }

    // Type of the title and caption, in points on a 1080-pixel-high screen (scaled to the
    // screen's height): 28 and 18 pt read from the back of a room.
    static constexpr qreal kTitlePx = 56;
    static constexpr qreal kCaptionPx = 36;

public slots:
    void next();
    void previous();
    void showStep(std::size_t step);

signals:
    void finished();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void applyFonts();

    Document* document_;
    std::unique_ptr<DocumentViewKept> kept_; // the window's view, put back when this closes
    std::size_t story_;
    std::size_t step_ = 0;
    QLabel* title_;
    QLabel* caption_;
    QLabel* counter_;
    GraphView* view_;
};

} // namespace dealgraph::app
