#include "panels/filter_bar.h"

#include "document/document.h"
#include "document/model_text.h"

#include "dealgraph/simplify.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace dealgraph::app {

namespace {

template <typename Enum> QString joined(const std::set<Enum>& values) {
    QStringList parts;
    for (Enum value : values)
        parts << displayText(value);
    // The list separator is the language's: ", " in English, "、" in Chinese.
    return parts.join(FilterBar::tr(", ", "list separator"));
}

} // namespace

QString describeFilter(const Model& model, const Filter& filter,
                       const std::optional<Date>& compareFrom) {
    QStringList clauses;
    if (!filter.flowTypes.empty())
        clauses << joined(filter.flowTypes);
    if (!filter.statuses.empty())
        clauses << joined(filter.statuses);
    if (!filter.dealKinds.empty())
        clauses << joined(filter.dealKinds);
    if (!filter.entityKinds.empty())
        clauses << FilterBar::tr("Entities: %1").arg(joined(filter.entityKinds));
    if (filter.minAmount)
        clauses << FilterBar::tr("≥ %1").arg(amountText(*filter.minAmount));
    if (filter.focus)
        // Singular and plural spelled out: there is no English translation to resolve %n.
        clauses << (filter.focus->steps == 1 ? FilterBar::tr("Focus: %1, 1 step")
                                                   .arg(entityName(model, filter.focus->entity))
                                             : FilterBar::tr("Focus: %1, %2 steps")
                                                   .arg(entityName(model, filter.focus->entity))
                                                   .arg(filter.focus->steps)) +
                       (filter.focus->includeDealsAmong ? FilterBar::tr(", deals among them")
                                                        : QString());
    if (filter.asOf)
        clauses << FilterBar::tr("As of %1").arg(dateText(*filter.asOf));
    if (compareFrom)
        clauses << FilterBar::tr("Compared with %1").arg(dateText(*compareFrom));
    return clauses.join(QStringLiteral(" · "));
}

FilterBar::FilterBar(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), title_(new QLabel(this)), label_(new QLabel(this)),
      reset_(new QPushButton(tr("Reset"), this)), plain_(palette()), tinted_(palette()) {
    setObjectName(QStringLiteral("filterBar"));
    // Tinted while something is active, so it reads as a notice about the graph.
    setAutoFillBackground(true);
    tinted_.setColor(QPalette::Window, tinted_.color(QPalette::Highlight).lighter(185));
    tinted_.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));

    label_->setTextFormat(Qt::PlainText);
    label_->setMinimumWidth(0);
    label_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    reset_->setToolTip(tr("Clear every filter, the date and the comparison: show everything"));
    reset_->setAutoDefault(false);
    connect(reset_, &QPushButton::clicked, this, &FilterBar::resetAll);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(8, 2, 4, 2);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    row->addWidget(title_);
    row->addWidget(label_, 1);
    row->addWidget(reset_);

    connect(document_, &Document::viewChanged, this, &FilterBar::refresh);
    connect(document_, &Document::modelReset, this, &FilterBar::refresh);
    connect(document_, &Document::comparisonChanged, this, &FilterBar::refresh);
    connect(document_, &Document::groupsChanged, this, &FilterBar::refresh);
    refresh();
}

QString describeGroups(const Model& model, const std::set<std::string>& collapsed) {
    QStringList boxes;
    for (const EntityGroup& group : entityGroups(model))
        if (collapsed.contains(group.name))
            boxes << QStringLiteral("%1 (%2)")
                         .arg(QString::fromStdString(group.name))
                         .arg(group.members.size());
    return boxes.isEmpty() ? QString()
                           : FilterBar::tr("Grouped: %1")
                                 .arg(boxes.join(FilterBar::tr(", ", "list separator")));
}

void FilterBar::refresh() {
    QString text =
        describeFilter(document_->model(), document_->filter(), document_->compareFrom());
    if (const QString groups = describeGroups(document_->model(), document_->collapsedGroups());
        !groups.isEmpty())
        text = text.isEmpty() ? groups : text + QStringLiteral(" · ") + groups;
    active_ = !text.isEmpty();
    title_->setText(active_ ? tr("Active filters:") : tr("Showing:"));
    label_->setText(active_ ? text : tr("every deal, in its latest reported status"));
    label_->setToolTip(label_->text());
    reset_->setEnabled(active_);
    setPalette(active_ ? tinted_ : plain_);
}

void FilterBar::resetAll() {
    Filter filter;
    filter.keepIsolated = document_->filter().keepIsolated;
    document_->setCompareFrom(std::nullopt);
    document_->setFilter(filter);
    document_->setCollapsedGroups({});
}

} // namespace dealgraph::app
