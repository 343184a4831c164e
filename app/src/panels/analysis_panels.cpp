#include "panels/analysis_panels.h"

#include "document/document.h"
#include "panels/changes_panel.h"
#include "panels/cycles_panel.h"
#include "panels/filter_bar.h"
#include "panels/filter_panel.h"
#include "panels/time_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QFrame>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QToolBar>
#include <QVBoxLayout>

namespace dealgraph::app {

namespace {
// More rows than this would make a menu taller than a laptop screen; the dock lists them all.
constexpr int kMaxCycleMenuItems = 25;
} // namespace

AnalysisPanels::AnalysisPanels(QMainWindow* window, Document* document, QWidget* graph)
    : QObject(window), window_(window), document_(document), central_(new QWidget(window)),
      time_(new TimePanel(document, central_)), bar_(new FilterBar(document, central_)),
      filters_(new FilterPanel(document, window)), cycles_(new CyclesPanel(document, window)),
      changes_(new ChangesPanel(document, window)) {
    central_->setObjectName(QStringLiteral("graphArea"));
    auto* line = new QFrame(central_);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* column = new QVBoxLayout(central_);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(bar_);
    column->addWidget(graph, 1);
    column->addWidget(line);
    column->addWidget(time_);
    createActions();
}

void AnalysisPanels::createActions() {
    auto make = [this](const QString& text, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setStatusTip(tip);
        return action;
    };
    const QSettings settings;
    summed_ = make(tr("&Summed Flows"),
                   tr("Draw one line per pair of entities and flow type, carrying the total"));
    summed_->setIconText(tr("Summed"));
    summed_->setIcon(QIcon::fromTheme(QStringLiteral("view-list-tree")));
    summed_->setCheckable(true);
    summed_->setChecked(settings.value(QLatin1String(kSummedFlowsKey), false).toBool());
    sizeByMoney_ = make(tr("Size &Entities by Money"),
                        tr("Give each entity a disc sized by the money it pays and receives"));
    sizeByMoney_->setCheckable(true);
    sizeByMoney_->setChecked(settings.value(QLatin1String(kSizeByMoneyKey), false).toBool());
    for (QAction* toggle : {summed_, sizeByMoney_})
        connect(toggle, &QAction::toggled, this, [this] {
            QSettings s;
            s.setValue(QLatin1String(kSummedFlowsKey), summed_->isChecked());
            s.setValue(QLatin1String(kSizeByMoneyKey), sizeByMoney_->isChecked());
            applyDisplayOptions();
        });
    connect(document_, &Document::displayChanged, this, [this] {
        summed_->setChecked(document_->displayOptions().summed);
        sizeByMoney_->setChecked(document_->displayOptions().sizeByTotals);
    });
    applyDisplayOptions();

    circularFlows_ =
        make(tr("&Circular Flows"), tr("List the cycles of money among the entities shown"));
    compare_ = make(tr("Compare &Dates…"), tr("List and highlight what changed between two dates"));
    clearHighlight_ = make(tr("C&lear Highlight"), tr("Stop pointing out the highlighted cycle"));
    clearHighlight_->setEnabled(false);
    resetFilters_ = make(tr("&Reset Filters and Date"), tr("Show the whole model, as it stands"));
    connect(circularFlows_, &QAction::triggered, this, [this] { showDock(cyclesDock_); });
    connect(compare_, &QAction::triggered, this, [this] {
        showDock(changesDock_);
        time_->startCompare();
    });
    connect(clearHighlight_, &QAction::triggered, document_,
            [this] { document_->setHighlight({}); });
    connect(resetFilters_, &QAction::triggered, bar_, &FilterBar::resetAll);
    connect(document_, &Document::highlightChanged, this,
            [this] { clearHighlight_->setEnabled(!document_->highlight().isEmpty()); });
    // Turning the comparison on brings its list forward.
    connect(document_, &Document::comparisonChanged, this, [this] {
        if (document_->compareFrom() && changesDock_ && !changesDock_->isVisible())
            showDock(changesDock_);
    });
    for (QAction* action : {circularFlows_, compare_, clearHighlight_, resetFilters_})
        window_->addAction(action); // shortcuts wherever the focus is
}

void AnalysisPanels::applyDisplayOptions() {
    DisplayOptions options;
    options.summed = summed_->isChecked();
    options.sizeByTotals = sizeByMoney_->isChecked();
    document_->setDisplayOptions(options);
}

QDockWidget* AnalysisPanels::makeDock(const QString& title, const QString& menuText,
                                      const QString& name, QWidget* content) {
    auto* dock = new QDockWidget(title, window_);
    dock->setObjectName(name);
    dock->setWidget(content);
    dock->toggleViewAction()->setText(menuText);
    dock->toggleViewAction()->setStatusTip(tr("Show or hide the %1 panel").arg(title));
    return dock;
}

void AnalysisPanels::addDocks(QDockWidget* rightDock, QDockWidget* bottomDock) {
    filtersDock_ = makeDock(tr("Filters"), tr("&Filters"), QStringLiteral("filtersDock"), filters_);
    cyclesDock_ = makeDock(tr("Circular Flows"), tr("&Circular Flows"),
                           QStringLiteral("cyclesDock"), cycles_);
    changesDock_ = makeDock(tr("Changes"), tr("C&hanges"), QStringLiteral("changesDock"), changes_);
    window_->addDockWidget(Qt::RightDockWidgetArea, filtersDock_);
    window_->tabifyDockWidget(rightDock, filtersDock_);
    window_->addDockWidget(Qt::BottomDockWidgetArea, cyclesDock_);
    window_->tabifyDockWidget(bottomDock, cyclesDock_);
    window_->tabifyDockWidget(bottomDock, changesDock_);
    rightDock->raise();
    bottomDock->raise();
}

void AnalysisPanels::showDock(QDockWidget* dock) const {
    if (!dock)
        return;
    dock->show();
    dock->raise();
}

void AnalysisPanels::addToViewMenu(QMenu* view) const {
    view->addSeparator();
    view->addAction(summed_);
    view->addAction(sizeByMoney_);
    view->addSeparator();
    view->addAction(filtersDock_->toggleViewAction());
    view->addAction(cyclesDock_->toggleViewAction());
    view->addAction(changesDock_->toggleViewAction());
}

void AnalysisPanels::addToToolBar(QToolBar* bar) const {
    bar->addAction(summed_);
}

QMenu* AnalysisPanels::createAnalysisMenu(QWidget* parent) {
    auto* menu = new QMenu(tr("&Analysis"), parent);
    menu->addAction(circularFlows_);
    cycleMenu_ = menu->addMenu(tr("&Highlight Cycle"));
    cycleMenu_->menuAction()->setStatusTip(tr("Point out one circular flow on the graph"));
    connect(cycleMenu_, &QMenu::aboutToShow, this, &AnalysisPanels::fillCycleMenu);
    fillCycleMenu(); // so the submenu is never empty, even before it first opens
    menu->addAction(clearHighlight_);
    menu->addSeparator();
    menu->addAction(compare_);
    menu->addSeparator();
    menu->addAction(filtersDock_->toggleViewAction());
    menu->addAction(resetFilters_);
    return menu;
}

void AnalysisPanels::fillCycleMenu() {
    cycleMenu_->clear();
    cycles_->refresh();
    const auto& cycles = cycles_->cycles();
    if (cycles.empty()) {
        cycleMenu_->addAction(tr("No circular flows in this view"))->setEnabled(false);
        return;
    }
    const int shown = std::min(static_cast<int>(cycles.size()), kMaxCycleMenuItems);
    for (int i = 0; i < shown; ++i) {
        QAction* action =
            cycleMenu_->addAction(cycles_->titleOf(cycles[static_cast<std::size_t>(i)]));
        connect(action, &QAction::triggered, this, [this, i] {
            showDock(cyclesDock_);
            cycles_->highlightCycle(i);
        });
    }
    if (static_cast<int>(cycles.size()) > shown) {
        cycleMenu_->addSeparator();
        QAction* more =
            cycleMenu_->addAction(tr("All %1 in the Circular Flows panel…").arg(cycles.size()));
        connect(more, &QAction::triggered, this, [this] { showDock(cyclesDock_); });
    }
}

} // namespace dealgraph::app
