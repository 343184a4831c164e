// GraphScene: starting a layout. The text of every box and label is measured first
// (buildGraphInput); on a big model that takes a quarter of a second, so it runs on a worker
// thread (measureGraphText) while the event loop goes on, and the worker process is
// started when it is done. Nothing stale is ever drawn: a newer relayout, a cancel or a new
// model makes the scene drop a measurement, as it drops a worker's late answer.
#include "scene/graph_scene.h"

#include "document/document.h"
#include "document/layout_runner.h"
#include "document/owned_thread.h"

#include <QTimer>

#include <memory>
#include <utility>

namespace dealgraph::app {

namespace {

std::size_t boxesAndFlows(const Model& model) {
    std::size_t count = model.entities().size();
    for (const Deal& deal : model.deals())
        count += deal.flows.size();
    return count;
}

} // namespace

void GraphScene::relayout() {
    const Model& model = document_->drawnModel();
    currentJob_.reset();
    measuring_ = 0; // a measurement under way is for an older model or style
    build_.reset(); // as is a build of items under way (the next one clears what it made)
    if (model.entities().empty()) {
        // Nothing to lay out: an empty model is an empty picture, not a Graphviz error.
        runner_->cancel();
        pendingInput_.reset();
        clearItems();
        layoutEngine_.reset();
        setSceneRect(QRectF());
        emit layoutFinished();
        return;
    }
    if (boxesAndFlows(model) <= backgroundMeasureItems_) {
        startLayout(buildGraphInput(model, style_));
        emit layoutStarted();
        return;
    }
    // The running worker's answer would be for the old input: stop it now.
    runner_->cancel();
    pendingInput_.reset();
    const quint64 number = ++measurements_;
    measuring_ = number;
    emit layoutStarted();
    // The texts are read from the model on the UI thread (a copy of the model for the thread
    // cost more memory than the measuring saved time), in a turn of their own: with the
    // model's installation, whose signal started this, they held the window for 0.1 s.
    QTimer::singleShot(1, this, [this, number] {
        if (measuring_ == number)
            measureInBackground(number);
    });
}

void GraphScene::measureInBackground(quint64 number) {
    auto input = std::make_shared<GraphInput>(collectGraphText(document_->drawnModel(), style_));
    // Only measuring them, which reads no model, runs on the thread.
    startOwnedThread(
        this, QStringLiteral("dealgraph text measure"),
        [input, style = style_] { measureGraphText(*input, style); },
        [this, input, number] {
            if (measuring_ != number)
                return;
            measuring_ = 0;
            startLayout(std::move(*input));
        });
}

void GraphScene::startLayout(GraphInput input) {
    if (engineOverride_)
        input.request.engine = *engineOverride_;
    input.request.frameAspect = frame_.aspect;
    input.request.nodeSeparation = frame_.nodeSeparation;
    input.request.rankSeparation = frame_.rankSeparation;
    for (layout::EdgeSpec& edge : input.request.edges)
        if (edge.labelSize.width > 0 || edge.labelSize.height > 0) {
            edge.labelSize.width += 2 * frame_.labelMargin;
            edge.labelSize.height += 2 * frame_.labelMargin;
        }
    pendingInput_ = std::move(input);
    layoutNote_.clear();
    // start() cancels the previous job (which then reports nothing) and names the new one;
    // results are still checked against it, so nothing stale can ever be drawn.
    const bool dot = pendingInput_->request.engine == layout::Engine::Dot;
    runner_->start(pendingInput_->request, dot ? dotBudgetMs_ : 0);
    currentJob_ = runner_->currentJobId();
}

void GraphScene::cancelLayout() {
    if (!isLayingOut())
        return;
    if (build_) {
        // The layout is done and its items half made: too late to keep the old picture, and
        // the rest takes a moment. Finished now rather than left half drawn.
        finishSlicedBuildNow();
        return;
    }
    measuring_ = 0;
    runner_->cancel();
    pendingInput_.reset();
    currentJob_.reset();
    // As after a failure: the previous picture stays and follows the new model's view.
    applyView();
    applySelection();
    emit layoutCancelled();
}

} // namespace dealgraph::app
