// Entity groups collapse into one box in the window and open again: by double-click on a box,
// by the View menu's actions, and the Showing bar says what is grouped.
#include "document/document.h"
#include "export/slide_layout.h"
#include "panels/details_html.h"
#include "panels/filter_bar.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene_support.h"

#include <QGraphicsView>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

using scenetest::showFittedView;
using scenetest::useLayoutWorker;
using scenetest::waitForLayout;

const std::string kOracleSites = "Oracle-built sites";

class GroupCollapse : public ::testing::Test {
protected:
    void SetUp() override {
        useLayoutWorker(scene);
        QSignalSpy finished(&scene, &GraphScene::layoutFinished);
        ASSERT_TRUE(document.loadEmbedded());
        ASSERT_TRUE(waitForLayout(scene, finished));
    }
    // Runs `change` and waits for the layout it starts.
    void relaidOut(const std::function<void()>& change) {
        QSignalSpy finished(&scene, &GraphScene::layoutFinished);
        change();
        ASSERT_TRUE(waitForLayout(scene, finished));
    }
    void doubleClick(QGraphicsView& view, const std::string& id) {
        EntityItem* item = scene.entityItem(id);
        ASSERT_NE(item, nullptr) << id;
        const QPoint at = view.mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, at);
    }

    Document document;
    GraphScene scene{&document};
};

TEST_F(GroupCollapse, ABoxStandsForTheGroupAndItsFlowsUntilItOpens) {
    const std::string box = Document::groupBoxId(kOracleSites);
    const std::size_t flowsBefore = scene.items().size();
    relaidOut([&] { document.setGroupCollapsed(kOracleSites, true); });

    // One box named with its count; the members have no box of their own (entityItem gives
    // theirs), and no flow item ends at a member.
    EntityItem* item = scene.entityItem(box);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->isVisible());
    EXPECT_EQ(scene.entityItem("abilene"), item);
    for (const char* member : {"abilene", "shackelford-county", "dona-ana-county", "midwest-site"})
        EXPECT_EQ(scene.entityItem(member), item) << member;
    int intoBox = 0;
    for (QGraphicsItem* graphic : scene.items())
        if (auto* flow = qgraphicsitem_cast<FlowItem*>(graphic)) {
            EXPECT_NE(flow->ends().to, "abilene");
            EXPECT_NE(flow->ends().from, "abilene");
            intoBox += flow->ends().to == box || flow->ends().from == box;
        }
    EXPECT_GT(intoBox, 0);
    EXPECT_LT(scene.items().size(), flowsBefore);

    // It can be selected: the details name the group and its members.
    document.select(Selection::entity(box));
    EXPECT_EQ(document.selection(), Selection::entity(box));
    const QString html =
        groupHtml({document.model(), document.view(), document.filter()}, kOracleSites);
    EXPECT_TRUE(html.contains(QStringLiteral("Abilene"))) << html.toStdString();
    EXPECT_TRUE(describeGroups(document.model(), document.collapsedGroups())
                    .contains(QStringLiteral("Oracle-built sites (4)")));

    // Opening it brings the members back, and the box's selection goes.
    relaidOut([&] { document.setGroupCollapsed(kOracleSites, false); });
    EXPECT_EQ(scene.entityItem(box), nullptr);
    ASSERT_NE(scene.entityItem("abilene"), nullptr);
    EXPECT_EQ(scene.entityItem("abilene")->entityId(), "abilene");
    EXPECT_TRUE(document.selection().isNone());
    EXPECT_TRUE(describeGroups(document.model(), document.collapsedGroups()).isEmpty());
}

TEST_F(GroupCollapse, DoubleClickClosesAMembersGroupAndOpensABox) {
    auto view = showFittedView(scene);
    relaidOut([&] { doubleClick(*view, "abilene"); });
    EXPECT_EQ(document.collapsedGroups(), std::set<std::string>{kOracleSites});
    view->zoomToFit();
    relaidOut([&] { doubleClick(*view, Document::groupBoxId(kOracleSites)); });
    EXPECT_TRUE(document.collapsedGroups().empty());
    // An entity in no group: a double-click changes nothing.
    doubleClick(*view, "openai");
    EXPECT_TRUE(document.collapsedGroups().empty());
}

TEST_F(GroupCollapse, TheBoxFollowsTheViewAndTheSelectedMember) {
    document.select(Selection::entity("abilene"));
    relaidOut([&] { document.setGroupCollapsed(kOracleSites, true); });
    // The selected member closed into its box: the box is selected.
    EXPECT_EQ(document.selection(), Selection::entity(Document::groupBoxId(kOracleSites)));
    // A filter that leaves every member out hides the box.
    Filter filter;
    filter.focus = Focus{"mgx", 1, false}; // MGX deals with no Oracle site
    document.setFilter(filter);
    EXPECT_FALSE(scene.entityItem(Document::groupBoxId(kOracleSites))->isVisible());
    document.setFilter(Filter{});
    EXPECT_TRUE(scene.entityItem(Document::groupBoxId(kOracleSites))->isVisible());
}

TEST_F(GroupCollapse, ASlideOfTheWindowCollapsesItsGroupsAndSaysSo) {
    relaidOut([&] { document.setGroupCollapsed(kOracleSites, true); });
    QString error;
    const auto slide = layOutSlideGraph(scene, ExportOptions{}, &error);
    ASSERT_TRUE(slide) << error.toStdString();
    EXPECT_TRUE(slide->simplification.contains(QStringLiteral("1 group drawn as one box")))
        << slide->simplification.toStdString();
    EXPECT_EQ(slide->document->model().entity("abilene"), nullptr);
    bool box = false;
    for (const Entity& entity : slide->document->model().entities())
        box = box || entity.name == "Oracle-built sites (4)";
    EXPECT_TRUE(box);
}

TEST_F(GroupCollapse, AReloadKeepsTheGroupsAnotherModelStartsWithNone) {
    document.setCollapsedGroups({kOracleSites, "no such group"});
    EXPECT_EQ(document.collapsedGroups(), std::set<std::string>{kOracleSites});
    Model other = document.model();
    relaidOut([&] { document.setModel(other); });
    EXPECT_TRUE(document.collapsedGroups().empty());
}

} // namespace
} // namespace dealgraph::app
