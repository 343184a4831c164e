// The sources footer names every source it can and counts the rest; it never cuts silently.
#include "export/slide_renderer.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

const QStringList kSources = {
    QStringLiteral("腾讯科技 (Tencent Tech) (citing The Information)"),
    QStringLiteral("Unnamed Traditional-Chinese news site (citing The Information)"),
    QStringLiteral("证券时报 (Securities Times)"), QStringLiteral("OpenAI"),
    QStringLiteral("Tom's Hardware (citing Financial Times)")};

QFontMetricsF metrics() {
    QFont font = QGuiApplication::font();
    font.setPixelSize(17);
    return QFontMetricsF(font);
}

} // namespace

TEST(SlideFooter, NamesEverySourceWhenThereIsRoom) {
    const QStringList lines = footerLines(kSources, metrics(), 5000, 2);
    ASSERT_EQ(lines.size(), 1);
    for (const QString& source : kSources)
        EXPECT_TRUE(lines[0].contains(source)) << source.toStdString();
}

TEST(SlideFooter, WrapsThenCountsWhatDoesNotFit) {
    const qreal width = 600;
    const QStringList lines = footerLines(kSources, metrics(), width, 2);
    ASSERT_EQ(lines.size(), 2);
    for (const QString& line : lines)
        EXPECT_LE(metrics().horizontalAdvance(line), width + 0.5) << line.toStdString();
    const QString all = lines.join(QLatin1Char(' '));
    EXPECT_TRUE(all.contains(QStringLiteral(" more"))) << all.toStdString();
    EXPECT_TRUE(all.startsWith(QStringLiteral("Sources: ")));
}

TEST(SlideFooter, ShortensASingleLongNameRatherThanDroppingTheCount) {
    const QStringList lines = footerLines(kSources, metrics(), 260, 2);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(" more"))) << lines[1].toStdString();
    EXPECT_LE(metrics().horizontalAdvance(lines[1]), 260.5);
}

TEST(SlideFooter, NothingWithoutSources) {
    EXPECT_TRUE(footerLines({}, metrics(), 500, 2).isEmpty());
}

} // namespace dealgraph::app
