// The window around the views: links that may or may not leave the app, load errors that
// never cost the model on screen, dropping files, recent files.
#include "shell_fixture.h"

#include "panels/details_links.h"
#include "shell/load_errors_dialog.h"
#include "shell/recent_files.h"

#include <QAction>
#include <QFile>
#include <QMimeData>
#include <QStatusBar>
#include <QTemporaryDir>

namespace dealgraph::app::shelltest {
namespace {

QString statusText(MainWindow& window) {
    return window.statusBar()->currentMessage();
}

TEST_F(ShellTest, OnlyHttpLinksAreOpened) {
    DetailsPanel* panel = window->detailsPanel();
    for (const char* refused : {"file:///etc/passwd", "javascript:alert(1)", "ftp://example.com/x",
                                "dealgraph-evil:x", "data:text/html,<b>x</b>", "relative/path"}) {
        // Through the same signal a click on an anchor emits.
        emit panel->anchorClicked(QUrl(QString::fromLatin1(refused)));
        EXPECT_TRUE(opened.empty()) << refused;
        EXPECT_TRUE(statusText(*window).startsWith(QStringLiteral("Refused")))
            << refused << ": " << statusText(*window).toStdString();
    }
    emit panel->anchorClicked(QUrl(QStringLiteral("https://www.163.com/dy/article/example.html")));
    emit panel->anchorClicked(QUrl(QStringLiteral("HTTP://example.com/")));
    ASSERT_EQ(opened.size(), 2u);
    EXPECT_EQ(opened[0].host(), QStringLiteral("www.163.com"));
    EXPECT_TRUE(document().selection().isNone()); // external links select nothing
}

TEST_F(ShellTest, InternalLinksSelect) {
    DetailsPanel* panel = window->detailsPanel();
    document().select(Selection::deal("openai-oracle-300b"));
    EXPECT_TRUE(panel->toHtml().contains(QStringLiteral("dealgraph:entity/oracle")));
    EXPECT_TRUE(
        panel->toHtml().contains(QStringLiteral("https://www.163.com/dy/article/example.html")));

    emit panel->anchorClicked(entityLink("oracle"));
    EXPECT_EQ(document().selection(), Selection::entity("oracle"));
    emit panel->anchorClicked(dealLink("stargate-jv"));
    EXPECT_EQ(document().selection(), Selection::deal("stargate-jv"));
    EXPECT_EQ(selectedRow(), "stargate-jv");
    EXPECT_FALSE(panel->followLink(entityLink("no-such-entity")));
    EXPECT_EQ(document().selection(), Selection::deal("stargate-jv"));
    EXPECT_TRUE(opened.empty());
}

TEST(DetailsLinks, RoundTripIdsWithPunctuation) {
    EXPECT_EQ(selectionForLink(entityLink("a:b.c_d-1")), Selection::entity("a:b.c_d-1"));
    EXPECT_EQ(selectionForLink(dealLink("x.y")), Selection::deal("x.y"));
    EXPECT_EQ(selectionForLink(flowLink("deal:1", 3)), Selection::flowOf("deal:1", 3));
    EXPECT_EQ(selectionForLink(QUrl(QStringLiteral("https://example.com/entity/x"))), std::nullopt);
    EXPECT_EQ(selectionForLink(QUrl(QStringLiteral("dealgraph:flow/x/notanumber"))), std::nullopt);
    EXPECT_FALSE(isOpenableExternalLink(QUrl(QStringLiteral("https:///nohost"))));
}

TEST_F(ShellTest, ModelTextIsEscapedNotRendered) {
    QTemporaryDir dir;
    QFile in(kSmallModel);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QByteArray text = in.readAll();
    text.replace("Stargate joint venture", "<img src=\\\"file:///etc/x.png\\\"><b>bold</b>");
    const QString path = dir.filePath(QStringLiteral("html.json"));
    QFile out(path);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    openAndWaitForLayout(path);

    document().select(Selection::deal("stargate-jv"));
    EXPECT_TRUE(details().contains(QStringLiteral("<img src=\"file:///etc/x.png\"><b>bold</b>")))
        << details().toStdString();
}

TEST_F(ShellTest, BrokenFileShowsItsErrorsAndKeepsTheModel) {
    document().select(Selection::entity("oracle"));
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"dealgraph\",\n  \"version\": 1,,\n}\n");
    file.close();

    EXPECT_FALSE(window->openFile(broken));

    LoadErrorsDialog* dialog = window->loadErrorsDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    ASSERT_FALSE(dialog->errors().isEmpty());
    EXPECT_TRUE(dialog->errors().front().startsWith(QStringLiteral("broken.json:3:")))
        << dialog->errors().front().toStdString();
    EXPECT_TRUE(dialog->text().contains(QStringLiteral("small-model.json stays open")))
        << dialog->text().toStdString();
    EXPECT_EQ(window->windowTitle(), QStringLiteral("small-model.json[*] — dealgraph"));
    EXPECT_EQ(document().selection(), Selection::entity("oracle"));
    EXPECT_NE(window->graphScene()->entityItem("oracle"), nullptr);
    EXPECT_EQ(window->dealTable()->tableModel()->rowCount(), 4);
}

TEST_F(ShellTest, StartupWithABrokenFileFallsBackToTheBuiltInDataset) {
    MainWindow fresh;
    fresh.graphScene()->layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                                  {QStringLiteral("--layout-worker")});
    EXPECT_FALSE(fresh.openFileOrEmbedded(QStringLiteral("/nonexistent/model.json")));
    EXPECT_FALSE(fresh.document()->model().empty());
    EXPECT_TRUE(fresh.document()->filePath().isEmpty());
    ASSERT_NE(fresh.loadErrorsDialog(), nullptr);
    EXPECT_TRUE(fresh.loadErrorsDialog()->text().contains(QStringLiteral("built-in dataset")));
}

TEST_F(ShellTest, DroppingAJsonFileOpensIt) {
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("dropped.json"));
    ASSERT_TRUE(QFile::copy(kSmallModel, copy));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(copy)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());

    QSignalSpy reset(&document(), &Document::modelReset);
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window.get(), &drop);
    ASSERT_TRUE(reset.wait(5000));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("dropped.json[*] — dealgraph"));
    EXPECT_EQ(window->recentFiles()->files().front(), QFileInfo(copy).absoluteFilePath());

    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(window.get(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(ShellTest, DroppingOnTheGraphOpensTheFile) {
    // The graph fills most of the window; its scene must not swallow the drag.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("on-graph.json"));
    ASSERT_TRUE(QFile::copy(kSmallModel, copy));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(copy)});
    QWidget* viewport = view().viewport();
    const QPoint centre = viewport->rect().center();

    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QCoreApplication::sendEvent(viewport, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDragMoveEvent move(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    move.setAccepted(false);
    QCoreApplication::sendEvent(viewport, &move);
    EXPECT_TRUE(move.isAccepted());

    QSignalSpy reset(&document(), &Document::modelReset);
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    ASSERT_TRUE(reset.wait(5000));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("on-graph.json[*] — dealgraph"));
}

TEST_F(ShellTest, FixingABrokenSaveClosesItsErrors) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.json"));
    ASSERT_TRUE(QFile::copy(kSmallModel, path));
    openAndWaitForLayout(path);
    QFile in(kSmallModel);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray good = in.readAll();

    QSignalSpy failed(&document(), &Document::loadFailed);
    QSignalSpy reloaded(&document(), &Document::reloaded);
    auto write = [&](const QByteArray& bytes) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    };
    write(good.left(good.size() / 3)); // a save that stopped half-way
    ASSERT_TRUE(failed.wait(5000));
    ASSERT_NE(window->loadErrorsDialog(), nullptr);
    EXPECT_TRUE(window->loadErrorsDialog()->isVisible());
    EXPECT_EQ(window->dealTable()->tableModel()->rowCount(), 4); // the model stayed

    write(good);
    ASSERT_TRUE(reloaded.wait(5000));
    EXPECT_FALSE(window->loadErrorsDialog()->isVisible());
    EXPECT_TRUE(statusText(*window).startsWith(QStringLiteral("Reloaded")));
}

TEST_F(ShellTest, RecentFilesAreNewestFirstAndBounded) {
    RecentFiles* recent = window->recentFiles();
    recent->clear();
    for (int i = 0; i < RecentFiles::kMaxFiles + 3; ++i)
        recent->add(QStringLiteral("/tmp/model-%1.json").arg(i));
    recent->add(QStringLiteral("/tmp/model-5.json"));
    const QStringList files = recent->files();
    EXPECT_EQ(files.size(), RecentFiles::kMaxFiles);
    EXPECT_EQ(files.front(), QStringLiteral("/tmp/model-5.json"));
    EXPECT_EQ(files.count(QStringLiteral("/tmp/model-5.json")), 1);
    recent->clear();
    EXPECT_TRUE(recent->files().isEmpty());
}

TEST_F(ShellTest, EveryActionExplainsItselfInTheStatusBar) {
    const MainWindow::Actions& a = window->actions();
    for (QAction* action :
         {a.open, a.reload, a.quit, a.back, a.forward, a.previousDeal, a.nextDeal, a.zoomIn,
          a.zoomOut, a.zoomToFit, a.actualSize, a.legend, a.find, a.about}) {
        ASSERT_NE(action, nullptr);
        EXPECT_FALSE(action->statusTip().isEmpty()) << action->text().toStdString();
    }
    EXPECT_EQ(a.open->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(a.back->shortcut(), QKeySequence(QKeySequence::Back));
    EXPECT_EQ(a.nextDeal->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
}

} // namespace
} // namespace dealgraph::app::shelltest
