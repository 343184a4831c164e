// A main window on the small fixture model, laid out by the real layout worker, with helpers
// that click where a user would click.
#pragma once

#include "document/document.h"
#include "document/layout_runner.h"
#include "panels/deal_table.h"
#include "panels/deal_table_model.h"
#include "panels/details_panel.h"
#include "panels/search_box.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "shell/main_window.h"
#include "test_settings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

namespace dealgraph::app::shelltest {

inline const QString kSmallModel = QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json");

class ShellTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        isolateSettings(QStringLiteral("dealgraph-shell-tests"));
        QSettings().clear();
    }

    void SetUp() override {
        window = std::make_unique<MainWindow>();
        window->graphScene()->layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                                        {QStringLiteral("--layout-worker")});
        window->graphView()->setAnimated(false);
        window->detailsPanel()->setExternalLinkOpener([this](const QUrl& url) {
            opened.push_back(url);
            return true;
        });
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        openAndWaitForLayout(kSmallModel);
    }

    void TearDown() override { window.reset(); }

    void openAndWaitForLayout(const QString& path) {
        QSignalSpy finished(window->graphScene(), &GraphScene::layoutFinished);
        QSignalSpy failed(window->graphScene(), &GraphScene::layoutFailed);
        ASSERT_TRUE(window->openFile(path));
        ASSERT_TRUE(finished.count() > 0 || finished.wait(30000))
            << "layout failed: "
            << (failed.isEmpty() ? std::string("timeout")
                                 : failed.front().front().toString().toStdString());
        QCoreApplication::processEvents();
    }

    // Opens the bundled dataset instead of the small fixture model, laid out.
    void openBundledDataset() {
        QSignalSpy finished(window->graphScene(), &GraphScene::layoutFinished);
        ASSERT_TRUE(document().loadEmbedded());
        ASSERT_TRUE(finished.count() > 0 || finished.wait(30000));
        QCoreApplication::processEvents();
    }

    Document& document() { return *window->document(); }
    GraphView& view() { return *window->graphView(); }
    QString details() { return window->detailsPanel()->toPlainText(); }
    std::string selectedRow() { return window->dealTable()->selectedDealId(); }

    // Clicks the scene point in the graph view, as the user would.
    void clickScenePoint(const QPointF& scenePoint) {
        const QPoint at = view().mapFromScene(scenePoint);
        ASSERT_TRUE(view().viewport()->rect().contains(at)) << "not on screen";
        QTest::mouseClick(view().viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QCoreApplication::processEvents();
    }

    void clickEntity(const std::string& id) {
        EntityItem* item = window->graphScene()->entityItem(id);
        ASSERT_NE(item, nullptr) << id;
        view().centerOn(item);
        clickScenePoint(item->mapToScene(item->boxRect().center()));
    }

    // Clicks the flow's line (or its amount label) where no other item covers it: tries points
    // along the line until the click lands on this deal.
    void clickFlow(const std::string& dealId, int flow) {
        FlowItem* item = window->graphScene()->flowItem(dealId, flow);
        ASSERT_NE(item, nullptr) << dealId;
        for (qreal t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75}) {
            const QPointF scenePoint = item->mapToScene(item->path().pointAtPercent(t));
            view().centerOn(scenePoint);
            clickScenePoint(scenePoint);
            if (document().selection().dealId() == dealId)
                return;
        }
        FAIL() << "no clickable point on " << dealId << " flow " << flow;
    }

    void clickTableRow(const std::string& dealId) {
        QTableView* table = window->dealTable()->tableView();
        const int row = window->dealTable()->tableModel()->rowOf(dealId);
        ASSERT_GE(row, 0) << dealId;
        const QModelIndex index = window->dealTable()->proxyModel()->mapFromSource(
            window->dealTable()->tableModel()->index(row, DealTableModel::TitleColumn));
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table->visualRect(index).center());
        QCoreApplication::processEvents();
    }

    std::unique_ptr<MainWindow> window;
    std::vector<QUrl> opened; // what the details panel would have opened in a browser
};

} // namespace dealgraph::app::shelltest
