// A summed curve: every flow of the view from one entity to another of one type, drawn along the
// route the layout gave one of them and labelled with their total. Which deals it stands for
// changes with the view (dates, filters); the scene keeps it up to date.
#pragma once

#include "scene/flow_item.h"

#include "dealgraph/query.h"

#include <string>
#include <vector>

namespace dealgraph::app {

class BundleItem : public FlowItem {
public:
    enum { Type = UserType + 4 };

    // `representative` names the flow whose route the bundle borrows (for tooltips and tests).
    BundleItem(std::string representativeDeal, int representativeFlow, FlowType type, Ends ends,
               const layout::EdgeGeometry& geometry);

    int type() const override { return Type; }

    // The flows the view leaves in the bundle, their deals (by id), and the deal a click selects.
    void setMembers(std::vector<FlowRef> flows, std::vector<std::string> deals,
                    std::string primaryDeal);
    const std::vector<FlowRef>& memberFlows() const { return memberFlows_; }
    const std::vector<std::string>& memberDeals() const { return memberDeals_; }
    const std::string& primaryDeal() const { return primaryDeal_; }

    bool involvesDeal(const std::string& dealId) const override;
    void hoverEntered() override;
    void pressed() override;

private:
    std::vector<FlowRef> memberFlows_;
    std::vector<std::string> memberDeals_;
    std::string primaryDeal_;
};

} // namespace dealgraph::app
