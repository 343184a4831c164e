// Next/Previous Deal on the bundled dataset: the deal stepped to is lit as a click would light
// it, a pointer resting on the graph does not take that over, the toolbar says "Deal 7 of 34",
// and the view frames the whole deal, its parties' boxes included.
#include "shell_fixture.h"

#include <QLabel>
#include <QToolBar>

namespace dealgraph::app::shelltest {
namespace {

class DealStepping : public ShellTest {
protected:
    void SetUp() override {
        ShellTest::SetUp();
        openBundledDataset();
    }

    QString positionText() {
        auto* label = window->findChild<QLabel*>(QStringLiteral("dealPosition"));
        return label ? label->text() : QStringLiteral("(no label)");
    }

    std::vector<FlowItem*> shownCurves() {
        std::vector<FlowItem*> curves;
        for (QGraphicsItem* item : window->graphScene()->items())
            if (auto* curve = dynamic_cast<FlowItem*>(item); curve && curve->isVisible())
                curves.push_back(curve);
        return curves;
    }

    // Lit exactly as a click lights a deal: its curves highlighted, every other curve dimmed.
    void expectLitAlone(const std::string& dealId) {
        int lit = 0;
        for (FlowItem* curve : shownCurves()) {
            const Emphasis expected =
                curve->involvesDeal(dealId) ? Emphasis::Highlighted : Emphasis::Dimmed;
            lit += expected == Emphasis::Highlighted;
            EXPECT_EQ(curve->emphasis(), expected)
                << dealId << ": a curve of " << curve->dealId() << " is lit wrongly";
        }
        EXPECT_GT(lit, 0) << dealId << " has no curve lit";
    }

    QRectF visibleSceneRect() {
        return view().mapToScene(view().viewport()->rect()).boundingRect();
    }
};

} // namespace

TEST_F(DealStepping, EveryStepShowsTheDealTheDetailsDescribe) {
    const int count = document().dealPosition().count;
    ASSERT_EQ(static_cast<std::size_t>(count), document().model().deals().size());
    EXPECT_EQ(positionText(), QString()) << "no deal selected yet";
    GraphScene& scene = *window->graphScene();
    const std::string restingOn = document().model().deals().front().id;

    for (int step = 1; step <= count; ++step) {
        window->actions().nextDeal->trigger();
        QCoreApplication::processEvents();
        const std::string id = document().selection().dealId();
        ASSERT_FALSE(id.empty());
        const Deal& deal = *document().model().deal(id);

        EXPECT_EQ(document().dealPosition().index, step);
        EXPECT_EQ(positionText(), QStringLiteral("Deal %1 of %2").arg(step).arg(count));
        EXPECT_TRUE(details().contains(QString::fromStdString(deal.title))) << id;

        // The view scrolled under a resting pointer: Qt replays its position as a hover.
        scene.hoverDeal(restingOn);
        expectLitAlone(id);

        const QRectF whole = scene.boundsOf(document().selection());
        ASSERT_FALSE(whole.isNull()) << id;
        EXPECT_TRUE(visibleSceneRect().contains(whole))
            << id << ": the deal is cut at the view's edge";
    }
    window->actions().nextDeal->trigger(); // wraps around to the first deal
    EXPECT_EQ(document().dealPosition().index, 1);
}

TEST_F(DealStepping, ARealPointerMoveHoversAgainAndLeavingFallsBackToTheDeal) {
    window->actions().nextDeal->trigger();
    QCoreApplication::processEvents();
    const std::string stepped = document().selection().dealId();
    GraphScene& scene = *window->graphScene();
    ASSERT_TRUE(scene.hoverSuspended());

    // The user moves the pointer: hovering lights what it is over again...
    QMouseEvent move(QEvent::MouseMove, QPointF(5, 5),
                     view().viewport()->mapToGlobal(QPointF(5, 5)), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(view().viewport(), &move);
    EXPECT_FALSE(scene.hoverSuspended());
    const std::string other = stepped == "stargate-jv" ? "openai-oracle-300b" : "stargate-jv";
    scene.hoverDeal(other);
    for (FlowItem* curve : shownCurves()) {
        if (curve->involvesDeal(other)) {
            EXPECT_EQ(curve->emphasis(), Emphasis::Highlighted);
        }
    }
    // ...and when it leaves, the selected deal is what stays lit.
    scene.clearHover();
    expectLitAlone(stepped);
}

TEST_F(DealStepping, ClearingTheSelectionUndimsTheGraph) {
    window->actions().nextDeal->trigger();
    document().select(Selection{});
    QCoreApplication::processEvents();
    EXPECT_EQ(positionText(), QString());
    for (FlowItem* curve : shownCurves())
        EXPECT_EQ(curve->emphasis(), Emphasis::Normal) << curve->dealId();
}

} // namespace dealgraph::app::shelltest
