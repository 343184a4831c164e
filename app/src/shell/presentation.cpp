#include "shell/presentation.h"

#include "document/document.h"
#include "scene/date_caption.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace dealgraph::app {

namespace {
// Names on the graph may grow up to this zoom: a step of a few entities fills the screen.
constexpr qreal kPresentingMaxFitZoom = 3.0;
} // namespace

Presentation::Presentation(GraphScene* scene, std::size_t story, std::size_t step, QWidget* parent)
    : QWidget(parent, Qt::Window), document_(scene->document()),
      kept_(std::make_unique<DocumentViewKept>(*scene->document())), story_(story),
      title_(new QLabel(this)), caption_(new QLabel(this)), counter_(new QLabel(this)),
      view_(new GraphView(scene, this)) {
    setObjectName(QStringLiteral("presentation"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Presenting"));
    // The picture's own background, edge to edge.
    setAutoFillBackground(true);
    QPalette shade = palette();
    shade.setColor(QPalette::Window, scene->graphStyle().background());
    shade.setColor(QPalette::WindowText, scene->graphStyle().text());
    setPalette(shade);
    for (QLabel* label : {title_, caption_, counter_}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(label != counter_);
    }
    title_->setObjectName(QStringLiteral("presentationTitle"));
    caption_->setObjectName(QStringLiteral("presentationCaption"));
    counter_->setObjectName(QStringLiteral("presentationCounter"));
    counter_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    view_->setMaxFitZoom(kPresentingMaxFitZoom);
    view_->dateCaption()->setSuppressed(true); // the step's caption tells the story instead
    view_->setFocusPolicy(Qt::NoFocus); // the keys move through the story
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 24, 40, 16);
    layout->addWidget(title_);
    layout->addWidget(caption_);
    layout->addWidget(view_, 1);
    layout->addWidget(counter_);
    setFocusPolicy(Qt::StrongFocus);
    applyFonts();
    showStep(std::min(step, stepCount() > 0 ? stepCount() - 1 : 0));
}

Presentation::~Presentation() = default;

std::size_t Presentation::stepCount() const {
    const auto& stories = document_->model().stories();
    return story_ < stories.size() ? stories[story_].steps.size() : 0;
}

void Presentation::showStep(std::size_t step) {
    const auto& stories = document_->model().stories();
    if (story_ >= stories.size() || step >= stories[story_].steps.size())
        return;
    step_ = step;
    const StoryStep& shown = stories[story_].steps[step];
    title_->setText(titleOf(shown));
    caption_->setText(captionOf(shown));
    caption_->setVisible(!caption_->text().isEmpty());
    counter_->setText(QStringLiteral("%1  ·  %2 / %3")
                          .arg(titleOf(stories[story_]))
                          .arg(step + 1)
                          .arg(stepCount()));
    view_->animateNextFit();
    showStoryStep(*document_, shown);
}

void Presentation::next() {
    if (step_ + 1 < stepCount())
        showStep(step_ + 1);
}

void Presentation::previous() {
    if (step_ > 0)
        showStep(step_ - 1);
}

void Presentation::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        showStep(0);
        break;
    case Qt::Key_End:
        if (stepCount() > 0)
            showStep(stepCount() - 1);
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void Presentation::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    applyFonts();
}

// Title and caption sized to the screen's height, as a slide's are to its own.
void Presentation::applyFonts() {
    const qreal scale = std::max(0.5, height() / 1080.0);
    QFont title = font();
    title.setPixelSize(static_cast<int>(kTitlePx * scale));
    title.setBold(true);
    title_->setFont(title);
    QFont caption = font();
    caption.setPixelSize(static_cast<int>(kCaptionPx * scale));
    caption_->setFont(caption);
    QFont counter = font();
    counter.setPixelSize(static_cast<int>(22 * scale));
    counter_->setFont(counter);
}

void Presentation::closeEvent(QCloseEvent* event) {
    kept_.reset(); // the window's view as it was before presenting
    emit finished();
    QWidget::closeEvent(event);
}

} // namespace dealgraph::app
