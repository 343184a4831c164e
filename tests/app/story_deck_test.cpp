// A story's deck: captions wrapped under the title at their type size, one PDF page per step,
// a web page of every step, formats that cannot take a deck refused by name, and what a step points
// out kept on its slide however much else is folded to fit.
#include "scene_support.h"

#include "document/document.h"
#include "document/story_view.h"
#include "export/deck_exporter.h"
#include "export/slide_layout.h"
#include "export/slide_renderer.h"

#include "dealgraph/generate.h"
#include "dealgraph/simplify.h"

#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

QFont captionFont() {
    QFont font = QGuiApplication::font();
    font.setPixelSize(30);
    return font;
}

const QString kCaption = QStringLiteral(
    "OpenAI signed a contract to buy $300B of Oracle computing services over five years. People "
    "familiar with the matter said it was the main reason Oracle's remaining performance "
    "obligations jumped to $455B, up 359% year on year.");

int pdfPages(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // Each page is an object of type /Page; the page tree is /Pages.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return static_cast<int>(QString::fromLatin1(file.readAll()).count(page));
}

} // namespace

TEST(SlideCaption, WrapsToTheWidthAndKeepsEveryWord) {
    const qreal width = 900;
    bool cut = true;
    const QStringList lines = captionLines(kCaption, captionFont(), width, 5, &cut);
    EXPECT_FALSE(cut);
    ASSERT_GE(lines.size(), 2);
    for (const QString& line : lines)
        EXPECT_LE(QFontMetricsF(captionFont()).horizontalAdvance(line), width + 0.5)
            << line.toStdString();
    EXPECT_EQ(lines.join(QLatin1Char(' ')), kCaption);
}

TEST(SlideCaption, WrapsChineseWithoutSpaces) {
    const QString chinese = QStringLiteral(
        "OpenAI与甲骨文签署云计算合同，将在五年内购买甲骨文价值3000亿美元的算力服务。知情人士称，"
        "甲骨文剩余履约义务飙升至4550亿美元、同比增长359%，主要源于这份合同。");
    const QStringList lines = captionLines(chinese, captionFont(), 600, 5);
    ASSERT_GE(lines.size(), 2);
    for (const QString& line : lines)
        EXPECT_LE(QFontMetricsF(captionFont()).horizontalAdvance(line), 600.5);
    EXPECT_EQ(lines.join(QString()), chinese);
}

TEST(SlideCaption, CutsWhatIsLongerThanItsLinesAndSaysSo) {
    const QString longer = (kCaption + QLatin1Char(' ')).repeated(6);
    bool cut = false;
    const QStringList lines = captionLines(longer, captionFont(), 900, 3, &cut);
    EXPECT_TRUE(cut);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.back().endsWith(QChar(0x2026))) << lines.back().toStdString();
    EXPECT_LE(QFontMetricsF(captionFont()).horizontalAdvance(lines.back()), 900.5);
}

TEST(SlideCaption, SitsUnderTheTitleAtFourteenPointsOrMoreAndTakesRoomFromTheGraph) {
    ExportOptions options; // 1920x1080, 13.33 in wide: 2 slide units to the point
    Slide slide;
    slide.size = options.size;
    slide.textUnits = options.minTypePt * options.unitsPerPoint();
    slide.captionUnits = options.captionUnits();
    slide.source = QRectF(0, 0, 1600, 900);
    slide.text.title = QStringLiteral("OpenAI buys $300B of Oracle compute");
    const GraphStyle style;
    const SlideGeometry without = slideGeometry(slide, style);
    slide.text.caption = kCaption;
    const SlideGeometry with = slideGeometry(slide, style);
    ASSERT_GE(with.caption.size(), 2u);
    EXPECT_GE(with.captionFont.pixelSize(), 14 * options.unitsPerPoint());
    EXPECT_GT(with.caption.front().first.top(), with.title.bottom() - 0.5);
    EXPECT_LE(with.caption.back().first.bottom(), with.graph.top() + 0.5)
        << "the caption runs into the graph";
    EXPECT_LT(with.graph.height(), without.graph.height());
    EXPECT_FALSE(with.captionCut);
}

class StoryDeck : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(document.loadEmbedded());
        scene = std::make_unique<GraphScene>(&document);
        scenetest::useLayoutWorker(*scene);
    }

    QTemporaryDir dir;
    Document document;
    std::unique_ptr<GraphScene> scene;
};

TEST_F(StoryDeck, WritesOnePdfPagePerStepAndPutsTheViewBack) {
    const Story* story = document.model().story("closed-loop");
    ASSERT_NE(story, nullptr);
    Filter before;
    before.asOf = Date::parse("2024-10-10");
    document.setFilter(before);
    const QString path = dir.filePath(QStringLiteral("loop.pdf"));
    QString error;
    QStringList warnings;
    ASSERT_TRUE(exportStoryDeck(path, *scene, document, *story, ExportOptions{}, &error, &warnings))
        << error.toStdString();
    EXPECT_EQ(pdfPages(path), static_cast<int>(story->steps.size()));
    EXPECT_TRUE(warnings.isEmpty()) << warnings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(document.filter().asOf, before.asOf);
    EXPECT_FALSE(document.filter().focus.has_value());
    EXPECT_TRUE(document.highlight().isEmpty());
}

// A web page of the story: every step a view of its own with its title and caption, its graph
// and what its details panel needs; the window's view is put back afterwards.
TEST_F(StoryDeck, WritesAWebPageThatPlaysEveryStep) {
    const Story* story = document.model().story("closed-loop");
    ASSERT_NE(story, nullptr);
    const QString path = dir.filePath(QStringLiteral("loop.html"));
    QString error;
    ASSERT_TRUE(exportStoryDeck(path, *scene, document, *story, ExportOptions{}, &error))
        << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    EXPECT_EQ(html.count(QStringLiteral("<section class=\"view\"")),
              static_cast<int>(story->steps.size()));
    EXPECT_EQ(
        html.count(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\"")),
        static_cast<int>(story->steps.size()));
    for (const StoryStep& step : story->steps) {
        EXPECT_TRUE(html.contains(QStringLiteral("<h1>%1</h1>").arg(titleOf(step).toHtmlEscaped())))
            << step.title;
        EXPECT_TRUE(html.contains(captionOf(step).toHtmlEscaped())) << step.title;
    }
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"next\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("data-entity=\"openai\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("data-deal=\"openai-oracle-300b\"")));
    EXPECT_FALSE(document.filter().focus.has_value()) << "the view was not put back";
    EXPECT_TRUE(document.highlight().isEmpty());
}

TEST_F(StoryDeck, RefusesFormatsThatCannotTakeADeckByName) {
    const Story& story = document.model().stories().front();
    for (const char* name : {"deck.svg", "deck.png"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        QString error;
        EXPECT_FALSE(exportStoryDeck(path, *scene, document, story, ExportOptions{}, &error));
        EXPECT_TRUE(error.startsWith(QString::fromLatin1(name))) << error.toStdString();
        EXPECT_FALSE(QFile::exists(path)) << name;
    }
    EXPECT_TRUE(deckFormatProblem(QStringLiteral("deck.pptx")).isEmpty());
    EXPECT_TRUE(deckFormatProblem(QStringLiteral("deck.html")).isEmpty());
    EXPECT_TRUE(deckFormatProblem(QStringLiteral("deck.HTM")).isEmpty());
    EXPECT_TRUE(deckFormatProblem(QStringLiteral("deck.svg")).contains(QStringLiteral(".html")));
    EXPECT_TRUE(deckFormatProblem(QStringLiteral("DECK.PDF")).isEmpty());
}

// A slide that must fold most of a big graph into "Others" keeps what the step points out,
// however light: a caption about it must not land on a box called "Others (280)".
TEST(StoryDeckFolding, WhatAStepPointsOutIsNeverFolded) {
    GenerateOptions generate;
    generate.entities = 300;
    Document document;
    document.setModel(generateModel(generate));
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    const std::vector<std::string> lightest = entitiesByWeight(document.model(), document.view());
    ASSERT_GT(lightest.size(), 2u);
    StoryStep step;
    step.title = "The lightest";
    step.highlight.entities = {lightest[0], lightest[1]};
    showStoryStep(document, step);
    QString error;
    const auto graph = layOutSlideGraph(scene, ExportOptions{}, &error);
    ASSERT_TRUE(graph.has_value()) << error.toStdString();
    EXPECT_TRUE(graph->simplification.contains(QStringLiteral("Others"))) << "nothing was folded";
    const Model& shown = graph->document->model();
    for (std::size_t i = 0; i < 2; ++i) {
        const auto index = shown.entityIndex(lightest[i]);
        ASSERT_TRUE(index.has_value()) << lightest[i] << " was folded";
        EXPECT_TRUE(graph->document->highlight().entities.count(*index)) << "and is not lit";
    }
}

// Every bundled step's slide shows each deal the step points out: lines without an amount (a
// right of first refusal) go to make room on a crowded slide, but never the ones a caption
// speaks of. Read from each story's web page, one section per step.
TEST_F(StoryDeck, EveryDealAStepPointsOutIsOnItsSlide) {
    for (const Story& story : document.model().stories()) {
        const QString path = dir.filePath(QString::fromStdString(story.id) + ".html");
        QString error;
        QStringList warnings;
        ASSERT_TRUE(
            exportStoryDeck(path, *scene, document, story, ExportOptions{}, &error, &warnings))
            << error.toStdString();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QStringList sections =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("<section class=\"view\""));
        ASSERT_EQ(sections.size(), static_cast<qsizetype>(story.steps.size()) + 1);
        for (std::size_t i = 0; i < story.steps.size(); ++i)
            for (const std::string& id : story.steps[i].highlight.deals)
                EXPECT_TRUE(sections[static_cast<qsizetype>(i) + 1].contains(
                    QStringLiteral("data-deal=\"%1\"").arg(QString::fromStdString(id))))
                    << story.id << " step " << i + 1 << ": " << id << " is not on the slide";
    }
}
