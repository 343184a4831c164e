// The bundled dataset over time, on a real layout: entities stay put while the date moves,
// deals take their status of the date, summed bundles, comparison tags, a highlighted cycle,
// totals discs, and slides at two dates that frame the graph alike.
#include "document/document.h"
#include "export/exporter.h"
#include "scene/bundle_item.h"
#include "scene/change_badge_item.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene/legend.h"
#include "scene_support.h"

#include "dealgraph/bundles.h"
#include "dealgraph/timeline.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <memory>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

Date day(const char* text) {
    return *Date::parse(text);
}

class BundledDatasetScene : public ::testing::Test {
protected:
    void SetUp() override {
        scene = std::make_unique<GraphScene>(&document);
        scenetest::useLayoutWorker(*scene);
        QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);
        ASSERT_TRUE(document.loadEmbedded());
        ASSERT_TRUE(scenetest::waitForLayout(*scene, finished));
    }

    std::map<std::string, QPointF> positions() const {
        std::map<std::string, QPointF> result;
        for (const Entity& entity : document.model().entities())
            result[entity.id] = scene->entityItem(entity.id)->pos();
        return result;
    }

    FlowItem* flow(const char* deal, int index = 0) const {
        FlowItem* item = scene->flowItem(deal, index);
        EXPECT_NE(item, nullptr) << deal;
        return item;
    }

    std::vector<BundleItem*> shownBundles() const {
        std::vector<BundleItem*> shown;
        for (BundleItem* bundle : scene->bundleItems())
            if (bundle->isVisible())
                shown.push_back(bundle);
        return shown;
    }

    Document document; // declared first: outlives the scene
    std::unique_ptr<GraphScene> scene;
};

} // namespace

TEST_F(BundledDatasetScene, EntitiesStayPutWhileTheDatePlaysThrough) {
    const auto before = positions();
    QSignalSpy started(scene.get(), &GraphScene::layoutStarted);
    std::size_t previousFlows = 0;
    for (const Date& date : eventDates(document.model())) {
        document.setAsOf(date);
        EXPECT_EQ(positions(), before) << date.toString();
        // Deals only accumulate on record; none vanishes as time goes on.
        EXPECT_GE(document.view().flows.size(), previousFlows) << date.toString();
        previousFlows = document.view().flows.size();
    }
    document.setAsOf(std::nullopt);
    EXPECT_EQ(positions(), before);
    EXPECT_EQ(started.count(), 0) << "a date change must never lay the graph out again";
}

TEST_F(BundledDatasetScene, DealsAppearAndTakeTheStatusOfTheDate) {
    document.setAsOf(day("2025-01-20"));
    EXPECT_FALSE(flow("openai-oracle-300b")->isVisible()); // signed 2025-09
    EXPECT_TRUE(flow("microsoft-openai-cloud-exclusivity")->isVisible());
    EXPECT_EQ(flow("microsoft-openai-cloud-exclusivity")->status(), Status::Active);
    EXPECT_FALSE(flow("stargate-jv")->isVisible());

    document.setAsOf(day("2025-01-21"));
    EXPECT_EQ(flow("microsoft-openai-cloud-exclusivity")->status(), Status::Superseded);
    EXPECT_TRUE(flow("stargate-jv")->isVisible());
    EXPECT_EQ(flow("stargate-jv")->status(), Status::Announced);

    document.setAsOf(std::nullopt); // latest: Stargate abandoned as a joint venture in 2026
    EXPECT_EQ(flow("stargate-jv")->status(), Status::Abandoned);
    EXPECT_TRUE(flow("openai-oracle-300b")->isVisible());
    EXPECT_EQ(flow("openai-oracle-300b")->status(), Status::Signed);
}

TEST_F(BundledDatasetScene, SummedModeDrawsOneCurvePerPairAndTypeWithItsTotal) {
    QSignalSpy started(scene.get(), &GraphScene::layoutStarted);
    EXPECT_TRUE(scene->bundleItems().empty()) << "summed items are made when first needed";
    document.setDisplayOptions({true, false});
    for (const auto& deal : document.model().deals())
        for (int f = 0; f < static_cast<int>(deal.flows.size()); ++f)
            EXPECT_FALSE(scene->flowItem(deal.id, f)->isVisible()) << deal.id;
    const auto expected = bundleFlows(document.model(), document.view());
    EXPECT_EQ(shownBundles().size(), expected.size());
    EXPECT_LT(expected.size(), document.view().flows.size());

    // OpenAI pays Oracle in four deals; the two that stand with an amount sum to about $300B.
    const auto openai = *document.model().entityIndex("openai");
    const auto oracle = *document.model().entityIndex("oracle");
    BundleItem* toOracle = nullptr;
    for (BundleItem* bundle : shownBundles())
        if (bundle->ends().from == "openai" && bundle->ends().to == "oracle" &&
            bundle->flowType() == FlowType::Money)
            toOracle = bundle;
    ASSERT_NE(toOracle, nullptr);
    const auto found = std::find_if(expected.begin(), expected.end(), [&](const FlowBundle& b) {
        return b.from == openai && b.to == oracle && b.type == FlowType::Money;
    });
    ASSERT_NE(found, expected.end());
    EXPECT_EQ(toOracle->memberFlows(), found->flows);
    ASSERT_NE(toOracle->label(), nullptr);
    EXPECT_TRUE(toOracle->label()->text().contains(QStringLiteral("$300B")))
        << toOracle->label()->text().toStdString();
    EXPECT_TRUE(
        toOracle->label()->text().contains(QStringLiteral("%1 deals").arg(found->flows.size())));
    EXPECT_EQ(toOracle->primaryDeal(), "openai-oracle-300b"); // the biggest that stands
    EXPECT_TRUE(scene->toolTipFor(toOracle).contains(QStringLiteral("OpenAI buys $300B")));

    // A click on the bundle opens its biggest deal; the selection lights the bundle.
    toOracle->pressed();
    EXPECT_EQ(document.selection().dealId(), "openai-oracle-300b");
    EXPECT_EQ(toOracle->selectionState(), FlowSelection::Selected);

    // Bundles follow the date: before September 2025 there is no $300B in it.
    document.setAsOf(day("2025-06-30"));
    if (toOracle->isVisible()) {
        EXPECT_FALSE(toOracle->label()->text().contains(QStringLiteral("$300B")));
    }
    document.setAsOf(std::nullopt);
    document.setDisplayOptions({false, false});
    EXPECT_TRUE(shownBundles().empty());
    EXPECT_TRUE(flow("openai-oracle-300b")->isVisible());
    EXPECT_EQ(started.count(), 0) << "switching modes must not lay the graph out again";
}

TEST_F(BundledDatasetScene, ComparisonTagsWhatChangedAndDimsTheRest) {
    document.setAsOf(std::nullopt);
    document.setCompareFrom(day("2025-01-21"));
    ASSERT_FALSE(document.changes().empty());
    // Each changed deal has exactly one tag, of its kind; unchanged deals have none and fade.
    for (const Deal& deal : document.model().deals()) {
        const auto index = *document.model().dealIndex(deal.id);
        const auto change = document.changeOf(index);
        int tags = 0;
        for (FlowItem* item : scene->flowItemsOfDeal(deal.id))
            if (ChangeBadgeItem* badge = scene->changeBadgeOf(item)) {
                ++tags;
                ASSERT_TRUE(change) << deal.id;
                EXPECT_EQ(badge->kind(), *change) << deal.id;
            }
        if (change && document.view().containsDeal(index)) {
            EXPECT_EQ(tags, 1) << deal.id;
        } else {
            EXPECT_EQ(tags, 0) << deal.id;
            for (FlowItem* item : scene->flowItemsOfDeal(deal.id))
                EXPECT_EQ(item->emphasis(), Emphasis::Dimmed) << deal.id;
        }
    }
    const auto stargate = *document.model().dealIndex("stargate-jv");
    EXPECT_EQ(document.changeOf(stargate), ChangeKind::Ended);
    const auto oracle300 = *document.model().dealIndex("openai-oracle-300b");
    EXPECT_EQ(document.changeOf(oracle300), ChangeKind::Appeared);
    EXPECT_EQ(flow("openai-oracle-300b")->emphasis(), Emphasis::Normal);

    document.setCompareFrom(std::nullopt);
    for (const Deal& deal : document.model().deals())
        for (FlowItem* item : scene->flowItemsOfDeal(deal.id)) {
            EXPECT_EQ(scene->changeBadgeOf(item), nullptr);
            EXPECT_EQ(item->emphasis(), Emphasis::Normal);
        }
}

TEST_F(BundledDatasetScene, AHighlightedCycleStaysLitAndTheRestFades) {
    const auto cycles = findCycles(document.model(), document.view());
    const auto loop = std::find_if(cycles.begin(), cycles.end(), [&](const Cycle& cycle) {
        return describeCycle(document.model(), cycle) == "OpenAI → Oracle → Nvidia → OpenAI";
    });
    ASSERT_NE(loop, cycles.end());
    Highlight highlight;
    highlight.entities.insert(loop->entities.begin(), loop->entities.end());
    for (const auto& hop : loop->hops)
        highlight.flows.insert(hop.begin(), hop.end());
    document.setHighlight(highlight);

    EXPECT_EQ(flow("oracle-nvidia-gpus")->emphasis(), Emphasis::Highlighted);
    EXPECT_EQ(flow("nvidia-openai-100b")->emphasis(), Emphasis::Highlighted);
    EXPECT_EQ(flow("openai-microsoft-azure")->emphasis(), Emphasis::Dimmed);
    EXPECT_EQ(scene->entityItem("nvidia")->emphasis(), Emphasis::Highlighted);
    EXPECT_EQ(scene->entityItem("microsoft")->emphasis(), Emphasis::Dimmed);

    // Summed, the loop's bundles are lit instead.
    document.setDisplayOptions({true, false});
    int lit = 0;
    for (BundleItem* bundle : shownBundles())
        lit += bundle->emphasis() == Emphasis::Highlighted;
    EXPECT_EQ(lit, 3); // OpenAI → Oracle, Oracle → Nvidia, Nvidia → OpenAI (money)

    document.setHighlight({});
    EXPECT_EQ(scene->entityItem("microsoft")->emphasis(), Emphasis::Normal);
}

TEST_F(BundledDatasetScene, TotalsDiscsHaveAreasInProportionToMoney) {
    EXPECT_EQ(scene->totalsDiscRadius("openai"), 0);
    document.setDisplayOptions({false, true});
    const View& view = document.view();
    auto money = [&](const char* id) {
        const Totals totals = totalsFor(document.model(), view, id);
        const auto found = totals.find({FlowType::Money, Unit::Usd});
        return found == totals.end() ? 0.0 : found->second.in / 2 + found->second.out / 2;
    };
    const double openai = money("openai");
    const double oracle = money("oracle");
    ASSERT_GT(openai, 0);
    ASSERT_GT(oracle, 0);
    const qreal rOpenai = scene->totalsDiscRadius("openai");
    const qreal rOracle = scene->totalsDiscRadius("oracle");
    ASSERT_GT(rOracle, 0);
    EXPECT_NEAR(rOpenai * rOpenai / (rOracle * rOracle), openai / oracle, 1e-6);
    EXPECT_EQ(scene->totalsDiscRadius("arm"), 0); // equity only: no money

    // They follow the date: before Oracle's deals Oracle moved far less money.
    document.setAsOf(day("2025-01-21"));
    EXPECT_LT(scene->totalsDiscRadius("oracle") / scene->totalsDiscRadius("openai"),
              rOracle / rOpenai);
}

TEST_F(BundledDatasetScene, SlidesAtTwoDatesFrameTheGraphAlike) {
    ExportOptions options;
    document.setAsOf(day("2025-01-21"));
    const Slide early = composeSlide(*scene, document, options, QRectF());
    document.setAsOf(day("2026-11-22"));
    const Slide late = composeSlide(*scene, document, options, QRectF());
    EXPECT_EQ(early.source, late.source);
    EXPECT_NE(early.text.dateStamp, late.text.dateStamp);
    // Fewer flow types in January 2025 (no chips yet), but the same room for the legend.
    EXPECT_LT(early.legendContent.flowTypes.size(), late.legendContent.flowTypes.size());
    EXPECT_EQ(early.legendRoom.flowTypes, late.legendRoom.flowTypes);
    EXPECT_EQ(early.legendRoom.statuses, late.legendRoom.statuses);
    // Every entity of either date lies inside the shared frame.
    for (const Entity& entity : document.model().entities())
        EXPECT_TRUE(early.source.contains(scene->entityItem(entity.id)->sceneBoundingRect()))
            << entity.id;
}

TEST_F(BundledDatasetScene, TheLegendStripKeepsItsSizeWhileTheDateMoves) {
    LegendWidget legend(&document);
    legend.setLegendLayout(LegendLayout::Rows);
    const int latest = legend.heightForWidth(700);
    ASSERT_GT(latest, 0);
    for (const Date& date : eventDates(document.model())) {
        document.setAsOf(date);
        EXPECT_EQ(legend.heightForWidth(700), latest) << date.toString();
    }
    // Nor do its entries move: while the date moves (Play) it is the key of every date, chips
    // included before Oracle's GPUs are on record, so no entry jumps when a type appears.
    document.setAsOf(day("2025-01-21"));
    const auto& types = legend.content().flowTypes;
    EXPECT_EQ(std::count(types.begin(), types.end(), FlowType::Chips), 1);
}
