// The window's time and analysis tools, kept apart from main_window.cpp so the window only
// places them: the filter bar above the graph and the time bar below it (together the central
// area), the Filters, Circular Flows and Changes docks, the Analysis menu, and the View menu's
// "Summed Flows" and "Size Entities by Money" toggles (kept in QSettings).
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;
class QWidget;

namespace dealgraph::app {

class ChangesPanel;
class CyclesPanel;
class Document;
class FilterBar;
class FilterPanel;
class TimePanel;

// Settings keys of the display toggles, public so tests agree on them.
inline constexpr const char* kSummedFlowsKey = "view/summedFlows";
inline constexpr const char* kSizeByMoneyKey = "view/sizeEntitiesByMoney";

class AnalysisPanels : public QObject {
    Q_OBJECT
public:
    // `graph` becomes part of centralArea(); the window sets that as its central widget.
    AnalysisPanels(QMainWindow* window, Document* document, QWidget* graph);

    QWidget* centralArea() const { return central_; }
    TimePanel* timePanel() const { return time_; }
    FilterBar* filterBar() const { return bar_; }
    FilterPanel* filterPanel() const { return filters_; }
    CyclesPanel* cyclesPanel() const { return cycles_; }
    ChangesPanel* changesPanel() const { return changes_; }
    QDockWidget* filtersDock() const { return filtersDock_; }
    QDockWidget* cyclesDock() const { return cyclesDock_; }
    QDockWidget* changesDock() const { return changesDock_; }

    QAction* summedAction() const { return summed_; }
    QAction* sizeByMoneyAction() const { return sizeByMoney_; }
    QAction* circularFlowsAction() const { return circularFlows_; }
    QAction* compareAction() const { return compare_; }
    QAction* clearHighlightAction() const { return clearHighlight_; }
    QMenu* highlightCycleMenu() const { return cycleMenu_; }

    // Docks the panels: Filters tabbed behind `rightDock`, Circular Flows and Changes behind
    // `bottomDock`, so a 1280×800 window keeps the graph large.
    void addDocks(QDockWidget* rightDock, QDockWidget* bottomDock);
    void addToViewMenu(QMenu* view) const;
    void addToToolBar(QToolBar* bar) const;
    // The Analysis menu, owned by `parent`; fills "Highlight Cycle" each time it opens.
    QMenu* createAnalysisMenu(QWidget* parent);

private:
    void createActions();
    QDockWidget* makeDock(const QString& title, const QString& menuText, const QString& name,
                          QWidget* content);
    void showDock(QDockWidget* dock) const;
    void applyDisplayOptions();
    void fillCycleMenu();

    QMainWindow* window_;
    Document* document_;
    QWidget* central_;
    TimePanel* time_;
    FilterBar* bar_;
    FilterPanel* filters_;
    CyclesPanel* cycles_;
    ChangesPanel* changes_;
    QDockWidget* filtersDock_ = nullptr;
    QDockWidget* cyclesDock_ = nullptr;
    QDockWidget* changesDock_ = nullptr;
    QAction* summed_ = nullptr;
    QAction* sizeByMoney_ = nullptr;
    QAction* circularFlows_ = nullptr;
    QAction* compare_ = nullptr;
    QAction* clearHighlight_ = nullptr;
    QAction* resetFilters_ = nullptr;
    QMenu* cycleMenu_ = nullptr;
};

} // namespace dealgraph::app
