// Engine names, the default engine thresholds, and the worker's JSON protocol.
#include "layout_test_support.h"

#include <gtest/gtest.h>

namespace dealgraph::layout {
namespace {

using namespace testing;

TEST(Engine, NamesRoundTrip) {
    for (Engine e :
         {Engine::Dot, Engine::Neato, Engine::Fdp, Engine::Sfdp, Engine::Circo, Engine::Twopi}) {
        EXPECT_EQ(engineFromString(toString(e)), e);
    }
    EXPECT_EQ(toString(Engine::Sfdp), "sfdp");
    EXPECT_FALSE(engineFromString("Dot")); // case-sensitive JSON spelling
    EXPECT_FALSE(engineFromString(""));
    EXPECT_FALSE(engineFromString("osage"));
    EXPECT_FALSE(engineFromString(toString(static_cast<Engine>(42))));
}

TEST(Engine, DefaultIsDotForSmallSparseGraphsAndSfdpOtherwise) {
    EXPECT_EQ(defaultEngineFor(0, 0), Engine::Dot);
    EXPECT_EQ(defaultEngineFor(1, 0), Engine::Dot);
    EXPECT_EQ(defaultEngineFor(120, 250), Engine::Dot);
    EXPECT_EQ(defaultEngineFor(32, 87), Engine::Dot); // the bundled dataset
    EXPECT_EQ(defaultEngineFor(200, 599), Engine::Dot);
    EXPECT_EQ(defaultEngineFor(250, 601), Engine::Sfdp); // more edges than dot gets
    EXPECT_EQ(defaultEngineFor(100, 300), Engine::Sfdp); // dense: 3 edges per node
    // Density counts only for graphs big enough to be slow: a folded slide of 14 boxes and 86
    // flows is dense, and dot lays it out in 0.04 s.
    EXPECT_EQ(defaultEngineFor(10, 30), Engine::Dot);
    EXPECT_EQ(defaultEngineFor(14, 86), Engine::Dot);
    EXPECT_EQ(defaultEngineFor(50, 160), Engine::Dot);
    EXPECT_EQ(defaultEngineFor(50, 161), Engine::Sfdp);
    EXPECT_EQ(defaultEngineFor(40, 300), Engine::Sfdp); // 11 s with dot
    EXPECT_EQ(defaultEngineFor(301, 0), Engine::Sfdp); // too many nodes for dot
    EXPECT_EQ(defaultEngineFor(5000, 6000), Engine::Sfdp);
}

LayoutRequest richRequest() {
    LayoutRequest request = sampleRequest(Engine::Fdp);
    request.leftToRight = false;
    request.nodeSeparation = 12.5;
    request.rankSeparation = 40.25;
    request.frameAspect = 1.7778;
    request.nodes[2].pinned = Point{-17.125, 300.5};
    request.edges[1].weight = 3.5;
    return request;
}

void expectSameRequest(const LayoutRequest& a, const LayoutRequest& b) {
    EXPECT_EQ(a.engine, b.engine);
    EXPECT_EQ(a.leftToRight, b.leftToRight);
    EXPECT_EQ(a.nodeSeparation, b.nodeSeparation);
    EXPECT_EQ(a.rankSeparation, b.rankSeparation);
    EXPECT_EQ(a.frameAspect, b.frameAspect);
    ASSERT_EQ(a.nodes.size(), b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        EXPECT_EQ(a.nodes[i].size.width, b.nodes[i].size.width);
        EXPECT_EQ(a.nodes[i].size.height, b.nodes[i].size.height);
        ASSERT_EQ(a.nodes[i].pinned.has_value(), b.nodes[i].pinned.has_value());
        if (a.nodes[i].pinned) {
            EXPECT_EQ(a.nodes[i].pinned->x, b.nodes[i].pinned->x);
            EXPECT_EQ(a.nodes[i].pinned->y, b.nodes[i].pinned->y);
        }
    }
    ASSERT_EQ(a.edges.size(), b.edges.size());
    for (std::size_t i = 0; i < a.edges.size(); ++i) {
        EXPECT_EQ(a.edges[i].tail, b.edges[i].tail);
        EXPECT_EQ(a.edges[i].head, b.edges[i].head);
        EXPECT_EQ(a.edges[i].labelSize.width, b.edges[i].labelSize.width);
        EXPECT_EQ(a.edges[i].labelSize.height, b.edges[i].labelSize.height);
        EXPECT_EQ(a.edges[i].weight, b.edges[i].weight);
    }
}

TEST(Protocol, RequestRoundTrips) {
    const LayoutRequest request = richRequest();
    std::string error;
    const auto parsed = requestFromJson(requestToJson(request), &error);
    ASSERT_TRUE(parsed) << error;
    expectSameRequest(request, *parsed);
}

TEST(Protocol, OutcomeRoundTripsExactly) {
    const LayoutRequest request = sampleRequest(Engine::Dot);
    const LayoutOutcome outcome = layoutInProcess(request);
    ASSERT_TRUE(outcome.result) << outcome.error;
    const LayoutOutcome back = outcomeFromJson(outcomeToJson(outcome));
    ASSERT_TRUE(back.result) << back.error;
    const LayoutResult& a = *outcome.result;
    const LayoutResult& b = *back.result;
    EXPECT_EQ(a.bounds.width, b.bounds.width);
    EXPECT_EQ(a.bounds.height, b.bounds.height);
    ASSERT_EQ(a.nodes.size(), b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        EXPECT_EQ(a.nodes[i].centre.x, b.nodes[i].centre.x);
        EXPECT_EQ(a.nodes[i].centre.y, b.nodes[i].centre.y);
        EXPECT_EQ(a.nodes[i].size.width, b.nodes[i].size.width);
        EXPECT_EQ(a.nodes[i].size.height, b.nodes[i].size.height);
    }
    ASSERT_EQ(a.edges.size(), b.edges.size());
    for (std::size_t i = 0; i < a.edges.size(); ++i) {
        ASSERT_EQ(a.edges[i].curve.size(), b.edges[i].curve.size());
        for (std::size_t k = 0; k < a.edges[i].curve.size(); ++k) {
            EXPECT_EQ(a.edges[i].curve[k].x, b.edges[i].curve[k].x);
            EXPECT_EQ(a.edges[i].curve[k].y, b.edges[i].curve[k].y);
        }
        EXPECT_EQ(a.edges[i].headArrow.present, b.edges[i].headArrow.present);
        EXPECT_EQ(a.edges[i].headArrow.tip.x, b.edges[i].headArrow.tip.x);
        EXPECT_EQ(a.edges[i].tailArrow.present, b.edges[i].tailArrow.present);
        ASSERT_EQ(a.edges[i].labelCentre.has_value(), b.edges[i].labelCentre.has_value());
        if (a.edges[i].labelCentre) {
            EXPECT_EQ(a.edges[i].labelCentre->x, b.edges[i].labelCentre->x);
            EXPECT_EQ(a.edges[i].labelCentre->y, b.edges[i].labelCentre->y);
        }
    }
}

TEST(Protocol, ErrorOutcomeRoundTrips) {
    const LayoutOutcome back = outcomeFromJson(outcomeToJson({std::nullopt, "it broke: \"x\"\n"}));
    EXPECT_FALSE(back.result);
    EXPECT_EQ(back.error, "it broke: \"x\"\n");
}

TEST(Protocol, MalformedRequestsAreRejectedWithAReason) {
    const char* const bad[] = {
        "",
        "{",
        "[]",
        "null",
        R"({"nodes":[],"edges":[]})",                           // no engine
        R"({"engine":"graphviz","nodes":[],"edges":[]})",       // unknown engine
        R"({"engine":"dot","nodes":{},"edges":[]})",            // nodes not an array
        R"({"engine":"dot","nodes":[{"width":1}],"edges":[]})", // no height
        R"({"engine":"dot","nodes":[{"width":"1","height":2}],"edges":[]})",
        R"({"engine":"dot","nodes":[{"width":-1,"height":2}],"edges":[]})",
        R"({"engine":"dot","nodes":[{"width":1,"height":2}],"edges":[{"tail":0,"head":1}]})",
        R"({"engine":"dot","nodes":[{"width":1,"height":2}],"edges":[{"tail":0.5,"head":0}]})",
        R"({"engine":"dot","nodes":[{"width":1,"height":2}],"edges":[{"tail":-1,"head":0}]})",
        R"({"engine":"dot","nodes":[{"width":1,"height":2,"pinned":[1]}],"edges":[]})",
        R"({"engine":"dot","leftToRight":"yes","nodes":[],"edges":[]})",
    };
    for (const char* text : bad) {
        std::string error;
        EXPECT_FALSE(requestFromJson(text, &error)) << text;
        EXPECT_FALSE(error.empty()) << text;
    }
    EXPECT_FALSE(requestFromJson("{", nullptr)); // the error text is optional
}

TEST(Protocol, OptionalRequestMembersTakeTheirDefaults) {
    std::string error;
    const auto request = requestFromJson(
        R"({"engine":"sfdp","nodes":[{"width":10,"height":5}],"edges":[{"tail":0,"head":0}]})",
        &error);
    ASSERT_TRUE(request) << error;
    EXPECT_EQ(request->engine, Engine::Sfdp);
    EXPECT_TRUE(request->leftToRight);
    EXPECT_EQ(request->nodeSeparation, LayoutRequest{}.nodeSeparation);
    EXPECT_FALSE(request->nodes[0].pinned);
    EXPECT_EQ(request->edges[0].weight, 1);
    EXPECT_EQ(request->edges[0].labelSize.width, 0);
}

TEST(Protocol, GarbageOutcomesBecomeErrors) {
    for (const char* text :
         {"", "Segmentation fault", "{}", R"({"result":{}})",
          R"({"result":{"bounds":{"width":1,"height":1},"nodes":[],"edges":[{"curve":[1,2,3]}]}})",
          R"({"error":42})"}) {
        const LayoutOutcome outcome = outcomeFromJson(text);
        EXPECT_FALSE(outcome.result) << text;
        EXPECT_FALSE(outcome.error.empty()) << text;
    }
}

} // namespace
} // namespace dealgraph::layout
