#include "scene/graph_scene.h"

#include "document/document.h"
#include "document/layout_runner.h"
#include "document/model_text.h"
#include "document/owned_thread.h"
#include "scene/bundle_item.h"
#include "scene/change_badge_item.h"
#include "scene/entity_item.h"
#include "scene/flow_ends.h"
#include "scene/flow_item.h"

#include "dealgraph/simplify.h"

#include <QApplication>
#include <QDebug>
#include <QEventLoop>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QPalette>

#include <algorithm>

namespace dealgraph::app {

namespace {

constexpr int kIndexDepth = 8;

bool sameFonts(const GraphStyle& a, const GraphStyle& b) {
    return a.nameFont() == b.nameFont() && a.secondaryNameFont() == b.secondaryNameFont() &&
           a.amountFont() == b.amountFont() && a.secondaryNames() == b.secondaryNames();
}

// The date the deal entered `status`, as seen from the view's date (none: its latest step).
std::optional<Date> statusDate(const Deal& deal, Status status, const std::optional<Date>& asOf) {
    std::optional<Date> date;
    for (const StatusStep& step : deal.history)
        if (step.status == status && (!asOf || step.date.lastDay() <= asOf->lastDay()))
            date = step.date;
    return date;
}

} // namespace

GraphScene::GraphScene(Document* document, QObject* parent)
    : QGraphicsScene(parent), document_(document), runner_(new LayoutRunner(this)),
      style_(GraphStyle::forPalette(QApplication::palette())) {
    setBackgroundBrush(style_.background());
    // Qt picks the index tree's depth from the item count: 16 levels at 75,000 items, where
    // every long curve is listed in thousands of leaves and the index took 770 MB. 256
    // leaves keep hit-testing at microseconds for a tenth of the memory.
    setBspTreeDepth(kIndexDepth);

    connect(runner_, &LayoutRunner::finished, this, &GraphScene::onLayoutFinished);
    connect(runner_, &LayoutRunner::failed, this, &GraphScene::onLayoutFailed);

    connect(document_, &Document::modelReset, this, [this] {
        hover_ = {};
        relayout();
    });
    connect(document_, &Document::viewChanged, this, [this] {
        applyView();
        applyHover();
    });
    connect(document_, &Document::selectionChanged, this, [this] {
        applySelection();
        // The selected deal is what stays lit (restingEmphasis). A flow that happens to be
        // under a pointer resting since before the selection changed (Next Deal from the
        // keyboard) must not take the highlight over; the next hover does, until it leaves.
        hover_ = {};
        applyHover();
    });
    connect(document_, &Document::positionsChanged, this, &GraphScene::applyPositions);
    connect(document_, &Document::displayChanged, this, [this] {
        applyView();
        applySelection();
        applyHover();
        update();
    });
    connect(document_, &Document::comparisonChanged, this, [this] {
        applyComparison();
        applyHover();
    });
    connect(document_, &Document::highlightChanged, this, [this] { applyHover(); });
    connect(document_, &Document::groupsChanged, this, [this] {
        hover_ = {};
        relayout();
    });
}

GraphScene::~GraphScene() {
    // Items must go before the maps that point at them, and the runner must not report into a
    // half-destroyed scene.
    runner_->disconnect(this);
    waitForOwnedThreads(this); // a text measurement under way
    clearItems();
}

void GraphScene::setEngineOverride(std::optional<layout::Engine> engine) {
    if (engine == engineOverride_)
        return;
    engineOverride_ = engine;
    if (hasLayout() || isLayingOut())
        relayout();
}

void GraphScene::setGraphStyle(const GraphStyle& style) {
    const bool relayoutNeeded = !sameFonts(style, style_);
    style_ = style;
    setBackgroundBrush(style_.background());
    update();
    if (relayoutNeeded)
        relayout();
}

EntityItem* GraphScene::entityItem(const std::string& id) const {
    auto found = entities_.find(id);
    if (found == entities_.end()) {
        // A member of a collapsed group is drawn by its group's box.
        const Entity* entity = document_->model().entity(id);
        if (entity && document_->collapsedGroups().contains(entity->group))
            found = entities_.find(Document::groupBoxId(entity->group));
    }
    return found == entities_.end() ? nullptr : found->second;
}

std::vector<std::size_t> GraphScene::modelEntitiesOf(const std::string& itemId) const {
    const Model& model = document_->model();
    std::vector<std::size_t> indexes;
    if (const auto group = document_->collapsedGroupOfBox(itemId)) {
        for (std::size_t e = 0; e < model.entities().size(); ++e)
            if (model.entities()[e].group == *group)
                indexes.push_back(e);
    } else if (const auto index = model.entityIndex(itemId)) {
        indexes.push_back(*index);
    }
    return indexes;
}

void GraphScene::toggleGroupOf(const std::string& itemId) {
    if (const auto group = document_->collapsedGroupOfBox(itemId)) {
        document_->setGroupCollapsed(*group, false);
        return;
    }
    const Entity* entity = document_->model().entity(itemId);
    if (!entity || entity->group.empty())
        return;
    for (const EntityGroup& group : entityGroups(document_->model()))
        if (group.name == entity->group) {
            document_->setGroupCollapsed(group.name, true);
            return;
        }
}

FlowItem* GraphScene::flowItem(const std::string& dealId, int flow) const {
    auto found = flows_.find({dealId, flow});
    return found == flows_.end() ? nullptr : found->second;
}

std::vector<FlowItem*> GraphScene::flowItemsOfDeal(const std::string& dealId) const {
    auto found = flowsByDeal_.find(dealId);
    return found == flowsByDeal_.end() ? std::vector<FlowItem*>{} : found->second;
}

QRectF GraphScene::boundsOf(const Selection& selection) const {
    QRectF bounds;
    if (selection.kind == Selection::Kind::Entity) {
        if (EntityItem* item = entityItem(selection.id); item && item->isVisible())
            bounds = item->mapRectToScene(item->boxRect());
    } else if (selection.kind != Selection::Kind::None) {
        for (FlowItem* item : curves()) {
            if (!item->isVisible() || !item->involvesDeal(selection.id))
                continue;
            // A straight level line has a path box of no height, which intersects
            // nothing: the line's own width makes it an area.
            bounds |= item->mapRectToScene(item->path().boundingRect().adjusted(-2, -2, 2, 2));
            if (item->label() && item->label()->isVisible())
                bounds |= item->label()->sceneBoundingRect();
            // The whole deal is its parties too: a curve ends at a box's border, and framing
            // only the curves cut the box at the view's edge (OpenAI, at the left).
            for (const std::string* end : {&item->ends().from, &item->ends().to})
                if (EntityItem* box = entityItem(*end); box && box->isVisible())
                    bounds |= box->mapRectToScene(box->boxRect());
        }
    }
    return bounds;
}

QString layOutAndWait(GraphScene& scene, const std::function<void()>& start) {
    QEventLoop loop;
    bool ended = false; // the runner may report from inside start(), before the loop runs
    QString failure;
    QObject::connect(&scene, &GraphScene::layoutFinished, &loop, [&] {
        ended = true;
        loop.quit();
    });
    QObject::connect(&scene, &GraphScene::layoutFailed, &loop, [&](const QString& message) {
        ended = true;
        failure = message;
        loop.quit();
    });
    start();
    if (!ended)
        loop.exec();
    return failure;
}

QRectF GraphScene::shownItemsRect() const {
    QRectF rect;
    // Not items(): it sorts every item by stacking order first (110-180 ms at 20,000 entities,
    // after every date or filter change, for the bird's-eye map). Items added are top-level.
    for (const QGraphicsItem* item : itemsAdded_) {
        if (!item->isVisible())
            continue;
        rect |= item->sceneBoundingRect();
        // The totals disc is drawn behind the box, by the scene's background.
        if (const auto* entity = qgraphicsitem_cast<const EntityItem*>(item))
            if (const qreal r = totalsDiscRadius(entity->entityId()); r > 0)
                rect |= QRectF(entity->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    return rect;
}

bool GraphScene::isCurrentJob(quint64 jobId) const {
    return pendingInput_ && currentJob_ && *currentJob_ == jobId;
}

void GraphScene::onLayoutFinished(quint64 jobId, const layout::LayoutResult& result) {
    if (!isCurrentJob(jobId))
        return; // a stale result from a model that has since been replaced
    GraphInput input = std::move(*pendingInput_);
    pendingInput_.reset();
    currentJob_.reset();
    if (result.nodes.size() != input.request.nodes.size() ||
        result.edges.size() != input.request.edges.size()) {
        emit layoutFailed(tr("The layout returned %1 nodes and %2 edges for a graph of %3 and %4.")
                              .arg(result.nodes.size())
                              .arg(result.edges.size())
                              .arg(input.request.nodes.size())
                              .arg(input.request.edges.size()));
        return;
    }
    layoutEngine_ = input.request.engine;
    if (input.nodeEntity.size() + input.edgeFlow.size() > kSlicedBuildItems) {
        startSlicedBuild(std::move(input), result); // emits layoutFinished when done
        return;
    }
    buildItems(input, result);
    emit layoutFinished();
}

void GraphScene::onLayoutFailed(quint64 jobId, const QString& message) {
    if (!isCurrentJob(jobId))
        return;
    // dot can take minutes and gigabytes on a dense graph, where the runner stops it; sfdp
    // lays out thousands of nodes in seconds. Unless an engine was asked for, try sfdp before
    // leaving the user without a picture; dot asked for too when it ran out of its budget
    // (kDotBudgetMs): the user asked for dot's look, not for its wait.
    const layout::Engine engine = pendingInput_->request.engine;
    const bool outOfDotBudget = engine == layout::Engine::Dot && runner_->timedOut() &&
                                dotBudgetMs_ > 0 && runner_->jobTimeout() == dotBudgetMs_;
    if ((!engineOverride_ || outOfDotBudget) && engine != layout::Engine::Sfdp) {
        layoutNote_ =
            runner_->timedOut()
                ? tr("dot took longer than %1 s on this graph; laid out with sfdp instead")
                      .arg(runner_->jobTimeout() / 1000.0, 0, 'g', 3)
                : tr("Laid out with sfdp: %1").arg(message);
        // Also on stderr, so a headless export says why its picture is not dot's.
        qWarning().noquote() << "dealgraph:" << layoutNote_;
        pendingInput_->request.engine = layout::Engine::Sfdp;
        runner_->start(pendingInput_->request);
        currentJob_ = runner_->currentJobId();
        return;
    }
    pendingInput_.reset();
    currentJob_.reset();
    // The previous picture stays; items still matching the new model follow its view.
    applyView();
    applySelection();
    emit layoutFailed(message);
}

void GraphScene::addToScene(QGraphicsItem* item) {
    addItem(item);
    itemsAdded_.push_back(item);
}

void GraphScene::clearItems() {
    build_.reset();
    hover_ = {};
    entities_.clear();
    flows_.clear();
    flowsByDeal_.clear();
    forgetLayoutGeometry();
    bundles_.clear();
    bundlesBuilt_ = false;
    bundleOfFlow_.clear();
    badges_.clear();
    discRadius_.clear();
    changedEntities_.clear();
    clear();
    itemsAdded_.clear();
    ++itemsGeneration_;
    linkLine_ = nullptr; // deleted with every other item
}

// Visibility and status follow the view; ids absent from the model (a failed relayout left the
// previous picture) keep their last state.
void GraphScene::applyView() {
    const Model& model = document_->model();
    const View& view = document_->view();
    for (auto& [id, item] : entities_) {
        const std::vector<std::size_t> drawn = modelEntitiesOf(id);
        if (!drawn.empty()) // a group's box shows while any of its members does
            item->setVisible(std::any_of(drawn.begin(), drawn.end(),
                                         [&](std::size_t e) { return view.containsEntity(e); }));
    }
    for (auto& [key, item] : flows_) {
        const auto deal = model.dealIndex(key.first);
        if (!deal || key.second >= static_cast<int>(model.deals()[*deal].flows.size()))
            continue;
        const FlowRef ref{*deal, static_cast<std::size_t>(key.second)};
        item->setStatus(*deal < view.status.size() ? view.status[*deal] : std::nullopt);
        item->setShown(!summed() && std::binary_search(view.flows.begin(), view.flows.end(), ref));
    }
    applyBundles();
    applyComparison();
    applyTotalsDiscs();
}

void GraphScene::setSelectionDrawn(bool drawn) {
    selectionDrawn_ = drawn;
    hover_ = {};
    applySelection();
    applyHover();
}

void GraphScene::applySelection() {
    const Selection none;
    const Selection& selection = selectionDrawn_ ? document_->selection() : none;
    for (auto& [id, item] : entities_)
        item->setSelectedInDocument(selection.kind == Selection::Kind::Entity &&
                                    selection.id == id);
    const std::string selectedDeal = selection.dealId();
    for (auto& [key, item] : flows_) {
        FlowSelection state = FlowSelection::None;
        if (!selectedDeal.empty() && key.first == selectedDeal)
            state = selection.kind == Selection::Kind::Flow && selection.flow != key.second
                        ? FlowSelection::SameDeal
                        : FlowSelection::Selected;
        item->setSelectionState(state);
    }
    for (BundleItem* bundle : bundles_)
        bundle->setSelectionState(!selectedDeal.empty() && bundle->involvesDeal(selectedDeal)
                                      ? FlowSelection::Selected
                                      : FlowSelection::None);
}

void GraphScene::hoverEntity(const std::string& entityId) {
    if (hoverSuspended_)
        return;
    hover_ = {Hover::Kind::Entity, entityId};
    applyHover();
}

void GraphScene::hoverDeal(const std::string& dealId) {
    if (hoverSuspended_)
        return;
    hover_ = {Hover::Kind::Deal, dealId};
    applyHover();
}

void GraphScene::hoverBundle(const BundleItem* bundle) {
    if (hoverSuspended_)
        return;
    hover_ = {Hover::Kind::Bundle, {}, bundle};
    applyHover();
}

void GraphScene::clearHover() {
    if (hoverSuspended_)
        return;
    hover_ = {};
    applyHover();
}

// Hovering an entity lights its flows and the partners at their other ends; hovering a flow
// lights every flow of its deal and their ends; hovering a bundle lights it. Everything else is
// dimmed. With nothing hovered, a highlighted cycle or a comparison decides what stays lit.
void GraphScene::applyHover() {
    const std::vector<FlowItem*> all = curves();
    if (hover_.kind == Hover::Kind::None) {
        for (auto& [id, item] : entities_)
            item->setEmphasis(restingEmphasis(id).value_or(Emphasis::Normal));
        for (FlowItem* item : all)
            item->setEmphasis(restingEmphasis(item).value_or(Emphasis::Normal));
        for (auto& [curve, badge] : badges_)
            badge->setOpacity(curve->opacity());
        return;
    }
    // Partners stay as they are (not dimmed); only the hovered entity gets a heavier border.
    std::vector<const std::string*> partners;
    for (FlowItem* item : all) {
        const auto& ends = item->ends();
        bool part = false;
        if (item->isVisible()) {
            switch (hover_.kind) {
            case Hover::Kind::Deal:
                part = item->involvesDeal(hover_.id);
                break;
            case Hover::Kind::Bundle:
                part = item == hover_.bundle;
                break;
            default:
                part = ends.from == hover_.id || ends.to == hover_.id;
            }
        }
        item->setEmphasis(part ? Emphasis::Highlighted : Emphasis::Dimmed);
        if (part) {
            partners.push_back(&ends.from);
            partners.push_back(&ends.to);
        }
    }
    for (auto& [curve, badge] : badges_)
        badge->setOpacity(curve->opacity());
    for (auto& [id, item] : entities_) {
        const bool hovered = hover_.kind == Hover::Kind::Entity && hover_.id == id;
        const bool partner =
            std::any_of(partners.begin(), partners.end(), [&](auto* end) { return *end == id; });
        item->setEmphasis(hovered   ? Emphasis::Highlighted
                          : partner ? Emphasis::Normal
                                    : Emphasis::Dimmed);
    }
}

void GraphScene::selectInDocument(const Selection& selection) {
    document_->select(selection);
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mousePressEvent(event);
    // Items accept the presses they handle; one nobody accepted landed on empty space.
    pressOnEmpty_ = event->button() == Qt::LeftButton && !event->isAccepted();
}

void GraphScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || !pressOnEmpty_)
        return;
    pressOnEmpty_ = false;
    // A click on empty space deselects; a drag there pans and keeps the selection.
    const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
    if (moved.manhattanLength() < QApplication::startDragDistance())
        selectInDocument(Selection::none());
}

QString GraphScene::toolTipFor(const QGraphicsItem* item) const {
    if (!item)
        return {};
    if (item->type() == EntityItem::Type)
        return entityToolTip(static_cast<const EntityItem*>(item)->entityId());
    if (item->type() == FlowLabelItem::Type)
        item = static_cast<const FlowLabelItem*>(item)->flow();
    if (item->type() == BundleItem::Type)
        return bundleToolTip(static_cast<const BundleItem*>(item));
    if (item->type() == FlowItem::Type) {
        const auto* flow = static_cast<const FlowItem*>(item);
        return flowToolTip(flow->dealId(), flow->flowIndex());
    }
    return {};
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent* event) {
    // The base class shows the tooltip of the topmost item under the pointer that has one:
    // give the items there theirs just before it looks.
    const QTransform transform = views().isEmpty() ? QTransform() : views().first()->transform();
    for (QGraphicsItem* item :
         items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder, transform)) {
        const QString text = toolTipFor(item);
        if (!text.isEmpty())
            item->setToolTip(text);
    }
    QGraphicsScene::helpEvent(event);
}

QString GraphScene::entityToolTip(const std::string& entityId) const {
    if (const auto group = document_->collapsedGroupOfBox(entityId)) {
        QStringList names;
        for (std::size_t e : modelEntitiesOf(entityId))
            names << primaryName(document_->model().entities()[e]);
        return QStringLiteral("<b>%1</b><br>%2<br><i>%3</i>")
            .arg(QString::fromStdString(*group).toHtmlEscaped(),
                 names.join(QStringLiteral(", ")).toHtmlEscaped(),
                 tr("Double-click to show them one by one"));
    }
    const Entity* entity = document_->model().entity(entityId);
    if (!entity)
        return {};
    // The name the box shows first, then every other name it is known by.
    const QString primary = primaryName(*entity);
    QStringList others = allNamesOf(*entity);
    others.removeAll(primary);
    QString html = QStringLiteral("<b>%1</b>").arg(primary.toHtmlEscaped());
    if (!others.isEmpty())
        html += QStringLiteral("<br>%1").arg(others.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<br><i>%1</i>").arg(displayText(entity->kind).toHtmlEscaped());
    if (!entity->description.empty())
        html += QStringLiteral("<br>%1").arg(
            localized(entity->translations, "description", entity->description).toHtmlEscaped());
    return html;
}

QString GraphScene::flowToolTip(const std::string& dealId, int flowIndex) const {
    const Model& model = document_->model();
    const Deal* deal = model.deal(dealId);
    if (!deal || flowIndex < 0 || flowIndex >= static_cast<int>(deal->flows.size()))
        return {};
    const Flow& flow = deal->flows[static_cast<std::size_t>(flowIndex)];
    QString html =
        QStringLiteral("<b>%1</b><br>%2 \u2192 %3<br>%4")
            .arg(titleOf(*deal).toHtmlEscaped(), entityName(model, flow.from).toHtmlEscaped(),
                 entityName(model, flow.to).toHtmlEscaped(),
                 displayText(flow.type).toHtmlEscaped());
    const QString amounts = amountsText(flow);
    if (!amounts.isEmpty())
        html += QStringLiteral(": ") + amounts.toHtmlEscaped();

    const auto index = model.dealIndex(dealId);
    const View& view = document_->view();
    const std::optional<Status> status =
        index && *index < view.status.size() ? view.status[*index] : std::nullopt;
    if (status) {
        html += QStringLiteral("<br>") + displayText(*status).toHtmlEscaped();
        if (auto date = statusDate(*deal, *status, document_->filter().asOf))
            html += QStringLiteral(" since ") + dateText(*date).toHtmlEscaped();
    } else {
        html += QStringLiteral("<br>") + tr("Not yet on record");
    }
    return html;
}

} // namespace dealgraph::app
