// Export from the window: the live scene is what gets exported, so selection and filters on
// screen show in the image; the clipboard carries PNG and SVG.
#include "shell_fixture.h"

#include "export/export_actions.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>

namespace dealgraph::app::shelltest {
namespace {

class ShellExport : public ShellTest {
protected:
    QTemporaryDir dir;
    ExportActions& actions() { return *window->exportActions(); }
    QString file(const char* name) { return dir.filePath(QString::fromLatin1(name)); }

    QImage exportPng(const char* name, ExportOptions options = {}) {
        QString error;
        EXPECT_TRUE(actions().exportTo(file(name), options, &error)) << error.toStdString();
        return QImage(file(name));
    }

    QByteArray exportSvg(const char* name, ExportOptions options = {}) {
        EXPECT_TRUE(actions().exportTo(file(name), options));
        QFile svg(file(name));
        EXPECT_TRUE(svg.open(QIODevice::ReadOnly));
        return svg.readAll();
    }
};

} // namespace

TEST_F(ShellExport, PngHasTheRequestedSizeAndSlideDpi) {
    ExportOptions options;
    options.size = QSize(1920, 1080);
    const QImage image = exportPng("slide.png", options);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    EXPECT_NEAR(image.dotsPerMeterX() * 0.0254, 144, 0.5);
}

// A slide shows the graph, not where the user clicked last: no casing, nothing dimmed because a
// deal is selected, in a whole-graph or a current-view slide; the window keeps its selection.
TEST_F(ShellExport, TheSelectionOnScreenIsNotInTheExport) {
    ExportOptions current;
    current.scope = ExportScope::CurrentView;
    // Selecting brings the deal into view; clearing the selection leaves the view where it is.
    document().select(Selection::deal("openai-oracle-300b"));
    QCoreApplication::processEvents();
    const QImage selected = exportPng("selected.png");
    const QImage selectedView = exportPng("selected-view.png", current);
    FlowItem* curve = window->graphScene()->flowItem("openai-oracle-300b", 0);
    ASSERT_NE(curve, nullptr);
    EXPECT_EQ(curve->selectionState(), FlowSelection::Selected) << "the window lost it";

    document().select(Selection{});
    QCoreApplication::processEvents();
    EXPECT_EQ(exportPng("plain.png"), selected) << "a whole-graph slide drew the selection";
    EXPECT_EQ(exportPng("plain-view.png", current), selectedView)
        << "a current-view slide drew the selection";
}

TEST_F(ShellExport, FilteredOutFlowsAreNotExported) {
    const QByteArray all = exportSvg("all.svg");
    EXPECT_TRUE(all.contains("$300B"));
    EXPECT_TRUE(all.contains("5M chips"));
    Filter filter;
    filter.flowTypes = {FlowType::Chips};
    document().setFilter(filter);
    QCoreApplication::processEvents();
    const QByteArray chipsOnly = exportSvg("chips.svg");
    EXPECT_FALSE(chipsOnly.contains("$300B")) << "money labels are hidden on screen";
    EXPECT_TRUE(chipsOnly.contains("5M chips"));
    EXPECT_FALSE(chipsOnly.contains(">Money<")) << "the legend lists only what is shown";
}

TEST_F(ShellExport, CurrentViewScopeExportsWhatTheViewShows) {
    view().resetZoom();
    view().scale(4, 4); // a close-up: the view shows only part of the graph
    view().centerOn(window->graphScene()->entityItem("oracle"));
    QCoreApplication::processEvents();
    ExportOptions whole;
    ExportOptions current;
    current.scope = ExportScope::CurrentView;
    EXPECT_NE(exportPng("whole.png", whole), exportPng("current.png", current));
}

TEST_F(ShellExport, CurrentViewLegendListsOnlyWhatIsOnTheSlide) {
    auto legendTypes = [](const QByteArray& svg) {
        int count = 0;
        for (const char* type : {">Money<", ">Compute<", ">Chips<"})
            count += svg.contains(type) ? 1 : 0;
        return count;
    };
    const QByteArray whole = exportSvg("whole.svg");
    view().resetZoom();
    view().scale(8, 8); // a close-up on Nvidia, whose only flow is chips
    view().centerOn(window->graphScene()->entityItem("nvidia"));
    QCoreApplication::processEvents();
    ExportOptions current;
    current.scope = ExportScope::CurrentView;
    const QByteArray closeUp = exportSvg("close.svg", current);
    EXPECT_EQ(legendTypes(whole), 3);
    EXPECT_LT(legendTypes(closeUp), legendTypes(whole));
    EXPECT_TRUE(closeUp.contains(">Chips<"));
}

TEST_F(ShellExport, DarkAndTransparentBackgrounds) {
    ExportOptions dark;
    dark.theme = ExportTheme::Dark;
    const QImage darkImage = exportPng("dark.png", dark);
    EXPECT_LT(QColor(darkImage.pixel(2, 2)).lightness(), 80);
    ExportOptions clear;
    clear.theme = ExportTheme::Transparent;
    EXPECT_EQ(qAlpha(exportPng("clear.png", clear).pixel(2, 2)), 0);
}

TEST_F(ShellExport, CopyImagePutsPngAndSvgOnTheClipboard) {
    ExportOptions options;
    ASSERT_TRUE(actions().copyToClipboard(options));
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_TRUE(mime->hasImage());
    EXPECT_EQ(qvariant_cast<QImage>(mime->imageData()).size(), options.size);
    EXPECT_TRUE(mime->data(QStringLiteral("image/svg+xml")).contains("<svg"));
}

TEST_F(ShellExport, AFailedExportSaysWhy) {
    QString error;
    EXPECT_FALSE(actions().exportTo(file("missing-dir/x.png"), ExportOptions{}, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(actions().exportTo(file("x.bmp"), ExportOptions{}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("unknown format")));
}

} // namespace dealgraph::app::shelltest
