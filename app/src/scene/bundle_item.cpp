#include "scene/bundle_item.h"

#include "scene/graph_scene.h"

#include <algorithm>

namespace dealgraph::app {

BundleItem::BundleItem(std::string representativeDeal, int representativeFlow, FlowType type,
                       Ends ends, const layout::EdgeGeometry& geometry)
    : FlowItem(std::move(representativeDeal), representativeFlow, type, GraphStyle::kNoAmountWidth,
               std::move(ends), geometry) {}

void BundleItem::setMembers(std::vector<FlowRef> flows, std::vector<std::string> deals,
                            std::string primaryDeal) {
    memberFlows_ = std::move(flows);
    memberDeals_ = std::move(deals);
    primaryDeal_ = std::move(primaryDeal);
}

bool BundleItem::involvesDeal(const std::string& dealId) const {
    return std::find(memberDeals_.begin(), memberDeals_.end(), dealId) != memberDeals_.end();
}

void BundleItem::hoverEntered() {
    if (auto* owner = qobject_cast<GraphScene*>(scene()))
        owner->hoverBundle(this);
}

// A click opens the bundle's biggest standing deal: the one its total is mostly made of. The
// tooltip lists the others; the deals table and Next Deal reach them.
void BundleItem::pressed() {
    if (primaryDeal_.empty())
        return;
    if (auto* owner = qobject_cast<GraphScene*>(scene()))
        owner->selectInDocument(Selection::deal(primaryDeal_));
}

} // namespace dealgraph::app
