#include "shell/layout_progress.h"

#include "document/document.h"
#include "scene/graph_scene.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace dealgraph::app {

LayoutProgress::LayoutProgress(GraphScene* scene, QWidget* parent)
    : QWidget(parent), scene_(scene), label_(new QLabel(this)),
      cancel_(new QPushButton(tr("Cancel"), this)), ticker_(new QTimer(this)) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label_);
    row->addWidget(cancel_);
    cancel_->setToolTip(tr("Stop laying out the graph; the previous picture stays"));
    cancel_->setFocusPolicy(Qt::NoFocus); // never steal the keyboard from the graph
    setVisible(false);

    // Shown from the first tick on, so a layout served by the cache in a blink does not flash
    // it; whole seconds are enough to show that work goes on.
    ticker_->setInterval(250);
    connect(ticker_, &QTimer::timeout, this, &LayoutProgress::tick);
    // Opening a big file comes first (Document::openInBackground), then its layout: one
    // indicator for the whole wait, and Cancel stops whichever is running.
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (scene_->document()->isOpening())
            scene_->document()->cancelOpening();
        else
            scene_->cancelLayout();
    });
    connect(scene_->document(), &Document::openingStarted, this, &LayoutProgress::onStarted);
    connect(scene_->document(), &Document::openingEnded, this, [this](const QString&, bool opened) {
        if (!opened || !scene_->isLayingOut())
            onEnded();
    });
    connect(scene_, &GraphScene::layoutStarted, this, &LayoutProgress::onStarted);
    connect(scene_, &GraphScene::layoutFinished, this, &LayoutProgress::onEnded);
    connect(scene_, &GraphScene::layoutFailed, this, &LayoutProgress::onEnded);
    connect(scene_, &GraphScene::layoutCancelled, this, &LayoutProgress::onEnded);
}

QString LayoutProgress::text() const {
    return label_->text();
}

void LayoutProgress::onStarted() {
    if (ticker_->isActive())
        return; // the layout that follows an opening: the wait goes on
    elapsed_.start();
    ticker_->start();
}

void LayoutProgress::onEnded() {
    ticker_->stop();
    setVisible(false);
}

void LayoutProgress::tick() {
    const int seconds = static_cast<int>(elapsed_.elapsed() / 1000);
    label_->setText(tr("%1 s").arg(seconds));
    setVisible(true);
}

} // namespace dealgraph::app
