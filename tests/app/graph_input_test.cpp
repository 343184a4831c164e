// GraphInput: boxes that hold their text in every script, one edge per flow, labels only for
// flows with amounts, and index maps back to the model.
#include "graph_test_model.h"
#include "scene/graph_input.h"

#include <QFontMetricsF>

#include <gtest/gtest.h>

using namespace dealgraph;
using namespace dealgraph::app;
using namespace dealgraph::graphtest;

namespace {

// The box the glyphs of a text cover, line by line, from the font's own metrics.
QSizeF inkSize(const QString& text, const QFont& font) {
    const QFontMetricsF metrics(font);
    qreal width = 0;
    qreal height = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRectF bounds = metrics.boundingRect(lines[i]);
        width = std::max({width, bounds.width(), metrics.horizontalAdvance(lines[i])});
        height += i + 1 < lines.size() ? metrics.lineSpacing() : bounds.height();
    }
    return {width, height};
}

} // namespace

TEST(GraphInput, EveryBoxHoldsItsTextInEveryScript) {
    std::vector<Entity> entities = {
        entity("a", "OpenAI", EntityKind::Company),
        entity("b", "Oracle", EntityKind::Company, "甲骨文"),
        entity("c", "SB Energy", EntityKind::Company, "软银能源 (SB Energy)"),
        entity("d", "Stargate UAE (G42, OpenAI, Oracle, Nvidia, Cisco, SoftBank)",
               EntityKind::JointVenture, "阿联酋星际之门"),
        entity("e", "Ägypten Ωmega ﷺ", EntityKind::Other), // accents, Greek, a wide Arabic ligature
        entity("f", "", EntityKind::Site),
    };
    const Model model("m", entities, {}, {});
    const GraphStyle style;
    const GraphInput input = buildGraphInput(model, style);
    ASSERT_EQ(input.request.nodes.size(), entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const layout::Size box = input.request.nodes[i].size;
        const EntityText& text = input.nodeText[i];
        const QSizeF name = inkSize(text.name, style.nameFont());
        EXPECT_GE(box.width, name.width() + 2 * GraphStyle::kBoxPaddingX) << i;
        EXPECT_GE(box.height, name.height() + 2 * GraphStyle::kBoxPaddingY) << i;
        if (!entities[i].names.empty()) {
            ASSERT_EQ(text.secondary, QString::fromStdString(entities[i].names.at("zh-Hans")));
            const QSizeF zh = inkSize(text.secondary, style.secondaryNameFont());
            EXPECT_GE(box.width, zh.width() + 2 * GraphStyle::kBoxPaddingX) << i;
            EXPECT_GE(box.height, name.height() + zh.height() + 2 * GraphStyle::kBoxPaddingY) << i;
        } else {
            EXPECT_TRUE(text.secondary.isEmpty());
        }
    }
    // The Chinese line makes the box taller than a one-line box of the same font.
    EXPECT_GT(input.request.nodes[1].size.height, input.request.nodes[0].size.height);
}

TEST(GraphInput, NoSecondLineWhenTheChineseNameIsTheName) {
    const Entity same = entity("x", "OpenAI", EntityKind::Company, "OpenAI");
    EXPECT_TRUE(entityText(same).secondary.isEmpty());
}

TEST(GraphInput, OneEdgePerFlowIncludingParallelFlows) {
    const Model model = smallGraphModel();
    const GraphInput input = buildGraphInput(model, GraphStyle());
    ASSERT_EQ(input.request.nodes.size(), model.entities().size()); // entities without deals too
    ASSERT_EQ(input.request.edges.size(), flowCount(model));
    ASSERT_EQ(input.edgeFlow.size(), flowCount(model));
    int openaiToOracle = 0;
    for (std::size_t e = 0; e < input.request.edges.size(); ++e) {
        const FlowRef ref = input.edgeFlow[e];
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        const layout::EdgeSpec& edge = input.request.edges[e];
        EXPECT_EQ(model.entities()[input.nodeEntity[edge.tail]].id, flow.from);
        EXPECT_EQ(model.entities()[input.nodeEntity[edge.head]].id, flow.to);
        EXPECT_EQ(input.flowEdge.at(ref), static_cast<int>(e));
        if (flow.from == "openai" && flow.to == "oracle")
            ++openaiToOracle;
    }
    EXPECT_EQ(openaiToOracle, 2); // two deals, two parallel edges
    for (std::size_t n = 0; n < input.nodeEntity.size(); ++n)
        EXPECT_EQ(input.nodeOf(input.nodeEntity[n]), static_cast<int>(n));
}

TEST(GraphInput, LabelsOnlyForFlowsWithAmounts) {
    const Model model = smallGraphModel();
    const GraphStyle style;
    const GraphInput input = buildGraphInput(model, style);
    for (std::size_t e = 0; e < input.request.edges.size(); ++e) {
        const FlowRef ref = input.edgeFlow[e];
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        const layout::Size label = input.request.edges[e].labelSize;
        if (flow.amounts.empty()) {
            EXPECT_TRUE(input.edgeLabel[e].isEmpty()) << e;
            EXPECT_EQ(label.width, 0);
            EXPECT_EQ(label.height, 0);
        } else {
            const QSizeF ink = inkSize(input.edgeLabel[e], style.amountFont());
            EXPECT_GE(label.width, ink.width() + 2 * GraphStyle::kLabelPaddingX) << e;
            EXPECT_GE(label.height, ink.height()) << e;
        }
    }
    const auto edgeOf = [&](const char* deal, std::size_t flow) {
        return static_cast<std::size_t>(input.flowEdge.at({*model.dealIndex(deal), flow}));
    };
    EXPECT_EQ(input.edgeLabel[edgeOf("openai-oracle-300b", 0)], QStringLiteral("about $300B"));
    EXPECT_EQ(input.edgeLabel[edgeOf("nvidia-openai", 0)],
              QStringLiteral("up to $100B \u00b7 10 GW"));
}

TEST(GraphInput, EmptyModelGivesAnEmptyRequest) {
    const GraphInput input = buildGraphInput(Model(), GraphStyle());
    EXPECT_TRUE(input.request.nodes.empty());
    EXPECT_TRUE(input.request.edges.empty());
}

TEST(GraphInputLongNames, BoxesShowTheStartOfVeryLongNames) {
    Entity entity;
    entity.id = "long";
    entity.name = std::string(20000, 'x');
    entity.names["zh-Hans"] = "甲骨文";
    const EntityText text = entityText(entity);
    EXPECT_EQ(text.name.size(), 60);
    EXPECT_TRUE(text.name.endsWith(QChar(0x2026)));
    EXPECT_EQ(text.secondary, QStringLiteral("甲骨文")) << "short names are left whole";
    const QSizeF box = entityBoxSize(text, GraphStyle::light());
    EXPECT_LT(box.width(), 800) << "a box, not a line across the slide";
}

TEST(GraphInput, LongNamesTakeTwoBalancedLines) {
    EXPECT_EQ(wrappedName(QStringLiteral("OpenAI")), QStringLiteral("OpenAI"));
    EXPECT_EQ(wrappedName(QStringLiteral("Abu Dhabi sovereign fund")),
              QStringLiteral("Abu Dhabi\nsovereign fund"));
    EXPECT_EQ(wrappedName(QStringLiteral("Stargate / Mercury supercomputer (2024 plan)")),
              QStringLiteral("Stargate / Mercury\nsupercomputer (2024 plan)"));
    // No space to break at: one line, as it was.
    EXPECT_EQ(wrappedName(QStringLiteral("Supercalifragilisticexpialidocious")),
              QStringLiteral("Supercalifragilisticexpialidocious"));
    // The box of a wrapped name is narrower than the one-line name and holds both lines.
    const GraphStyle style;
    Entity entity;
    entity.name = "Stargate / Mercury supercomputer (2024 plan)";
    const QSizeF box = entityBoxSize(entityText(entity, false), style);
    EXPECT_LT(box.width(),
              textExtent(QString::fromStdString(entity.name), style.nameFont()).width());
    EXPECT_GE(box.height(), 2 * QFontMetricsF(style.nameFont()).height());
}

TEST(GraphInput, HubsAreWideEnoughForTheirFlowsToSpreadAlongTheBorder) {
    std::vector<Entity> entities = {entity("hub", "Hub", EntityKind::Company)};
    std::vector<Deal> deals;
    for (int i = 0; i < 40; ++i) {
        // Appended, not "p" + to_string: GCC 12 warns (-Wrestrict) about the latter.
        std::string id = "p";
        id += std::to_string(i);
        std::string dealId = "d";
        dealId += std::to_string(i);
        entities.push_back(entity(id, "P", EntityKind::Company));
        deals.push_back(deal(dealId, DealKind::Other, {flow(id, "hub", FlowType::Services)},
                             Status::Active, "2025"));
    }
    const Model model("m", entities, {}, deals);
    const GraphStyle style;
    const GraphInput input = buildGraphInput(model, style);
    const qreal hub = input.request.nodes[0].size.width;
    const qreal leaf = input.request.nodes[1].size.width;
    // Forty flows: twenty a side, each a third of a name-height apart or more.
    EXPECT_GE(hub, 20 * 0.33 * style.nameFont().pixelSize());
    // A partner with one flow keeps the box its name needs.
    EXPECT_EQ(leaf, entityBoxSize(input.nodeText[1], style).width());
    EXPECT_LT(leaf, hub / 3);
}
