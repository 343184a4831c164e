// The details panel's totals: only deals that stand are summed, and what is left out is said.
#include "document/document.h"
#include "panels/details_html.h"

#include <QTextDocument>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

QString plainDetailsOf(const Document& document, const char* entityId) {
    const DetailsContext context{document.model(), document.view(), document.filter()};
    QTextDocument text;
    text.setHtml(entityHtml(context, *document.model().entity(entityId)));
    return text.toPlainText();
}

} // namespace

TEST(DetailsTotals, MicrosoftsMoneyOutLeavesOutTheSupersededPlan) {
    Document document;
    ASSERT_TRUE(document.loadEmbedded());
    const QString text = plainDetailsOf(document, "microsoft");
    // $13B+ invested and $650M for Inflection; the superseded up-to-$100B plan is not added.
    EXPECT_FALSE(text.contains(QStringLiteral("$114B"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("$13.7B"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Not counted:"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("of deals on hold, abandoned or superseded")));
    EXPECT_FALSE(text.contains(QStringLiteral("95%"))) << "percentages are not added up";
    EXPECT_FALSE(text.contains(QStringLiteral("(s)"))) << "plurals spelled out in English";
}

} // namespace dealgraph::app
