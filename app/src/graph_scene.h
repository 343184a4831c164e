// The graph of the document's model as a QGraphicsScene. Lays out the whole model in a worker
// process when the model changes (retrying with sfdp when the default engine fails); hides and
// restyles items when the view changes (positions stay put); highlights what the selection and the
// pointer point at. Geometry is in points, one point per scene unit.
#pragma once

#include "graph_input.h"
#include "graph_style.h"
#include "selection.h"

#include "dealgraph/graph_layout.h"

#include <QGraphicsScene>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace dealgraph::app {

class Document;
class EntityItem;
class FlowItem;
class LayoutRunner;

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

    const GraphStyle& graphStyle() const { return style_; }
    // Restyles every item; lays out again only when the fonts changed (box sizes depend on them).
    void setGraphStyle(const GraphStyle& style);

    // Items of the current layout; null when unknown or not laid out yet.
    EntityItem* entityItem(const std::string& id) const;
    FlowItem* flowItem(const std::string& dealId, int flow) const;
    std::vector<FlowItem*> flowItemsOfDeal(const std::string& dealId) const;
    bool hasLayout() const { return !entities_.empty() || !flows_.empty(); }

    // The scene rectangle of what a selection points at (an entity's box, a deal's flows);
    // null when nothing visible matches.
    QRectF boundsOf(const Selection& selection) const;

    // For the items: hover feedback and clicks.
    void hoverEntity(const std::string& entityId);
    void hoverDeal(const std::string& dealId);
    void clearHover();
    void selectInDocument(const Selection& selection);

public slots:
    // Lays out the document's current model again (done automatically on modelReset).
    void relayout();

signals:
    void layoutStarted();
    void layoutFinished();
    void layoutFailed(const QString& message);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    struct Hover {
        enum class Kind { None, Entity, Deal } kind = Kind::None;
        std::string id;
    };

    void onLayoutFinished(quint64 jobId, const layout::LayoutResult& result);
    void onLayoutFailed(quint64 jobId, const QString& message);
    bool isCurrentJob(quint64 jobId) const;

    void clearItems();
    void buildItems(const GraphInput& input, const layout::LayoutResult& result);
    void applyView();
    void applySelection();
    void applyHover();
    QString entityToolTip(const std::string& entityId) const;
    QString flowToolTip(const std::string& dealId, int flow) const;

    Document* document_;
    LayoutRunner* runner_;
    GraphStyle style_;
    std::optional<layout::Engine> engineOverride_;

    // The request of the running job, kept to map its result back to entities and flows.
    std::optional<GraphInput> pendingInput_;
    std::optional<quint64> currentJob_;

    std::unordered_map<std::string, EntityItem*> entities_;
    std::map<std::pair<std::string, int>, FlowItem*> flows_;
    std::unordered_map<std::string, std::vector<FlowItem*>> flowsByDeal_;
    Hover hover_;
    bool pressOnEmpty_ = false; // the last left press hit no item: a click there deselects
};

} // namespace dealgraph::app
