#include "panels/filter_panel.h"

#include "document/document.h"
#include "document/model_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>
#include <vector>

namespace dealgraph::app {

namespace {

constexpr int kMaxFocusSteps = 6;
constexpr std::array kAmountUnits = {Unit::Usd, Unit::Gigawatts, Unit::Gpus, Unit::Chips};

QString unitText(Unit unit) {
    switch (unit) {
    case Unit::Usd:
        return FilterPanel::tr("US$");
    case Unit::Gigawatts:
        return FilterPanel::tr("GW");
    case Unit::Gpus:
        return FilterPanel::tr("GPUs");
    case Unit::Chips:
        return FilterPanel::tr("chips");
    case Unit::Percent:
        break;
    }
    return QStringLiteral("%");
}

QString unitHint(Unit unit) {
    return unit == Unit::Usd ? FilterPanel::tr("e.g. 1B or 500M; a plain number is billions")
                             : FilterPanel::tr("e.g. 2.5 or 300k");
}

// A group of check boxes, `columns` to a row, one per value of an enum; `onToggle` runs on
// each click.
template <typename Enum, std::size_t N>
QGroupBox* checkGroup(const QString& title, const std::array<Enum, N>& values,
                      std::map<Enum, QCheckBox*>& boxes, const std::function<void()>& onToggle,
                      QWidget* parent, int columns = 2) {
    auto* group = new QGroupBox(title, parent);
    auto* grid = new QGridLayout(group);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(2);
    int i = 0;
    for (Enum value : values) {
        auto* box = new QCheckBox(displayText(value), group);
        QObject::connect(box, &QCheckBox::toggled, group, [onToggle] { onToggle(); });
        grid->addWidget(box, i / columns, i % columns);
        boxes[value] = box;
        ++i;
    }
    return group;
}

template <typename Enum> std::set<Enum> ticked(const std::map<Enum, QCheckBox*>& boxes) {
    std::set<Enum> values;
    for (const auto& [value, box] : boxes)
        if (box->isChecked())
            values.insert(value);
    return values;
}

template <typename Enum>
void tick(const std::map<Enum, QCheckBox*>& boxes, const std::set<Enum>& values) {
    for (const auto& [value, box] : boxes)
        box->setChecked(values.count(value) > 0);
}

} // namespace

std::optional<double> parseAmountInput(const QString& text, Unit unit) {
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char(' ')).remove(QLatin1Char(','));
    if (t.startsWith(QLatin1Char('$')))
        t.remove(0, 1);
    for (const char* word : {"usd", "gw", "gpus", "gpu", "chips"})
        if (t.endsWith(QLatin1String(word))) {
            t.chop(static_cast<qsizetype>(qstrlen(word)));
            break;
        }
    double scale = unit == Unit::Usd ? 1e9 : 1; // a plain number of dollars means billions
    const std::pair<const char*, double> suffixes[] = {
        {"bn", 1e9}, {"t", 1e12}, {"b", 1e9}, {"m", 1e6}, {"k", 1e3}};
    for (const auto& [suffix, factor] : suffixes)
        if (t.endsWith(QLatin1String(suffix))) {
            t.chop(static_cast<qsizetype>(qstrlen(suffix)));
            scale = factor;
            break;
        }
    bool ok = false;
    const double value = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(value) || value < 0 || !std::isfinite(value * scale))
        return std::nullopt;
    return value * scale;
}

QString amountInputText(Unit unit, double value) {
    if (unit == Unit::Usd) {
        QString text = QString::number(value / 1e9, 'g', 12);
        text.append(QLatin1Char('B'));
        return text;
    }
    return QString::number(value, 'g', 12);
}

FilterPanel::FilterPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document) {
    setObjectName(QStringLiteral("filterPanel"));
    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(4, 4, 4, 4);
    column->addWidget(buildChecks());
    column->addWidget(buildAmountAndFocus());
    column->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    // Deal kinds run one to a row ("Exclusivity / right of first refusal" is long), so the
    // panel fits the Details dock's width without scrolling sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(document_, &Document::modelReset, this, &FilterPanel::rebuildEntities);
    connect(document_, &Document::viewChanged, this, &FilterPanel::showFilter);
    rebuildEntities();
}

QWidget* FilterPanel::buildChecks() {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* hint = new QLabel(tr("Tick values to show only those; with none ticked, all show."), box);
    hint->setWordWrap(true);
    column->addWidget(hint);
    const std::function<void()> onToggle = [this] { apply(); };
    column->addWidget(checkGroup(tr("Flow types"), kAllFlowTypes, flowTypes_, onToggle, box));
    column->addWidget(checkGroup(tr("Deal statuses"), kAllStatuses, statuses_, onToggle, box));
    column->addWidget(checkGroup(tr("Deal kinds"), kAllDealKinds, dealKinds_, onToggle, box, 1));
    column->addWidget(
        checkGroup(tr("Entity kinds (both ends)"), kAllEntityKinds, entityKinds_, onToggle, box));
    return box;
}

QWidget* FilterPanel::buildAmountAndFocus() {
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 4, 0, 0);

    unit_ = new QComboBox(box);
    for (Unit unit : kAmountUnits)
        unit_->addItem(unitText(unit), static_cast<int>(unit));
    amount_ = new QLineEdit(box);
    amount_->setObjectName(QStringLiteral("minimumAmount"));
    amount_->setClearButtonEnabled(true);
    amount_->setPlaceholderText(unitHint(Unit::Usd));
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(unit_);
    amountRow->addWidget(amount_, 1);
    form->addRow(tr("At least"), amountRow);
    connect(unit_, &QComboBox::currentIndexChanged, this, [this] {
        amount_->setPlaceholderText(unitHint(static_cast<Unit>(unit_->currentData().toInt())));
        apply();
    });
    connect(amount_, &QLineEdit::editingFinished, this, &FilterPanel::apply);

    focus_ = new QComboBox(box);
    focus_->setObjectName(QStringLiteral("focusEntity"));
    focus_->setEditable(true);
    focus_->setInsertPolicy(QComboBox::NoInsert);
    focus_->lineEdit()->setPlaceholderText(tr("Any entity (type a name)"));
    focus_->lineEdit()->setClearButtonEnabled(true);
    focus_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    focus_->setMinimumContentsLength(12);
    connect(focus_, &QComboBox::activated, this, [this] { apply(); });
    connect(focus_->lineEdit(), &QLineEdit::editingFinished, this, &FilterPanel::onFocusEdited);
    form->addRow(tr("Focus on"), focus_);

    steps_ = new QSpinBox(box);
    steps_->setRange(1, kMaxFocusSteps);
    steps_->setToolTip(tr("How many deals away from the focus entity to show"));
    connect(steps_, &QSpinBox::valueChanged, this, [this] { apply(); });
    form->addRow(tr("Steps away"), steps_);

    dealsAmong_ = new QCheckBox(tr("Include deals among them"), box);
    dealsAmong_->setToolTip(tr("Also show the deals between the focus entity's partners that "
                               "do not involve it"));
    connect(dealsAmong_, &QCheckBox::toggled, this, [this] { apply(); });
    form->addRow(QString(), dealsAmong_);

    problem_ = new QLabel(box);
    problem_->setWordWrap(true);
    problem_->setVisible(false);
    form->addRow(problem_);

    reset_ = new QPushButton(tr("Reset Filters"), box);
    reset_->setToolTip(tr("Show everything again (the date stays)"));
    connect(reset_, &QPushButton::clicked, this, &FilterPanel::resetFilters);
    form->addRow(reset_);
    return box;
}

void FilterPanel::rebuildEntities() {
    const Model& model = document_->model();
    std::vector<std::pair<QString, std::string>> entities;
    idByName_.clear();
    QStringList names;
    for (const Entity& entity : model.entities()) {
        entities.emplace_back(primaryName(entity), entity.id);
        for (const QString& name : allNamesOf(entity)) {
            if (idByName_.emplace(name.toLower(), entity.id).second)
                names << name;
        }
        idByName_.emplace(qstr(entity.id).toLower(), entity.id);
    }
    std::sort(entities.begin(), entities.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    syncing_ = true;
    focus_->clear();
    focus_->addItem(QString(), QString());
    for (const auto& [name, id] : entities)
        focus_->addItem(name, qstr(id));
    auto* completer = new QCompleter(names, focus_);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this,
            &FilterPanel::onFocusEdited);
    if (QCompleter* old = focus_->completer(); old && old != completer)
        old->deleteLater();
    focus_->setCompleter(completer);
    syncing_ = false;
    showFilter();
}

Filter FilterPanel::filterFromControls() const {
    const Filter& current = document_->filter();
    Filter filter;
    filter.asOf = current.asOf;
    filter.keepIsolated = current.keepIsolated;
    filter.flowTypes = ticked(flowTypes_);
    filter.dealKinds = ticked(dealKinds_);
    filter.statuses = ticked(statuses_);
    filter.entityKinds = ticked(entityKinds_);
    if (!amount_->text().trimmed().isEmpty()) {
        const auto unit = static_cast<Unit>(unit_->currentData().toInt());
        if (const std::optional<double> value = parseAmountInput(amount_->text(), unit)) {
            Amount amount;
            amount.unit = unit;
            amount.value = *value;
            filter.minAmount = amount;
        } else {
            filter.minAmount = current.minAmount; // not an amount yet: keep what applies
        }
    }
    const int index = focus_->currentIndex();
    const QString id = index > 0 ? focus_->itemData(index).toString() : QString();
    if (!id.isEmpty() && focus_->currentText() == focus_->itemText(index))
        filter.focus = Focus{id.toStdString(), steps_->value(), dealsAmong_->isChecked()};
    return filter;
}

void FilterPanel::apply() {
    if (syncing_)
        return;
    const QString text = amount_->text().trimmed();
    const auto unit = static_cast<Unit>(unit_->currentData().toInt());
    showProblem(!text.isEmpty() && !parseAmountInput(text, unit)
                    ? tr("“%1” is not an amount. %2.").arg(text, unitHint(unit))
                    : QString());
    document_->setFilter(filterFromControls());
}

void FilterPanel::onFocusEdited() {
    if (syncing_)
        return;
    const QString text = focus_->currentText().trimmed();
    if (text.isEmpty()) {
        focus_->setCurrentIndex(0);
        apply();
        return;
    }
    const auto found = idByName_.find(text.toLower());
    const int index = found == idByName_.end() ? -1 : focus_->findData(qstr(found->second));
    if (index < 0) {
        showProblem(tr("No entity is called “%1”.").arg(text));
        return;
    }
    {
        const QSignalBlocker block(focus_);
        focus_->setCurrentIndex(index);
        focus_->setEditText(focus_->itemText(index));
    }
    apply();
}

void FilterPanel::resetFilters() {
    const Filter& current = document_->filter();
    Filter filter;
    filter.asOf = current.asOf;
    filter.keepIsolated = current.keepIsolated;
    amount_->clear();
    showProblem({});
    document_->setFilter(filter);
}

void FilterPanel::showFilter() {
    const Filter& filter = document_->filter();
    syncing_ = true;
    tick(flowTypes_, filter.flowTypes);
    tick(dealKinds_, filter.dealKinds);
    tick(statuses_, filter.statuses);
    tick(entityKinds_, filter.entityKinds);
    if (filter.minAmount) {
        unit_->setCurrentIndex(unit_->findData(static_cast<int>(filter.minAmount->unit)));
        if (parseAmountInput(amount_->text(), filter.minAmount->unit) != filter.minAmount->value)
            amount_->setText(amountInputText(filter.minAmount->unit, filter.minAmount->value));
    } else if (parseAmountInput(amount_->text(), Unit::Usd)) {
        amount_->clear(); // an applied minimum was removed elsewhere; bad text stays to be fixed
    }
    const int index = filter.focus ? focus_->findData(qstr(filter.focus->entity)) : 0;
    focus_->setCurrentIndex(std::max(index, 0));
    if (index <= 0)
        focus_->setEditText(QString());
    if (filter.focus)
        steps_->setValue(std::clamp(filter.focus->steps, 1, kMaxFocusSteps));
    steps_->setEnabled(filter.focus.has_value());
    dealsAmong_->setChecked(filter.focus && filter.focus->includeDealsAmong);
    dealsAmong_->setEnabled(filter.focus.has_value());
    syncing_ = false;
}

void FilterPanel::showProblem(const QString& text) {
    problem_->setText(text);
    problem_->setVisible(!text.isEmpty());
}

} // namespace dealgraph::app
