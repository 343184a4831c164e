// The issue-5 tools in the real window: the graph between the active-filters bar and the time
// bar, the Analysis menu, the display toggles and their settings, docks that restore, and
// playing through time without laying the graph out again.
#include "panels/analysis_panels.h"
#include "panels/cycles_panel.h"
#include "panels/filter_bar.h"
#include "panels/filter_panel.h"
#include "panels/time_panel.h"
#include "shell_fixture.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSlider>

namespace dealgraph::app::shelltest {
namespace {

using ShellAnalysisTest = ShellTest;

QMenu* menuNamed(QMenuBar* bar, const QString& text) {
    for (QAction* action : bar->actions())
        if (action->menu() && action->text().remove(QLatin1Char('&')) == text)
            return action->menu();
    return nullptr;
}

QStringList menuTitles(QMenuBar* bar) {
    QStringList titles;
    for (QAction* action : bar->actions())
        titles << action->text().remove(QLatin1Char('&'));
    return titles;
}

TEST_F(ShellAnalysisTest, TheGraphSitsBetweenTheFilterBarAndTheTimeBar) {
    AnalysisPanels* panels = window->analysisPanels();
    ASSERT_NE(panels, nullptr);
    EXPECT_EQ(window->centralWidget(), panels->centralArea());
    EXPECT_EQ(view().parentWidget(), panels->centralArea());
    EXPECT_FALSE(panels->filterBar()->isActive()); // nothing active
    EXPECT_TRUE(panels->filterBar()->isVisible());
    EXPECT_TRUE(panels->timePanel()->isVisible());
    EXPECT_LT(view().geometry().bottom(), panels->timePanel()->geometry().top());
    const QRect before = view().geometry();

    // Setting a date (as Play does) changes what the bar says, not the graph's room: a view
    // that changed size would shift the picture at every step.
    document().setAsOf(Date::ymd(2025, 1, 1));
    QCoreApplication::processEvents();
    EXPECT_TRUE(panels->filterBar()->isActive());
    EXPECT_LE(panels->filterBar()->geometry().bottom(), view().geometry().top());
    EXPECT_EQ(view().geometry(), before);
    panels->filterBar()->resetButton()->click();
    EXPECT_TRUE(document().filter().isEmpty());
    EXPECT_FALSE(panels->filterBar()->isActive());
}

TEST_F(ShellAnalysisTest, PlayingThroughTimeNeverLaysTheGraphOutAgain) {
    QSignalSpy layouts(window->graphScene(), &GraphScene::layoutStarted);
    TimePanel* time = window->analysisPanels()->timePanel();
    time->slider()->setValue(0);
    time->play();
    while (time->isPlaying())
        time->step();
    QCoreApplication::processEvents();
    EXPECT_EQ(layouts.count(), 0);
    EXPECT_FALSE(document().filter().asOf.has_value());
}

TEST_F(ShellAnalysisTest, AnalysisMenuSitsBetweenViewAndGoAndFindsTheLoop) {
    QMenuBar* bar = window->menuBar();
    const QStringList titles = menuTitles(bar);
    const auto analysis = titles.indexOf(QStringLiteral("Analysis"));
    ASSERT_GE(analysis, 0) << titles.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(titles.indexOf(QStringLiteral("View")), analysis - 1);
    EXPECT_EQ(titles.indexOf(QStringLiteral("Go")), analysis + 1);

    QSignalSpy finished(window->graphScene(), &GraphScene::layoutFinished);
    ASSERT_TRUE(window->openEmbedded());
    ASSERT_TRUE(finished.wait(30000));

    AnalysisPanels* panels = window->analysisPanels();
    QMenu* cycles = panels->highlightCycleMenu();
    emit cycles->aboutToShow(); // as opening the submenu does
    QAction* loop = nullptr;
    for (QAction* action : cycles->actions())
        if (action->text() == QStringLiteral("OpenAI → Oracle → Nvidia → OpenAI"))
            loop = action;
    ASSERT_NE(loop, nullptr);
    loop->trigger();
    EXPECT_EQ(document().highlight().title, loop->text());
    EXPECT_TRUE(panels->cyclesDock()->isVisible());
    EXPECT_TRUE(panels->clearHighlightAction()->isEnabled());
    panels->clearHighlightAction()->trigger();
    EXPECT_TRUE(document().highlight().isEmpty());

    panels->compareAction()->trigger();
    EXPECT_TRUE(document().compareFrom().has_value());
    EXPECT_TRUE(panels->changesDock()->isVisible());
}

TEST_F(ShellAnalysisTest, DisplayTogglesSetTheDocumentAndAreRemembered) {
    AnalysisPanels* panels = window->analysisPanels();
    EXPECT_FALSE(document().displayOptions().summed);
    panels->summedAction()->trigger();
    EXPECT_TRUE(document().displayOptions().summed);
    panels->sizeByMoneyAction()->trigger();
    EXPECT_TRUE(document().displayOptions().sizeByTotals);
    EXPECT_TRUE(QSettings().value(QLatin1String(kSummedFlowsKey)).toBool());
    EXPECT_TRUE(QSettings().value(QLatin1String(kSizeByMoneyKey)).toBool());

    // A new window starts as the last one was left.
    MainWindow next;
    EXPECT_TRUE(next.document()->displayOptions().summed);
    EXPECT_TRUE(next.document()->displayOptions().sizeByTotals);
    EXPECT_TRUE(next.analysisPanels()->summedAction()->isChecked());

    panels->summedAction()->trigger();
    panels->sizeByMoneyAction()->trigger();
    EXPECT_EQ(document().displayOptions(), DisplayOptions{});
    EXPECT_FALSE(QSettings().value(QLatin1String(kSummedFlowsKey)).toBool());
}

TEST_F(ShellAnalysisTest, DocksHaveNamesAndViewMenuToggles) {
    AnalysisPanels* panels = window->analysisPanels();
    QMenu* viewMenu = menuNamed(window->menuBar(), QStringLiteral("View"));
    ASSERT_NE(viewMenu, nullptr);
    for (QDockWidget* dock : {panels->filtersDock(), panels->cyclesDock(), panels->changesDock()}) {
        EXPECT_FALSE(dock->objectName().isEmpty());
        EXPECT_TRUE(viewMenu->actions().contains(dock->toggleViewAction()))
            << dock->objectName().toStdString();
    }
    EXPECT_TRUE(viewMenu->actions().contains(panels->summedAction()));
    EXPECT_TRUE(viewMenu->actions().contains(panels->sizeByMoneyAction()));

    // Hidden docks stay hidden in the next window (saveState/restoreState by object name).
    panels->cyclesDock()->hide();
    window->close();
    MainWindow next;
    EXPECT_TRUE(next.analysisPanels()->cyclesDock()->isHidden());
}

TEST_F(ShellAnalysisTest, FilterPanelFiltersTheTable) {
    FilterPanel* filters = window->analysisPanels()->filterPanel();
    const int all = window->dealTable()->tableModel()->rowCount();
    filters->checkBox(FlowType::Compute)->click();
    EXPECT_LT(window->dealTable()->tableModel()->rowCount(), all);
    EXPECT_EQ(window->dealTable()->tableModel()->rowCount(),
              static_cast<int>(document().view().deals.size()));
    filters->resetButton()->click();
    EXPECT_EQ(window->dealTable()->tableModel()->rowCount(), all);
}

} // namespace
} // namespace dealgraph::app::shelltest
