// GraphScene's layers over the itemised flows: summed bundles, comparison tags, totals discs,
// and the resting emphasis a highlighted cycle or a comparison gives. Split from graph_scene.cpp
// to keep each file about one thing.
#include "scene/graph_scene.h"

#include "document/document.h"
#include "document/model_text.h"
#include "scene/bundle_item.h"
#include "scene/change_badge_item.h"
#include "scene/flow_item.h"

#include "dealgraph/bundles.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace dealgraph::app {

namespace {

// The largest totals disc, in points: about two boxes wide, so a hub reads at once.
constexpr qreal kMaxDiscRadius = 110;

// Which status a bundle is drawn in: its liveliest member, so one live deal among abandoned ones
// keeps the curve solid.
int liveliness(Status status) {
    switch (status) {
    case Status::Active:
        return 7;
    case Status::Signed:
        return 6;
    case Status::Completed:
        return 5;
    case Status::Announced:
        return 4;
    case Status::Rumoured:
        return 3;
    case Status::OnHold:
        return 2;
    case Status::Superseded:
        return 1;
    case Status::Abandoned:
        return 0;
    }
    return 0;
}

// The tag a curve shows when its deals changed in several ways: an end matters most on a slide,
// then a new deal, then a status step.
int weight(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Ended:
        return 3;
    case ChangeKind::Appeared:
        return 2;
    case ChangeKind::StatusChanged:
        return 1;
    }
    return 0;
}

QString bundleLabel(const FlowBundle& bundle) {
    QStringList parts;
    for (const auto& [unit, sum] : bundle.total)
        parts << sumText(sum);
    if (bundle.flows.size() > 1)
        parts << GraphScene::tr("%1 deals").arg(bundle.flows.size());
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace

bool GraphScene::summed() const {
    return document_->displayOptions().summed;
}

std::vector<FlowItem*> GraphScene::curves() const {
    std::vector<FlowItem*> all;
    all.reserve(flows_.size() + bundles_.size());
    for (const auto& [key, item] : flows_)
        all.push_back(item);
    all.insert(all.end(), bundles_.begin(), bundles_.end());
    return all;
}

FlowRef GraphScene::refOf(const FlowItem* item) const {
    const auto deal = document_->model().dealIndex(item->dealId());
    return {deal.value_or(0), static_cast<std::size_t>(std::max(0, item->flowIndex()))};
}

BundleItem* GraphScene::bundleOf(const FlowRef& flow) const {
    auto found = bundleOfFlow_.find(flow);
    return found == bundleOfFlow_.end() ? nullptr : found->second;
}

FlowItem* GraphScene::shownItemOf(const FlowRef& flow) const {
    const Model& model = document_->model();
    if (flow.deal >= model.deals().size())
        return nullptr;
    FlowItem* item = summed() ? bundleOf(flow)
                              : flowItem(model.deals()[flow.deal].id, static_cast<int>(flow.flow));
    return item && item->isVisible() ? item : nullptr;
}

ChangeBadgeItem* GraphScene::changeBadgeOf(const FlowItem* curve) const {
    auto found = badges_.find(curve);
    return found == badges_.end() || !found->second->isVisible() ? nullptr : found->second;
}

qreal GraphScene::totalsDiscRadius(const std::string& entityId) const {
    auto found = discRadius_.find(entityId);
    return found == discRadius_.end() ? 0 : found->second;
}

// One bundle item per (from, to, type) of the whole model, so switching modes or dates never
// needs a layout: each borrows the layout's route of its first flow.
void GraphScene::buildBundles() {
    bundlesBuilt_ = true;
    // The drawn model: flows to members of a collapsed group join into its box's bundles.
    const Model& model = document_->drawnModel();
    std::vector<FlowItem*> made;
    for (const FlowBundle& bundle : bundleFlows(model, wholeModel(model))) {
        const FlowRef first = bundle.flows.front();
        const Deal& deal = model.deals()[first.deal];
        const FlowItem* flowItemOfFirst = flowItem(deal.id, static_cast<int>(first.flow));
        if (!flowItemOfFirst)
            continue; // a failed relayout left the previous picture: no route for it
        // The layout's route, even if a box placed by hand bent the flow's own curve.
        layout::EdgeGeometry geometry =
            laidOutRouteOf(flowItemOfFirst).value_or(flowItemOfFirst->route());
        if (!laidOutRouteOf(flowItemOfFirst) && flowItemOfFirst->label()) {
            const QPointF centre = flowItemOfFirst->label()->pos();
            geometry.labelCentre = layout::Point{centre.x(), centre.y()};
        }
        const Flow& flow = deal.flows[first.flow];
        auto* item = new BundleItem(deal.id, static_cast<int>(first.flow), bundle.type,
                                    {flow.from, flow.to}, geometry);
        item->setVisible(false);
        addToScene(item);
        auto* label = new FlowLabelItem(item, QString(), QSizeF());
        label->setPos(geometry.labelCentre
                          ? QPointF(geometry.labelCentre->x, geometry.labelCentre->y)
                          : item->path().pointAtPercent(0.5));
        label->setVisible(false);
        addToScene(label);
        item->setLabel(label);
        bundles_.push_back(item);
        made.push_back(item);
        for (const FlowRef& ref : bundle.flows)
            bundleOfFlow_[ref] = item;
    }
    addPlacedCurves(made);
}

void GraphScene::applyBundles() {
    if (!summed()) {
        for (BundleItem* bundle : bundles_)
            bundle->setShown(false);
        return;
    }
    if (!bundlesBuilt_ && hasLayout())
        buildBundles();
    // Deal and flow indexes of the drawn model are the model's, so the view applies.
    const Model& model = document_->drawnModel();
    const View& view = document_->view();
    std::set<BundleItem*> shown;
    for (const FlowBundle& bundle : bundleFlows(model, view)) {
        BundleItem* item = bundleOf(bundle.flows.front());
        if (!item)
            continue;
        shown.insert(item);

        std::optional<Status> status;
        std::vector<std::string> deals;
        std::string primary;
        double primaryValue = -1;
        for (const FlowRef& ref : bundle.flows) {
            const Deal& deal = model.deals()[ref.deal];
            const auto dealStatus = view.status[ref.deal];
            if (dealStatus && (!status || liveliness(*dealStatus) > liveliness(*status)))
                status = dealStatus;
            if (std::find(deals.begin(), deals.end(), deal.id) == deals.end())
                deals.push_back(deal.id);
            // A click opens the standing member with the largest amount (any unit).
            double value = 0;
            for (const Amount& amount : deal.flows[ref.flow].amounts)
                if (amount.unit != Unit::Percent)
                    value = std::max(value, amount.nominal());
            const bool stands = dealStatus && countsTowardsTotals(*dealStatus);
            if (stands)
                value += 1; // a standing deal without an amount still beats a dead one
            if (value > primaryValue) {
                primaryValue = value;
                primary = deal.id;
            }
        }

        std::vector<Amount> totals;
        for (const auto& [unit, sum] : bundle.total)
            totals.push_back(Amount{unit, Qualifier::Exact, sum.nominal(), 0, {}});
        item->setMembers(bundle.flows, std::move(deals), primary);
        item->setStatus(status);
        item->setAmountWidth(GraphStyle::flowWidth(totals));
        const QString text = bundleLabel(bundle);
        item->label()->setText(text, flowLabelSize(text, style_));
        item->setShown(true);
        item->label()->setVisible(!text.isEmpty());
    }
    for (BundleItem* bundle : bundles_)
        if (!shown.count(bundle)) {
            bundle->setMembers({}, {}, {});
            bundle->setShown(false);
        }
    // Totals borrow a member's label place, and two bundles between the same boxes borrowed
    // neighbouring ones: "2 deals" sat on "4 deals". Each label starts from its place again
    // (its text, and so its size, changes with the view) and moves off boxes and other labels.
    if (shown.size() > kMaxDeclutteredItems)
        return;
    for (BundleItem* bundle : bundles_) {
        FlowLabelItem* label = bundle->label();
        if (!shown.count(bundle) || !label || !label->isVisible())
            continue;
        const auto& centre = bundle->route().labelCentre;
        label->setPos(centre ? QPointF(centre->x, centre->y) : bundle->path().pointAtPercent(0.5));
        placeClear(label, bundle->path(), {});
    }
}

void GraphScene::applyComparison() {
    changedEntities_.clear();
    const Model& model = document_->model();
    const bool comparing = document_->compareFrom().has_value();
    // One tag per deal (on its first shown flow), one per bundle: a deal of three flows is one
    // change, and tags must not crowd the hubs.
    std::set<std::string> tagged;
    std::set<const QGraphicsItem*> placed; // tags placed so far, which later ones avoid
    for (FlowItem* curve : curves()) {
        std::optional<ChangeKind> change;
        const bool isBundle = dynamic_cast<BundleItem*>(curve) != nullptr;
        if (comparing && curve->isVisible() && (isBundle || !tagged.count(curve->dealId()))) {
            auto consider = [&](std::size_t deal) {
                if (auto kind = document_->changeOf(deal);
                    kind && (!change || weight(*kind) > weight(*change)))
                    change = kind;
            };
            if (auto* bundle = dynamic_cast<BundleItem*>(curve)) {
                for (const FlowRef& ref : bundle->memberFlows())
                    consider(ref.deal);
            } else if (auto deal = model.dealIndex(curve->dealId())) {
                consider(*deal);
                if (change)
                    tagged.insert(curve->dealId());
            }
        }
        auto existing = badges_.find(curve);
        if (!change) {
            if (existing != badges_.end())
                existing->second->setVisible(false);
            continue;
        }
        ChangeBadgeItem* badge = existing != badges_.end() ? existing->second : nullptr;
        if (!badge) {
            badge = new ChangeBadgeItem(*change);
            addToScene(badge);
            badges_[curve] = badge;
        }
        badge->setKind(*change);
        // Above the amount plate when there is one, else on the curve's middle.
        const FlowLabelItem* label = curve->label();
        if (label && label->isVisible())
            badge->setPos(label->pos() - QPointF(0, label->plateRect().height() / 2 +
                                                        badge->boundingRect().height() / 2));
        else
            badge->setPos(curve->path().pointAtPercent(0.5));
        badge->setVisible(true);
        placeClear(badge, curve->path(), placed);
        placed.insert(badge);
        for (const std::string* end : {&curve->ends().from, &curve->ends().to})
            for (std::size_t index : modelEntitiesOf(*end))
                changedEntities_.insert(index);
    }
}

void GraphScene::placeClear(QGraphicsItem* item, const QPainterPath& along,
                            const std::set<const QGraphicsItem*>& placed) const {
    // Tags sat on boxes and on each other where flows converge (a hub's many new deals). The
    // first place on its curve where the tag covers no box, amount label or tag already placed
    // wins. The scene's index answers each look, so this costs a few queries per tag.
    if (placed.size() > kMaxDeclutteredItems)
        return;
    // How crowded `rect` is: a box covered outweighs any number of labels and tags, since a
    // tag on a box hides a name, while two labels that touch can still be told apart.
    constexpr int kBoxWeight = 1000;
    auto blockers = [&](const QRectF& rect) {
        int count = 0;
        for (const QGraphicsItem* other : items(rect, Qt::IntersectsItemBoundingRect)) {
            if (other == item || !other->isVisible())
                continue;
            if (const auto* entity = dynamic_cast<const EntityItem*>(other)) {
                // The box itself, not the room its hover halo takes.
                if (entity->mapRectToScene(entity->boxRect()).intersects(rect))
                    count += kBoxWeight;
            } else if (dynamic_cast<const FlowLabelItem*>(other) || placed.contains(other)) {
                ++count;
            }
        }
        return count;
    };
    QPointF best = item->pos();
    int fewest = blockers(item->sceneBoundingRect());
    // Along the curve first, then just above or below it (a tag still reads as the curve's
    // when it touches it); where every place is taken, the least crowded.
    const qreal step = item->boundingRect().height();
    for (const qreal shift : {0.0, -step, step, -2 * step, 2 * step, -3 * step, 3 * step}) {
        for (const qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9}) {
            if (fewest == 0)
                break;
            item->setPos(along.pointAtPercent(t) + QPointF(0, shift));
            if (const int n = blockers(item->sceneBoundingRect()); n < fewest) {
                fewest = n;
                best = item->pos();
            }
        }
    }
    // Still on a box (a hub ringed by others) or a label (a short curve, its amount at its
    // middle): look beside the curve as well, a tag's width to either side.
    const qreal across = item->boundingRect().width();
    for (const qreal dx : {-across, across, -2 * across, 2 * across}) {
        for (const qreal shift : {0.0, -step, step, -2 * step, 2 * step}) {
            for (const qreal t : {0.5, 0.3, 0.7, 0.15, 0.85}) {
                if (fewest == 0)
                    break;
                item->setPos(along.pointAtPercent(t) + QPointF(dx, shift));
                if (const int n = blockers(item->sceneBoundingRect()); n < fewest) {
                    fewest = n;
                    best = item->pos();
                }
            }
        }
    }
    item->setPos(best);
}

// Written when the pointer asks (see toolTipFor): every member with its amount and status.
QString GraphScene::bundleToolTip(const BundleItem* bundle) const {
    const Model& model = document_->model();
    const View& view = document_->view();
    QString tip = QStringLiteral("<b>%1 \u2192 %2</b><br>%3")
                      .arg(entityName(model, bundle->ends().from).toHtmlEscaped(),
                           entityName(model, bundle->ends().to).toHtmlEscaped(),
                           displayText(bundle->flowType()).toHtmlEscaped());
    for (const FlowRef& ref : bundle->memberFlows()) {
        const Deal& deal = model.deals()[ref.deal];
        const QString amounts = amountsText(deal.flows[ref.flow]);
        tip += QStringLiteral("<br>\u2022 ") + titleOf(deal).toHtmlEscaped();
        // Each member with its own amount, as reported: the label's total only adds them up.
        tip += QStringLiteral(": ") +
               (amounts.isEmpty() ? tr("no amount reported") : amounts).toHtmlEscaped();
        if (ref.deal < view.status.size() && view.status[ref.deal])
            tip += QStringLiteral(" (") + displayText(*view.status[ref.deal]).toHtmlEscaped() +
                   QStringLiteral(")");
    }
    return tip;
}

std::optional<Emphasis> GraphScene::restingEmphasis(const FlowItem* curve) const {
    const Highlight& highlight = document_->highlight();
    if (!highlight.isEmpty()) {
        bool part = false;
        if (auto* bundle = dynamic_cast<const BundleItem*>(curve))
            part = std::any_of(bundle->memberFlows().begin(), bundle->memberFlows().end(),
                               [&](const FlowRef& ref) { return highlight.flows.count(ref) > 0; });
        else
            part = highlight.flows.count(refOf(curve)) > 0;
        return part ? Emphasis::Highlighted : Emphasis::Dimmed;
    }
    // A selected deal stays lit as it was when clicked, wherever the pointer went since (and
    // whether it was clicked, searched or stepped to): the details panel describes it.
    if (const Deal* deal = shownSelectedDeal())
        return curve->involvesDeal(deal->id) ? Emphasis::Highlighted : Emphasis::Dimmed;
    if (document_->compareFrom())
        return changeBadgeOf(curve) ? Emphasis::Normal : Emphasis::Dimmed;
    return std::nullopt;
}

const Deal* GraphScene::shownSelectedDeal() const {
    const std::string id = document_->selection().dealId();
    if (id.empty() || !selectionDrawn_)
        return nullptr;
    const auto index = document_->model().dealIndex(id);
    if (!index || !document_->view().containsDeal(*index))
        return nullptr;
    return &document_->model().deals()[*index];
}

std::optional<Emphasis> GraphScene::restingEmphasis(const std::string& entityId) const {
    const Highlight& highlight = document_->highlight();
    const std::vector<std::size_t> drawn = modelEntitiesOf(entityId);
    auto anyIn = [&](const auto& set) {
        return std::any_of(drawn.begin(), drawn.end(), [&](std::size_t e) { return set.count(e); });
    };
    if (!highlight.isEmpty())
        return anyIn(highlight.entities) ? Emphasis::Highlighted : Emphasis::Dimmed;
    if (const Deal* deal = shownSelectedDeal()) {
        // The drawn deal: a collapsed group's box is the party its members were.
        deal = document_->drawnModel().deal(deal->id);
        const bool party = std::any_of(deal->flows.begin(), deal->flows.end(), [&](const Flow& f) {
            return f.from == entityId || f.to == entityId;
        });
        return party ? Emphasis::Normal : Emphasis::Dimmed;
    }
    if (document_->compareFrom())
        return anyIn(changedEntities_) ? Emphasis::Normal : Emphasis::Dimmed;
    return std::nullopt;
}

// Disc area in proportion to the money an entity pays and receives in the view (standing deals
// only, as in the details panel's totals), so twice the money reads as twice the ink.
void GraphScene::applyTotalsDiscs() {
    const bool hadDiscs = !discRadius_.empty();
    discRadius_.clear();
    if (document_->displayOptions().sizeByTotals) {
        const Model& model = document_->model();
        const View& view = document_->view();
        std::vector<std::pair<std::string, double>> money;
        double largest = 0;
        for (std::size_t e : view.entities) {
            const std::string& id = model.entities()[e].id;
            const Totals totals = totalsFor(model, view, id);
            auto found = totals.find({FlowType::Money, Unit::Usd});
            if (found == totals.end())
                continue;
            // Halves first: in + out of amounts near the double's limit must not overflow.
            const double value = found->second.in / 2 + found->second.out / 2;
            if (value > 0) {
                money.emplace_back(id, value);
                largest = std::max(largest, value);
            }
        }
        for (const auto& [id, value] : money)
            discRadius_[id] = kMaxDiscRadius * std::sqrt(value / largest);
    }
    if (hadDiscs || !discRadius_.empty()) // else leave a cached background alone
        invalidate(sceneRect(), QGraphicsScene::BackgroundLayer);
}

void GraphScene::drawBackground(QPainter* painter, const QRectF& rect) {
    QGraphicsScene::drawBackground(painter, rect);
    if (discRadius_.empty())
        return;
    // A neutral fill (green fills already mean data-center sites) with a money-coloured rim.
    QColor fill = style_.secondaryText();
    fill.setAlphaF(0.10f);
    QColor rim = style_.flowColour(FlowType::Money);
    rim.setAlphaF(0.6f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(rim, 1));
    painter->setBrush(fill);
    for (const auto& [id, radius] : discRadius_) {
        const EntityItem* item = entityItem(id);
        if (!item || !item->isVisible())
            continue;
        const QRectF disc(item->pos() - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
        if (disc.intersects(rect))
            painter->drawEllipse(disc);
    }
    painter->restore();
}

} // namespace dealgraph::app
