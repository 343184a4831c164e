// Adding amounts never says more or less than the members did (docs/format.md, "Adding amounts").
#include "dealgraph/amount_sum.h"
#include "dealgraph/bundles.h"
#include "dealgraph/load.h"
#include "dealgraph/query.h"

#include <gtest/gtest.h>

#include <cmath>
#include <initializer_list>
#include <string>

using namespace dealgraph;

namespace {
Amount usd(double value, Qualifier q = Qualifier::Exact, double max = 0) {
    Amount a;
    a.unit = Unit::Usd;
    a.qualifier = q;
    a.value = value;
    a.max = max;
    return a;
}
Amount exact(double b) {
    return usd(b * 1e9);
}
Amount about(double b) {
    return usd(b * 1e9, Qualifier::About);
}
Amount upTo(double b) {
    return usd(b * 1e9, Qualifier::UpTo);
}
Amount atLeast(double b) {
    return usd(b * 1e9, Qualifier::AtLeast);
}
Amount range(double lo, double hi) {
    return usd(lo * 1e9, Qualifier::Range, hi * 1e9);
}

std::string sum(std::initializer_list<Amount> members, int unknown = 0) {
    AmountSum total(Unit::Usd);
    for (const Amount& a : members)
        EXPECT_TRUE(total.add(a));
    for (int i = 0; i < unknown; ++i)
        total.addUnknown();
    return humanize(total);
}
} // namespace

// Every pair of qualifiers, in both orders where order could matter.
TEST(AmountSum, ExactWithEach) {
    EXPECT_EQ(sum({exact(10), exact(3)}), "$13B");
    EXPECT_EQ(sum({exact(10), about(3)}), "about $13B");
    EXPECT_EQ(sum({exact(10), upTo(100)}), "up to $110B");
    EXPECT_EQ(sum({exact(10), atLeast(13)}), "at least $23B");
    EXPECT_EQ(sum({exact(10), range(4, 5)}), "$14B–15B");
}

TEST(AmountSum, AboutWithEach) {
    EXPECT_EQ(sum({about(300), about(50)}), "about $350B");
    EXPECT_EQ(sum({about(300), upTo(100)}), "up to about $400B");
    EXPECT_EQ(sum({about(300), atLeast(13)}), "at least about $313B");
    EXPECT_EQ(sum({about(300), range(4, 5)}), "about $304B–305B");
}

TEST(AmountSum, UpToWithEach) {
    EXPECT_EQ(sum({upTo(100), upTo(10)}), "up to $110B");
    // Mixed bounds: the floor is what the "at least" member guarantees; no ceiling is known.
    EXPECT_EQ(sum({upTo(100), atLeast(13)}), "at least $13B");
    EXPECT_EQ(sum({upTo(100), range(4, 5)}), "up to $105B");
}

TEST(AmountSum, AtLeastWithEach) {
    EXPECT_EQ(sum({atLeast(13), atLeast(2)}), "at least $15B");
    EXPECT_EQ(sum({atLeast(13), range(4, 5)}), "at least $17B");
}

TEST(AmountSum, RangesAddAsRanges) {
    EXPECT_EQ(sum({range(4, 5), range(1, 2)}), "$5B–7B");
    EXPECT_EQ(sum({range(4, 5), range(1, 2)}).find("about"), std::string::npos);
}

TEST(AmountSum, OneMemberSaysWhatItSaid) {
    EXPECT_EQ(sum({upTo(100)}), "up to $100B");
    EXPECT_EQ(sum({atLeast(13)}), "at least $13B");
    EXPECT_EQ(sum({range(4, 5)}), "$4B–5B");
    EXPECT_EQ(sum({about(300)}), "about $300B");
    EXPECT_EQ(sum({exact(6.6)}), "$6.6B");
}

TEST(AmountSum, AMemberWithoutAnAmountMakesAFloor) {
    EXPECT_EQ(sum({exact(13)}, 1), "at least $13B");
    EXPECT_EQ(sum({about(300)}, 1), "at least about $300B");
    EXPECT_EQ(sum({range(4, 5)}, 1), "at least $4B");
    // Only a ceiling is known: say it, and that more may come.
    EXPECT_EQ(sum({upTo(100)}, 1), "up to $100B + ?");
}

TEST(AmountSum, RefusesAnotherUnit) {
    AmountSum total(Unit::Usd);
    Amount gw;
    gw.unit = Unit::Gigawatts;
    gw.value = 10;
    EXPECT_FALSE(total.add(gw));
    EXPECT_TRUE(total.empty());
}

TEST(AmountSum, NominalIsForWidthsOnly) {
    AmountSum total(Unit::Usd);
    total.add(range(4, 6));
    total.add(upTo(100));
    EXPECT_DOUBLE_EQ(total.nominal(), 105e9);
    EXPECT_EQ(total.reading().qualifier, Qualifier::UpTo);
    EXPECT_DOUBLE_EQ(total.reading().value, 106e9);
}

TEST(AmountSum, SaturatesInsteadOfInfinity) {
    AmountSum total(Unit::Usd);
    total.add(usd(1.7e308));
    total.add(usd(1.7e308));
    EXPECT_TRUE(std::isfinite(total.reading().value));
}

// The summed slide of the bundled dataset: Nvidia's "up to $100B" and Microsoft's "at least
// $13B" keep their qualifiers (they read "about" before).
TEST(AmountSum, BundledDatasetKeepsItsQualifiers) {
    const LoadResult loaded = loadModelFromFile(DEALGRAPH_DATASET);
    ASSERT_TRUE(loaded.model) << DEALGRAPH_DATASET;
    const Model& model = *loaded.model;
    const View view = wholeModel(model);
    auto label = [&](std::string_view from, std::string_view to) {
        for (const FlowBundle& bundle : bundleFlows(model, view))
            if (bundle.from == *model.entityIndex(from) && bundle.to == *model.entityIndex(to) &&
                bundle.type == FlowType::Money && bundle.total.count(Unit::Usd))
                return humanize(bundle.total.at(Unit::Usd));
        return std::string("(none)");
    };
    EXPECT_EQ(label("nvidia", "openai"), "up to $100B");
    EXPECT_EQ(label("microsoft", "openai").rfind("at least $13B", 0), 0u)
        << label("microsoft", "openai");
}
