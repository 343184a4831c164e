// The bundled dataset as its readers meet it: Stargate's $500B in the deal table and on its box,
// an amount for every deal that has one, reader-facing sources (no file names, language names
// rather than codes), and in the Chinese interface every deal's title, notes and sources in
// Chinese.
#include "document/document.h"
#include "document/model_text.h"
#include "panels/deal_table_model.h"
#include "panels/details_html.h"
#include "scene/graph_input.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

class DatasetReading : public ::testing::Test {
protected:
    void SetUp() override {
        setNameLanguage({});
        ASSERT_TRUE(document.loadEmbedded());
    }
    void TearDown() override { setNameLanguage({}); }

    QString dealDetails(const char* id) {
        const DetailsContext context{document.model(), document.view(), document.filter()};
        return dealHtml(context, *document.model().deal(id), -1);
    }
    QString cell(const DealTableModel& table, const char* id, int column) {
        const auto row = document.model().dealIndex(id);
        return table.data(table.index(static_cast<int>(*row), column)).toString();
    }

    Document document;
};

} // namespace

TEST_F(DatasetReading, TheHeadlineIsInTheTableTheDetailsAndOnTheBox) {
    DealTableModel table(&document);
    ASSERT_EQ(table.rowCount(), static_cast<int>(document.model().deals().size()));
    EXPECT_EQ(cell(table, "stargate-jv", DealTableModel::AmountColumn), QStringLiteral("$500B"));
    EXPECT_TRUE(dealDetails("stargate-jv").contains(QStringLiteral("$500B over four years")));
    EXPECT_EQ(headlineOn(document.model(), "stargate"), QStringLiteral("$500B over four years"));
    // Every deal with any amount shows one; compute-only deals no longer read blank.
    for (std::size_t d = 0; d < document.model().deals().size(); ++d) {
        const Deal& deal = document.model().deals()[d];
        bool any = !deal.headline.empty();
        for (const Flow& flow : deal.flows)
            any = any || !flow.amounts.empty();
        if (any) {
            EXPECT_FALSE(table.data(table.index(static_cast<int>(d), DealTableModel::AmountColumn))
                             .toString()
                             .isEmpty())
                << deal.id;
        }
    }
}

TEST_F(DatasetReading, SourcesAndNamesSpeakToAReader) {
    const QString details = dealDetails("openai-oracle-300b");
    EXPECT_FALSE(details.contains(QRegularExpression(QStringLiteral("\\d{3}_[0-9a-f]{16}\\.txt"))))
        << "an article's file name is shown";
    EXPECT_FALSE(details.contains(QStringLiteral("Seed file")));
    const DetailsContext context{document.model(), document.view(), document.filter()};
    const QString oracle = entityHtml(context, *document.model().entity("oracle"));
    EXPECT_TRUE(oracle.contains(QStringLiteral("Simplified Chinese"))) << oracle.toStdString();
    EXPECT_FALSE(oracle.contains(QStringLiteral("zh-Hans")));
}

TEST_F(DatasetReading, TheChineseInterfaceShowsEveryDealInChinese) {
    setNameLanguage(QStringLiteral("zh-Hans"));
    DealTableModel table(&document);
    for (const Deal& deal : document.model().deals()) {
        const QString title = QString::fromStdString(
            translated(deal.translations, "zh-Hans", "title", std::string()));
        ASSERT_FALSE(title.isEmpty()) << deal.id << " has no Chinese title";
        EXPECT_EQ(cell(table, deal.id.c_str(), DealTableModel::TitleColumn), title) << deal.id;
        const QString details = dealDetails(deal.id.c_str());
        EXPECT_TRUE(details.contains(title.toHtmlEscaped())) << deal.id;
        if (!deal.notes.empty()) {
            const QString notes = QString::fromStdString(
                translated(deal.translations, "zh-Hans", "notes", std::string()));
            EXPECT_TRUE(details.contains(notes.left(12).toHtmlEscaped()))
                << deal.id << ": the notes are not in Chinese";
        }
    }
    EXPECT_EQ(titleOf(document.model()),
              QString::fromStdString(translated(document.model().titleTranslations(), "zh-Hans",
                                                "title", std::string())));
}

} // namespace dealgraph::app
