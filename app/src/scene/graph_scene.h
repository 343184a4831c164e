// The graph of the document's model as a QGraphicsScene. Lays out the whole model in a worker
// process when the model changes (retrying with sfdp when the default engine fails); hides and
// restyles items when the view changes (positions stay put); highlights what the selection and the
// pointer point at. Geometry is in points, one point per scene unit.
#pragma once

#include "document/selection.h"
#include "scene/entity_item.h"
#include "scene/graph_input.h"
#include "scene/graph_style.h"

#include "dealgraph/graph_layout.h"

#include <QGraphicsScene>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dealgraph::app {

class BundleItem;
class ChangeBadgeItem;
class Document;
class EntityItem;
class FlowItem;
class LayoutRunner;

class GraphScene;

// Runs `start` (which must make the scene lay out: a new model, relayout()) and waits in a
// local event loop until the layout finished or failed. Returns the failure's message, empty
// on success. For the headless export and slides, which have nothing to show meanwhile.
QString layOutAndWait(GraphScene& scene, const std::function<void()>& start);

class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(Document* document, QObject* parent = nullptr);
    ~GraphScene() override;

    Document* document() const { return document_; }
    LayoutRunner& layoutRunner() { return *runner_; }

    // Lays out with this engine instead of layout::defaultEngineFor (headless export's
    // --engine); nullopt restores the default. Lays out again when a picture exists.
    void setEngineOverride(std::optional<layout::Engine> engine);
    std::optional<layout::Engine> engineOverride() const { return engineOverride_; }
    // How long dot may take before sfdp lays the graph out instead: dot's time depends on the
    // graph's shape, not only its size (a ring of 300 entities kept it busy for minutes, sfdp
    // took 0.6 s). Every dot layout gets it: dot chosen by size, forced by a slide, or asked
    // for (Preferences, --engine dot), since no one asks for dot to wait minutes for it; a
    // script that wants dot whatever the wait says --dot-budget 0. 0: no budget (dot then has
    // the runner's whole time-out, and an engine asked for fails rather than falls back).
    static constexpr int kDotBudgetMs = 4000;
    void setDotBudget(int milliseconds) { dotBudgetMs_ = milliseconds; }
    int dotBudget() const { return dotBudgetMs_; }
    // Said when the last layout is not the one asked for ("dot took longer than 4 s; laid
    // out with sfdp"); empty otherwise.
    const QString& layoutNote() const { return layoutNote_; }
    // The engine that laid out the picture shown; nullopt before the first.
    std::optional<layout::Engine> layoutEngine() const { return layoutEngine_; }

    // The frame the picture will fill and the air between boxes (scene units). A slide's scene
    // asks for its frame's aspect, so dot ranks across a wide slide (LayoutRequest::frameAspect).
    struct LayoutFrame {
        std::optional<double> aspect; // width / height; none: ranks run left to right
        double nodeSeparation = layout::LayoutRequest{}.nodeSeparation;
        double rankSeparation = layout::LayoutRequest{}.rankSeparation;
        // Air the layout keeps around each amount label (it is drawn at its own size): dot
        // packs the labels of neighbouring edges edge to edge.
        double labelMargin = 0;
    };
    // Takes effect at the next layout.
    void setLayoutFrame(const LayoutFrame& frame) { frame_ = frame; }

    const GraphStyle& graphStyle() const { return style_; }
    // Restyles every item; lays out again only when the fonts changed (box sizes depend on them).
    void setGraphStyle(const GraphStyle& style);

    // Items of the current layout; null when unknown or not laid out yet. A member of a
    // collapsed group gets its group's box.
    EntityItem* entityItem(const std::string& id) const;
    FlowItem* flowItem(const std::string& dealId, int flow) const;
    std::vector<FlowItem*> flowItemsOfDeal(const std::string& dealId) const;
    // Model entity indexes an entity item stands for: its entity, or a collapsed group's
    // members (Document::collapsedGroups); empty for an id the model lacks.
    std::vector<std::size_t> modelEntitiesOf(const std::string& itemId) const;
    // Double-click on a box: a collapsed group's box opens, a member of a group closes it.
    void toggleGroupOf(const std::string& itemId);
    // Summed mode's curves (hidden in itemised mode), and the one a flow is summed into.
    const std::vector<BundleItem*>& bundleItems() const { return bundles_; }
    BundleItem* bundleOf(const FlowRef& flow) const;
    // The curve that draws the flow now: its own item, or in summed mode its bundle. Null
    // when neither is shown.
    FlowItem* shownItemOf(const FlowRef& flow) const;
    // The tag on a curve that changed between the compared dates; null when none.
    ChangeBadgeItem* changeBadgeOf(const FlowItem* curve) const;
    // Radius (scene units) of the disc behind an entity when sizing by money; 0 without one.
    qreal totalsDiscRadius(const std::string& entityId) const;
    bool hasLayout() const { return !entities_.empty() || !flows_.empty(); }
    // Whether the document's selection shows (its casing, and its deal lit with the rest
    // dimmed). Slides turn it off while they draw: a slide shows the graph, not where the
    // user clicked last. Also forgets the hover.
    void setSelectionDrawn(bool drawn);

    // The scene rectangle of the items shown now (boxes, curves, labels, tags, totals discs):
    // what Zoom to Fit and a whole-graph slide frame. Null when none.
    QRectF shownItemsRect() const;
    // The scene rectangle of what a selection points at (an entity's box, a deal's flows);
    // null when nothing visible matches.
    QRectF boundsOf(const Selection& selection) const;

    // For the items: hover feedback and clicks.
    void hoverEntity(const std::string& entityId);
    void hoverDeal(const std::string& dealId);
    void hoverBundle(const BundleItem* bundle);
    void clearHover();
    // While suspended, hovering changes nothing. The view suspends it when a selection comes
    // from elsewhere (Next Deal, search) and the view scrolls under a resting pointer: Qt then
    // replays the pointer's position, and the flow that slides under it would take the
    // highlight from the deal just stepped to. A real pointer move resumes it.
    void setHoverSuspended(bool suspended) { hoverSuspended_ = suspended; }
    bool hoverSuspended() const { return hoverSuspended_; }
    void selectInDocument(const Selection& selection);

    // ---- Hand placement (graph_scene_positions.cpp) ----
    // From EntityItem: a drag moved the box (its flows follow at once); the drag ended with
    // the box centred here (kept by the document, one undo step).
    void entityDragged(const std::string& entityId);
    void entityDropped(const std::string& entityId, const QPointF& centre);

    // ---- Drawing a new flow (graph_scene_link.cpp) ----
    // From EntityItem: a Shift-drag from an entity shows a line from it to the pointer; when
    // it ends on another entity, flowDrawn asks for a new flow between the two.
    void linkDragged(const std::string& fromId, const QPointF& to);
    void linkDropped(const std::string& fromId, const QPointF& at);
    // The model entity whose box is at `at` (not a collapsed group's box); empty when none.
    std::string entityIdAt(const QPointF& at) const;
    // Where the last layout put an entity, whatever its kept position; nullopt when unknown.
    std::optional<QPointF> layoutPosition(const std::string& entityId) const;
    // The tooltip (rich text) of an entity, flow or flow label item as the view stands now;
    // empty for other items.
    QString toolTipFor(const QGraphicsItem* item) const;

    // Whether a layout is under way: its text being measured, its worker running, or its
    // items being built (a big graph's, over several turns of the event loop).
    bool isLayingOut() const { return pendingInput_.has_value() || measuring_ != 0 || build_; }
    // A layout of more boxes and flows than this is turned into items a slice at a time
    // (graph_scene_build.cpp): 0.2 s in one piece at 5,000 entities would freeze the window.
    // The old picture is cleared at the first slice; layoutFinished follows the last.
    static constexpr std::size_t kSlicedBuildItems = 4000;
    static constexpr int kBuildSliceMs = 8;
    // Models with more boxes and flows than this have their text measured on a worker thread
    // (buildGraphInput: 0.1-0.25 s at 5,000 entities); smaller ones at once, in less than a
    // frame. Tests lower it to exercise the thread on a small model.
    static constexpr std::size_t kBackgroundMeasureItems = 5000;
    void setBackgroundMeasureFrom(std::size_t items) { backgroundMeasureItems_ = items; }

public slots:
    // Lays out the document's current model again (done automatically on modelReset).
    void relayout();
    // Stops a running layout (the worker is killed); the previous picture stays, following
    // the view where its items still match the model. Emits layoutCancelled when one ran.
    void cancelLayout();

signals:
    void layoutStarted();
    void layoutFinished();
    void layoutFailed(const QString& message);
    void layoutCancelled();
    // A Shift-drag went from one entity to another: a new flow from `from` to `to`.
    void flowDrawn(const std::string& from, const std::string& to);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    // Tooltips are written when asked for (toolTipFor), not on every view change: at tens of
    // thousands of flows building them all took most of an as-of change.
    void helpEvent(QGraphicsSceneHelpEvent* event) override;
    // Draws the totals discs (sizeByTotals) under every item, so they never hide a line.
    void drawBackground(QPainter* painter, const QRectF& rect) override;

public:
    // Bumped whenever items are deleted: a walk over the items spread over several turns of
    // the event loop (GraphView's background render) holds pointers to them.
    quint64 itemsGeneration() const { return itemsGeneration_; }
    // What render() draws under the items, for a walk of its own.
    void paintBackground(QPainter* painter, const QRectF& rect) { drawBackground(painter, rect); }
    // Every item in the order it was added. Qt stacks items of equal z in that order, so the
    // whole scene's stacking order follows from it without sorting every item (Qt's sort took
    // 70-170 ms at 20,000 entities): the overview's and the bird's-eye map's background
    // renders walk it, and whatever needs every item in no particular order lists it.
    const std::vector<QGraphicsItem*>& itemsInOrderAdded() const { return itemsAdded_; }

private:
    void addToScene(QGraphicsItem* item); // addItem, keeping itemsInOrderAdded
    quint64 itemsGeneration_ = 0;
    std::vector<QGraphicsItem*> itemsAdded_;
    QGraphicsLineItem* linkLine_ = nullptr; // while a Shift-drag draws a new flow
    struct Hover {
        enum class Kind { None, Entity, Deal, Bundle } kind = Kind::None;
        std::string id;
        const BundleItem* bundle = nullptr;
    };

    void onLayoutFinished(quint64 jobId, const layout::LayoutResult& result);
    void onLayoutFailed(quint64 jobId, const QString& message);
    bool isCurrentJob(quint64 jobId) const;

    void clearItems();
    // graph_scene_build.cpp: items from a layout, at once or a slice at a time.
    struct Build;
    void buildItems(const GraphInput& input, const layout::LayoutResult& result);
    void measureInBackground(quint64 number); // graph_scene_layout.cpp
    void startSlicedBuild(GraphInput input, const layout::LayoutResult& result);
    void continueSlicedBuild();
    void finishSlicedBuildNow();
    void buildEntityItems(Build& build);
    bool buildFlowItems(Build& build, qint64 untilMs); // false: more flows remain
    void boundBuiltItems(const Build& build);          // the scene rectangle
    void placeBuiltItems();                            // the layout's geometry kept, hand placement
    void applyToBuiltItems();                          // the view, selection and hover
    void applyView();
    void applySelection();
    void applyHover();
    // graph_scene_overlays.cpp: summed bundles, comparison tags, totals discs.
    // Summed mode's items are made the first time it is used after a layout: they are about
    // half the scene's items, memory an itemised view never needs.
    void buildBundles();
    void applyBundles();
    void applyComparison();
    void applyTotalsDiscs();
    // Moves a tag along its curve off boxes, labels and the tags placed before it.
    void placeClear(QGraphicsItem* item, const QPainterPath& along,
                    const std::set<const QGraphicsItem*>& placed) const;
    static constexpr std::size_t kMaxDeclutteredItems = 2000; // past that, where they fall
    bool summed() const;
    // Whether emphasis comes from the highlight (a cycle) or the comparison when nothing is
    // hovered: what they point at stays, the rest is dimmed.
    std::optional<Emphasis> restingEmphasis(const FlowItem* curve) const;
    // The selected (or selected flow's) deal, when the view shows it.
    const Deal* shownSelectedDeal() const;
    QString bundleToolTip(const BundleItem* bundle) const;
    std::optional<Emphasis> restingEmphasis(const std::string& entityId) const;
    // Every curve: the flows and the bundles.
    std::vector<FlowItem*> curves() const;
    FlowRef refOf(const FlowItem* flowItem) const; // for a non-bundle item
    // ---- Hand placement (graph_scene_positions.cpp) ----
    // After buildItems: keeps the layout's own geometry, so positions can be undone without
    // a new layout, then moves hand-placed boxes.
    void rememberLayoutGeometry();
    void forgetLayoutGeometry(); // from clearItems
    void indexCurves();          // curvesOfEntity_ and curvesOfPair_, when first needed
    // Moves the entities to their kept positions (or back to the layout's); all when empty.
    void applyPositions(const QStringList& entityIds);
    // Routes the curves touching these entities anew, or restores the layout's route when
    // both their ends are back where the layout put them.
    void rerouteFlowsOf(const std::set<std::string>& entityIds);
    void rerouteCurve(FlowItem* curve);
    // Indexes curves made after the layout (summed bundles, built when first needed) and
    // routes them to boxes placed by hand.
    void addPlacedCurves(const std::vector<FlowItem*>& curves);
    // The layout's route of a curve that was re-routed (label centre included); nullopt when
    // the curve still has it.
    std::optional<layout::EdgeGeometry> laidOutRouteOf(const FlowItem* curve) const;
    void fitSceneRectToItems(); // the layout's rect, grown to take in what left it

    QString entityToolTip(const std::string& entityId) const;
    QString flowToolTip(const std::string& dealId, int flow) const;

    Document* document_;
    LayoutRunner* runner_;
    GraphStyle style_;
    std::optional<layout::Engine> engineOverride_;
    int dotBudgetMs_ = kDotBudgetMs;
    QString layoutNote_;
    std::optional<layout::Engine> layoutEngine_;
    LayoutFrame frame_;

    // The request of the running job, kept to map its result back to entities and flows.
    std::optional<GraphInput> pendingInput_;
    std::optional<quint64> currentJob_;
    // Starts the worker on a measured input: the engine, frame and budget applied.
    void startLayout(GraphInput input);
    std::size_t backgroundMeasureItems_ = kBackgroundMeasureItems;
    quint64 measuring_ = 0;        // the measurement under way on a worker thread (0: none)
    std::shared_ptr<Build> build_; // items being built a slice at a time (null: none)
    quint64 measurements_ = 0;

    std::unordered_map<std::string, EntityItem*> entities_;
    std::map<std::pair<std::string, int>, FlowItem*> flows_;
    std::unordered_map<std::string, std::vector<FlowItem*>> flowsByDeal_;
    std::vector<BundleItem*> bundles_;
    bool bundlesBuilt_ = false;
    std::map<FlowRef, BundleItem*> bundleOfFlow_;
    std::map<const FlowItem*, ChangeBadgeItem*> badges_;
    std::unordered_map<std::string, qreal> discRadius_; // entity id -> radius, sizeByTotals only
    std::set<std::size_t> changedEntities_;             // ends of changed flows, when comparing
    // Hand placement: where the last layout put the boxes, the routes it gave the curves that
    // have since left them, and the curves by entity and by pair of ends.
    struct LaidOutCurve {
        layout::EdgeGeometry route;
        std::optional<QPointF> labelCentre;
    };
    std::unordered_map<std::string, QPointF> layoutCentres_;
    std::unordered_map<const FlowItem*, LaidOutCurve> laidOutCurves_;
    std::unordered_map<std::string, std::vector<FlowItem*>> curvesOfEntity_;
    std::map<std::pair<std::string, std::string>, std::vector<FlowItem*>> curvesOfPair_;
    bool curvesIndexed_ = false; // curvesOfEntity_ and curvesOfPair_ are made (indexCurves)
    QRectF layoutSceneRect_;

    Hover hover_;
    bool selectionDrawn_ = true;
    bool hoverSuspended_ = false;
    bool pressOnEmpty_ = false; // the last left press hit no item: a click there deselects
};

} // namespace dealgraph::app
