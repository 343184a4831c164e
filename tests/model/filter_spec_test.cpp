#include "dealgraph/filter_spec.h"

#include <gtest/gtest.h>

using namespace dealgraph;

TEST(FilterSpec, ReadsEachKey) {
    Filter filter;
    std::string error;
    ASSERT_TRUE(addFilterClause("flow=money,compute", filter, &error)) << error;
    ASSERT_TRUE(addFilterClause("kind=cloud-contract", filter, &error)) << error;
    ASSERT_TRUE(addFilterClause("status=active,on-hold", filter, &error)) << error;
    ASSERT_TRUE(addFilterClause("entity=company,site", filter, &error)) << error;
    ASSERT_TRUE(addFilterClause("min=usd:1e9", filter, &error)) << error;
    EXPECT_EQ(filter.flowTypes, (std::set<FlowType>{FlowType::Money, FlowType::Compute}));
    EXPECT_EQ(filter.dealKinds, (std::set<DealKind>{DealKind::CloudContract}));
    EXPECT_EQ(filter.statuses, (std::set<Status>{Status::Active, Status::OnHold}));
    EXPECT_EQ(filter.entityKinds, (std::set<EntityKind>{EntityKind::Company, EntityKind::Site}));
    ASSERT_TRUE(filter.minAmount);
    EXPECT_EQ(filter.minAmount->unit, Unit::Usd);
    EXPECT_EQ(filter.minAmount->value, 1e9);
}

TEST(FilterSpec, RepeatedClausesAddUp) {
    Filter filter;
    ASSERT_TRUE(addFilterClause("flow=money", filter, nullptr));
    ASSERT_TRUE(addFilterClause("flow=chips", filter, nullptr));
    EXPECT_EQ(filter.flowTypes.size(), 2u);
}

TEST(FilterSpec, RefusesWithAReasonThatNamesTheChoices) {
    Filter filter;
    std::string error;
    EXPECT_FALSE(addFilterClause("flow=cash", filter, &error));
    EXPECT_NE(error.find("unknown flow type \"cash\""), std::string::npos) << error;
    EXPECT_NE(error.find("money"), std::string::npos);
    EXPECT_FALSE(addFilterClause("colour=red", filter, &error));
    EXPECT_NE(error.find("unknown filter key \"colour\""), std::string::npos) << error;
    EXPECT_FALSE(addFilterClause("flow", filter, &error));
    EXPECT_NE(error.find("KEY=VALUE"), std::string::npos) << error;
    for (const char* bad : {"min=1e9", "min=eur:5", "min=usd:-1", "min=usd:lots", "min=usd:"})
        EXPECT_FALSE(addFilterClause(bad, filter, &error)) << bad;
    EXPECT_TRUE(filter.isEmpty()) << "a refused clause changes nothing";
}

TEST(FilterSpec, ReadsFocusWithOptionalSteps) {
    Focus focus;
    ASSERT_TRUE(parseFocus("openai", focus, nullptr));
    EXPECT_EQ(focus.entity, "openai");
    EXPECT_EQ(focus.steps, 1);
    ASSERT_TRUE(parseFocus("openai:3", focus, nullptr));
    EXPECT_EQ(focus.steps, 3);
    ASSERT_TRUE(parseFocus("ns:acme", focus, nullptr)) << "ids may contain ':'";
    EXPECT_EQ(focus.entity, "ns:acme");
    EXPECT_EQ(focus.steps, 1);
    std::string error;
    EXPECT_FALSE(parseFocus("openai:11", focus, &error));
    EXPECT_FALSE(parseFocus(":2", focus, &error));
}
