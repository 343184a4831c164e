// The filter panel and the active-filters bar on the bundled dataset: the controls produce the
// Filter the Document applies, Reset clears it (keeping the date where it should), and the bar
// shows exactly when something is active.
#include "document/document.h"
#include "panels/filter_bar.h"
#include "panels/filter_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace dealgraph::app {
namespace {

TEST(AmountInput, ReadsSuffixesAndBillionsOfDollars) {
    EXPECT_EQ(parseAmountInput(QStringLiteral("1B"), Unit::Usd), 1e9);
    EXPECT_EQ(parseAmountInput(QStringLiteral("500M"), Unit::Usd), 5e8);
    EXPECT_EQ(parseAmountInput(QStringLiteral("2.5"), Unit::Usd), 2.5e9); // plain: billions
    EXPECT_EQ(parseAmountInput(QStringLiteral(" $1.5 bn "), Unit::Usd), 1.5e9);
    EXPECT_EQ(parseAmountInput(QStringLiteral("1,000M"), Unit::Usd), 1e9);
    EXPECT_EQ(parseAmountInput(QStringLiteral("300k"), Unit::Gpus), 3e5);
    EXPECT_EQ(parseAmountInput(QStringLiteral("10"), Unit::Gigawatts), 10.0);
    EXPECT_EQ(parseAmountInput(QStringLiteral("4.5 GW"), Unit::Gigawatts), 4.5);
    for (const char* bad : {"", "abc", "-1", "1X", "B", "1e400"})
        EXPECT_FALSE(parseAmountInput(QString::fromLatin1(bad), Unit::Usd)) << bad;
    EXPECT_EQ(amountInputText(Unit::Usd, 5e8), QStringLiteral("0.5B"));
    EXPECT_EQ(amountInputText(Unit::Gigawatts, 10), QStringLiteral("10"));
}

class FilterPanelTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(document.loadEmbedded());
        document.setAsOf(Date::ymd(2025, 9, 30));
    }

    // Types into a line edit and presses Enter, as a user would.
    static void type(QLineEdit* edit, const QString& text) {
        edit->setFocus();
        edit->selectAll();
        // keyClicks knows only ASCII keys; other scripts arrive through an input method.
        if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; }))
            QTest::keyClicks(edit, text);
        else
            edit->insert(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    Document document;
    FilterPanel panel{&document};
    FilterBar bar{&document};
};

TEST_F(FilterPanelTest, ControlsProduceTheFilterAndKeepTheDate) {
    panel.checkBox(FlowType::Money)->click();
    panel.checkBox(FlowType::Compute)->click();
    panel.checkBox(Status::Active)->click();
    panel.checkBox(Status::Signed)->click();
    panel.checkBox(DealKind::CloudContract)->click();
    panel.checkBox(EntityKind::Company)->click();
    type(panel.amountEdit(), QStringLiteral("500M"));
    type(panel.focusCombo()->lineEdit(), QStringLiteral("甲骨文")); // Oracle, by its Chinese name
    panel.stepsSpin()->setValue(2);

    const Filter& f = document.filter();
    EXPECT_EQ(f.flowTypes, (std::set<FlowType>{FlowType::Money, FlowType::Compute}));
    EXPECT_EQ(f.statuses, (std::set<Status>{Status::Active, Status::Signed}));
    EXPECT_EQ(f.dealKinds, std::set<DealKind>{DealKind::CloudContract});
    EXPECT_EQ(f.entityKinds, std::set<EntityKind>{EntityKind::Company});
    ASSERT_TRUE(f.minAmount.has_value());
    EXPECT_EQ(f.minAmount->unit, Unit::Usd);
    EXPECT_EQ(f.minAmount->value, 5e8);
    ASSERT_TRUE(f.focus.has_value());
    EXPECT_EQ(f.focus->entity, "oracle");
    EXPECT_EQ(f.focus->steps, 2);
    EXPECT_EQ(panel.focusCombo()->currentText(), QStringLiteral("Oracle"));
    ASSERT_TRUE(f.asOf.has_value());
    EXPECT_EQ(*f.asOf, Date::ymd(2025, 9, 30));
    // What the Document shows follows: only cloud contracts, all of them touching Oracle.
    ASSERT_FALSE(document.view().deals.empty());
    for (std::size_t d : document.view().deals)
        EXPECT_EQ(document.model().deals()[d].kind, DealKind::CloudContract);

    panel.resetButton()->click();
    EXPECT_TRUE(document.filter().flowTypes.empty());
    EXPECT_TRUE(document.filter().statuses.empty());
    EXPECT_FALSE(document.filter().minAmount.has_value());
    EXPECT_FALSE(document.filter().focus.has_value());
    ASSERT_TRUE(document.filter().asOf.has_value()); // the date is the time bar's
    EXPECT_EQ(*document.filter().asOf, Date::ymd(2025, 9, 30));
    EXPECT_FALSE(panel.checkBox(FlowType::Money)->isChecked());
    EXPECT_TRUE(panel.amountEdit()->text().isEmpty());
    EXPECT_TRUE(panel.focusCombo()->currentText().isEmpty());
}

TEST_F(FilterPanelTest, ABadAmountSaysSoAndChangesNothing) {
    type(panel.amountEdit(), QStringLiteral("lots"));
    EXPECT_FALSE(document.filter().minAmount.has_value());
    EXPECT_FALSE(panel.problemLabel()->isHidden());
    EXPECT_TRUE(panel.problemLabel()->text().contains(QStringLiteral("lots")));
    type(panel.amountEdit(), QStringLiteral("1B"));
    EXPECT_TRUE(panel.problemLabel()->isHidden());
    ASSERT_TRUE(document.filter().minAmount.has_value());
    EXPECT_EQ(document.filter().minAmount->value, 1e9);
}

TEST_F(FilterPanelTest, AnUnknownFocusNameSaysSo) {
    type(panel.focusCombo()->lineEdit(), QStringLiteral("Nobody Inc"));
    EXPECT_FALSE(document.filter().focus.has_value());
    EXPECT_FALSE(panel.problemLabel()->isHidden());
}

TEST_F(FilterPanelTest, ShowsAFilterSetElsewhere) {
    Filter filter = document.filter();
    filter.dealKinds = {DealKind::ChipSupply};
    filter.focus = Focus{"nvidia", 3};
    Amount min;
    min.unit = Unit::Gigawatts;
    min.value = 1;
    filter.minAmount = min;
    document.setFilter(filter);
    EXPECT_TRUE(panel.checkBox(DealKind::ChipSupply)->isChecked());
    EXPECT_FALSE(panel.checkBox(DealKind::CloudContract)->isChecked());
    EXPECT_EQ(panel.focusCombo()->currentText(), QStringLiteral("Nvidia"));
    EXPECT_EQ(panel.stepsSpin()->value(), 3);
    EXPECT_EQ(panel.amountEdit()->text(), QStringLiteral("1"));
    EXPECT_EQ(panel.unitCombo()->currentText(), QStringLiteral("GW"));
    // Reading the controls back gives the same filter.
    const Filter read = panel.filterFromControls();
    EXPECT_EQ(read.dealKinds, filter.dealKinds);
    ASSERT_TRUE(read.focus.has_value());
    EXPECT_EQ(read.focus->entity, "nvidia");
    EXPECT_EQ(read.focus->steps, 3);
    ASSERT_TRUE(read.minAmount.has_value());
    EXPECT_EQ(*read.minAmount, min);
}

TEST_F(FilterPanelTest, DescribesEveryClauseInOneLine) {
    Filter filter;
    filter.flowTypes = {FlowType::Money, FlowType::Compute};
    filter.statuses = {Status::Active};
    Amount min;
    min.value = 1e9;
    filter.minAmount = min;
    filter.focus = Focus{"openai", 2};
    filter.asOf = Date::parse("2025-01-21");
    EXPECT_EQ(describeFilter(document.model(), filter, std::nullopt),
              QStringLiteral(
                  "Money, Compute · Active · ≥ $1B · Focus: OpenAI, 2 steps · As of 2025-01-21"));
    filter = {};
    EXPECT_TRUE(describeFilter(document.model(), filter, std::nullopt).isEmpty());
    filter.dealKinds = {DealKind::CloudContract};
    filter.entityKinds = {EntityKind::Company, EntityKind::Site};
    EXPECT_EQ(describeFilter(document.model(), filter, std::nullopt),
              QStringLiteral("Cloud / compute contract · Entities: Company, Data-center site"));
    filter = {};
    filter.focus = Focus{"oracle", 1};
    EXPECT_EQ(describeFilter(document.model(), filter, Date::parse("2025")),
              QStringLiteral("Focus: Oracle, 1 step · Compared with 2025"));
}

TEST_F(FilterPanelTest, TheBarIsActiveExactlyWhileSomethingIs) {
    EXPECT_TRUE(bar.isActive()); // the as-of date of SetUp
    EXPECT_EQ(bar.label()->text(), QStringLiteral("As of 2025-09-30"));
    document.setAsOf(std::nullopt);
    EXPECT_FALSE(bar.isActive());
    EXPECT_FALSE(bar.resetButton()->isEnabled());
    EXPECT_EQ(bar.label()->text(), QStringLiteral("every deal, in its latest reported status"));

    panel.checkBox(Status::Active)->click();
    EXPECT_TRUE(bar.isActive());
    EXPECT_EQ(bar.label()->text(), QStringLiteral("Active"));
    panel.checkBox(Status::Active)->click();
    EXPECT_FALSE(bar.isActive());

    document.setCompareFrom(Date::ymd(2025, 1, 1));
    EXPECT_TRUE(bar.isActive());
    EXPECT_TRUE(bar.label()->text().contains(QStringLiteral("Compared with 2025-01-01")));

    document.setAsOf(Date::ymd(2025, 6, 1));
    panel.checkBox(FlowType::Chips)->click();
    bar.resetButton()->click();
    EXPECT_TRUE(document.filter().isEmpty()); // the date too
    EXPECT_FALSE(document.compareFrom().has_value());
    EXPECT_FALSE(bar.isActive());
    EXPECT_FALSE(panel.checkBox(FlowType::Chips)->isChecked());
}

} // namespace
} // namespace dealgraph::app
