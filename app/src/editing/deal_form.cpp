#include "editing/deal_form.h"

#include "document/document.h"
#include "document/model_text.h"

#include "dealgraph/amount_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>

namespace dealgraph::app {

namespace {

template <typename T> T* cell(const QTableWidget* table, int row, int column) {
    return qobject_cast<T*>(table->cellWidget(row, column));
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setMinimumHeight(120);
    return table;
}

QHBoxLayout* buttonRow(std::initializer_list<QPushButton*> buttons) {
    auto* row = new QHBoxLayout;
    for (QPushButton* button : buttons)
        row->addWidget(button);
    row->addStretch();
    return row;
}

} // namespace

DealForm::DealForm(Document* document, std::optional<std::string> id, QWidget* parent)
    : ModelForm(document, parent), originalId_(std::move(id)), title_(new QLineEdit(this)),
      id_(new QLineEdit(this)), kind_(new QComboBox(this)), notes_(new QPlainTextEdit(this)),
      headline_(new QLineEdit(this)), span_(new QLineEdit(this)), headlineAt_(nullptr),
      flows_(makeTable(
          {tr("From"), tr("To"), tr("Type"), tr("Amounts"), tr("In headline"), tr("Note")}, this)),
      history_(makeTable({tr("Date"), tr("Status"), tr("Sources (ids)"), tr("Note")}, this)),
      sources_(new QListWidget(this)) {
    const Model& model = document->model();
    if (originalId_)
        if (const Deal* deal = model.deal(*originalId_))
            original_ = *deal;
    setWindowTitle(originalId_ ? tr("Edit Deal") : tr("New Deal"));
    setObjectName(QStringLiteral("dealForm"));
    headlineAt_ = entityCombo(original_.headline.at, true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), title_);
    title_->setPlaceholderText(tr("What was agreed: OpenAI buys $300B of Oracle compute"));
    form->addRow(tr("&Id:"), id_);
    for (const DealKind kind : kAllDealKinds)
        kind_->addItem(displayText(kind), static_cast<int>(kind));
    form->addRow(tr("&Kind:"), kind_);
    notes_->setMaximumHeight(80);
    form->addRow(tr("&Notes:"), notes_);
    headline_->setPlaceholderText(tr("The figure as announced, if the split is not known: "
                                     "$500B"));
    form->addRow(tr("&Headline:"), headline_);
    span_->setPlaceholderText(tr("over four years"));
    form->addRow(tr("Headline &span:"), span_);
    form->addRow(tr("Headline drawn &on:"), headlineAt_);
    body()->addLayout(form);

    auto* flowsBox = new QGroupBox(tr("Flows"), this);
    auto* flowsLayout = new QVBoxLayout(flowsBox);
    flowsLayout->addWidget(flows_);
    auto* addFlowButton = new QPushButton(tr("Add Flow"), this);
    auto* removeFlowButton = new QPushButton(tr("Remove Flow"), this);
    flowsLayout->addLayout(buttonRow({addFlowButton, removeFlowButton}));
    flows_->setToolTip(tr("Amounts as the article gave them: \"up to $100B\", \"about 1 GW; "
                          "300k GPUs\", \"$4B-5B\", \"49%\""));
    body()->addWidget(flowsBox, 2);

    auto* historyBox = new QGroupBox(tr("Status over time"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(history_);
    auto* addStepButton = new QPushButton(tr("Add Status"), this);
    auto* removeStepButton = new QPushButton(tr("Remove Status"), this);
    historyLayout->addLayout(buttonRow({addStepButton, removeStepButton}));
    body()->addWidget(historyBox, 1);

    auto* sourcesBox = new QGroupBox(tr("Sources cited"), this);
    auto* sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(sources_);
    sources_->setMaximumHeight(110);
    auto* newSourceButton = new QPushButton(tr("New Source…"), this);
    sourcesLayout->addLayout(buttonRow({newSourceButton}));
    body()->addWidget(sourcesBox, 1);

    // The fields as the deal stands.
    title_->setText(qstr(original_.title));
    id_->setText(qstr(original_.id));
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(original_.kind)));
    notes_->setPlainText(qstr(original_.notes));
    std::vector<Amount> headline;
    for (const HeadlineAmount& figure : original_.headline.amounts)
        headline.push_back(figure.amount);
    headline_->setText(qstr(amountsInputText(headline)));
    if (!original_.headline.amounts.empty())
        span_->setText(qstr(original_.headline.amounts.front().span));
    for (const Flow& flow : original_.flows)
        addFlowRow(flow);
    for (const StatusStep& step : original_.history)
        addStepRow(step);
    fillSources();

    registerField("/id", id_, tr("Id"));
    registerField("/title", title_, tr("Title"));
    registerField("/kind", kind_, tr("Kind"));
    registerField("/notes", notes_, tr("Notes"));
    registerField("/headline", headline_, tr("Headline"));
    registerField("/headline/at", headlineAt_, tr("Headline drawn on"));
    registerField("/flows", flows_, tr("Flows"));
    registerField("/history", history_, tr("Status over time"));
    registerField("/sources", sources_, tr("Sources cited"));
    registerRows();

    std::vector<std::string> taken;
    for (const Deal& deal : model.deals())
        taken.push_back(deal.id);
    keepIdSuggested(
        id_, originalId_.has_value(), [this] { return title_->text(); }, taken, "deal");
    connect(title_, &QLineEdit::textChanged, this, [this] {
        suggestId();
        scheduleRevalidate();
    });
    for (QLineEdit* field : {headline_, span_})
        connect(field, &QLineEdit::textChanged, this, [this] { scheduleRevalidate(); });
    connect(notes_, &QPlainTextEdit::textChanged, this, [this] { scheduleRevalidate(); });
    for (QComboBox* combo : {kind_, headlineAt_})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { scheduleRevalidate(); });
    connect(sources_, &QListWidget::itemChanged, this, [this] { scheduleRevalidate(); });
    connect(addFlowButton, &QPushButton::clicked, this, [this] { addFlow(); });
    connect(removeFlowButton, &QPushButton::clicked, this,
            [this] { removeRow(flows_, &rowFlows_, nullptr); });
    connect(addStepButton, &QPushButton::clicked, this, [this] { addStatusStep(); });
    connect(removeStepButton, &QPushButton::clicked, this,
            [this] { removeRow(history_, nullptr, &rowSteps_); });
    connect(newSourceButton, &QPushButton::clicked, this, &DealForm::newSourceRequested);
    connect(document, &Document::modelReset, this, [this] {
        fillSources(); // a source made from this form
        scheduleRevalidate();
    });
    setFirstField(title_);
    resize(900, 760);
    revalidate();
}

QComboBox* DealForm::entityCombo(const std::string& current, bool allowNone) {
    auto* combo = new QComboBox(this);
    std::vector<const Entity*> entities;
    for (const Entity& entity : document()->model().entities())
        entities.push_back(&entity);
    std::sort(entities.begin(), entities.end(), [](const Entity* a, const Entity* b) {
        return primaryName(*a).localeAwareCompare(primaryName(*b)) < 0;
    });
    if (allowNone)
        combo->addItem(tr("(none)"), QString());
    for (const Entity* entity : entities)
        combo->addItem(primaryName(*entity), qstr(entity->id));
    const int at = combo->findData(qstr(current));
    combo->setCurrentIndex(at >= 0 ? at : (allowNone ? 0 : -1));
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { scheduleRevalidate(); });
    return combo;
}

void DealForm::addFlowRow(const Flow& flow) {
    const int row = flows_->rowCount();
    flows_->insertRow(row);
    rowFlows_.push_back(flow);
    flows_->setCellWidget(row, FromColumn, entityCombo(flow.from, false));
    flows_->setCellWidget(row, ToColumn, entityCombo(flow.to, false));
    auto* type = new QComboBox(this);
    for (const FlowType t : kAllFlowTypes)
        type->addItem(displayText(t), static_cast<int>(t));
    type->setCurrentIndex(type->findData(static_cast<int>(flow.type)));
    connect(type, &QComboBox::currentIndexChanged, this, [this] { scheduleRevalidate(); });
    flows_->setCellWidget(row, TypeColumn, type);
    auto* amounts = new QLineEdit(qstr(amountsInputText(flow.amounts)), this);
    amounts->setPlaceholderText(tr("none reported"));
    connect(amounts, &QLineEdit::textChanged, this, [this] { scheduleRevalidate(); });
    flows_->setCellWidget(row, AmountsColumn, amounts);
    auto* inHeadline = new QCheckBox(this);
    inHeadline->setChecked(flow.inHeadline);
    inHeadline->setToolTip(tr("Part of the headline figure: counted in it, never added to it"));
    connect(inHeadline, &QCheckBox::toggled, this, [this] { scheduleRevalidate(); });
    flows_->setCellWidget(row, InHeadlineColumn, inHeadline);
    auto* note = new QLineEdit(qstr(flow.note), this);
    connect(note, &QLineEdit::textChanged, this, [this] { scheduleRevalidate(); });
    flows_->setCellWidget(row, FlowNoteColumn, note);
    flows_->setColumnWidth(FromColumn, 150);
    flows_->setColumnWidth(ToColumn, 150);
    flows_->setColumnWidth(AmountsColumn, 170);
}

void DealForm::addStepRow(const StatusStep& step) {
    const int row = history_->rowCount();
    history_->insertRow(row);
    rowSteps_.push_back(step);
    auto* date = new QLineEdit(step.date.isValid() ? qstr(step.date.toString()) : QString(), this);
    date->setPlaceholderText(tr("YYYY-MM-DD"));
    connect(date, &QLineEdit::textChanged, this, [this] { scheduleRevalidate(); });
    history_->setCellWidget(row, DateColumn, date);
    auto* status = new QComboBox(this);
    for (const Status st : kAllStatuses)
        status->addItem(displayText(st), static_cast<int>(st));
    status->setCurrentIndex(status->findData(static_cast<int>(step.status)));
    connect(status, &QComboBox::currentIndexChanged, this, [this] { scheduleRevalidate(); });
    history_->setCellWidget(row, StatusColumn, status);
    QStringList ids;
    for (const std::string& id : step.sources)
        ids << qstr(id);
    auto* sources = new QLineEdit(ids.join(QStringLiteral(", ")), this);
    sources->setPlaceholderText(tr("source ids, comma-separated"));
    connect(sources, &QLineEdit::textChanged, this, [this] { scheduleRevalidate(); });
    history_->setCellWidget(row, StepSourcesColumn, sources);
    auto* note = new QLineEdit(qstr(step.note), this);
    connect(note, &QLineEdit::textChanged, this, [this] { scheduleRevalidate(); });
    history_->setCellWidget(row, StepNoteColumn, note);
    history_->setColumnWidth(DateColumn, 110);
    history_->setColumnWidth(StatusColumn, 130);
    history_->setColumnWidth(StepSourcesColumn, 220);
}

void DealForm::addFlow(const std::string& from, const std::string& to) {
    Flow flow;
    flow.from = from;
    flow.to = to;
    addFlowRow(flow);
    registerRows();
    scheduleRevalidate();
}

void DealForm::addFlow() {
    const auto& entities = document()->model().entities();
    addFlow(entities.empty() ? std::string() : entities.front().id,
            entities.size() < 2 ? std::string() : entities[1].id);
}

void DealForm::addStatusStep() {
    StatusStep step;
    step.status = rowSteps_.empty() ? Status::Announced : rowSteps_.back().status;
    // The sources the deal cites are the likeliest reporters of its new step.
    for (int i = 0; i < sources_->count(); ++i)
        if (sources_->item(i)->checkState() == Qt::Checked)
            step.sources.push_back(fieldValue(sources_->item(i)->data(Qt::UserRole).toString()));
    addStepRow(step);
    registerRows();
    scheduleRevalidate();
}

void DealForm::removeRow(QTableWidget* table, std::vector<Flow>* flows,
                         std::vector<StatusStep>* steps) {
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    if (flows)
        flows->erase(flows->begin() + row);
    if (steps)
        steps->erase(steps->begin() + row);
    registerRows();
    scheduleRevalidate();
}

void DealForm::registerRows() {
    clearFields("/flows/");
    clearFields("/history/");
    for (int row = 0; row < flows_->rowCount(); ++row) {
        const std::string at = "/flows/" + std::to_string(row);
        const QString flow = tr("Flow %1").arg(row + 1);
        registerField(at, flows_->cellWidget(row, FromColumn), flow);
        registerField(at + "/from", flows_->cellWidget(row, FromColumn), tr("%1, from").arg(flow));
        registerField(at + "/to", flows_->cellWidget(row, ToColumn), tr("%1, to").arg(flow));
        registerField(at + "/type", flows_->cellWidget(row, TypeColumn), tr("%1, type").arg(flow));
        registerField(at + "/amounts", flows_->cellWidget(row, AmountsColumn),
                      tr("%1, amounts").arg(flow));
        registerField(at + "/note", flows_->cellWidget(row, FlowNoteColumn),
                      tr("%1, note").arg(flow));
    }
    for (int row = 0; row < history_->rowCount(); ++row) {
        const std::string at = "/history/" + std::to_string(row);
        const QString step = tr("Status %1").arg(row + 1);
        registerField(at, history_->cellWidget(row, DateColumn), step);
        registerField(at + "/date", history_->cellWidget(row, DateColumn),
                      tr("%1, date").arg(step));
        registerField(at + "/status", history_->cellWidget(row, StatusColumn),
                      tr("%1, status").arg(step));
        registerField(at + "/sources", history_->cellWidget(row, StepSourcesColumn),
                      tr("%1, sources").arg(step));
        registerField(at + "/note", history_->cellWidget(row, StepNoteColumn),
                      tr("%1, note").arg(step));
    }
}

void DealForm::fillSources() {
    std::vector<std::string> cited;
    if (sources_->count() == 0) {
        cited = original_.sources;
    } else {
        for (int i = 0; i < sources_->count(); ++i)
            if (sources_->item(i)->checkState() == Qt::Checked)
                cited.push_back(fieldValue(sources_->item(i)->data(Qt::UserRole).toString()));
    }
    const QSignalBlocker quiet(sources_);
    sources_->clear();
    for (const Source& source : document()->model().sources()) {
        QString text = publisherOf(source);
        if (!source.title.empty())
            text += QStringLiteral(": ") + qstr(source.title);
        if (source.date)
            text += QStringLiteral(" (%1)").arg(dateText(*source.date));
        auto* item = new QListWidgetItem(QStringLiteral("%1  [%2]").arg(text, qstr(source.id)));
        item->setData(Qt::UserRole, qstr(source.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = std::find(cited.begin(), cited.end(), source.id) != cited.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        sources_->addItem(item);
    }
}

void DealForm::citeSource(const std::string& id) {
    for (int i = 0; i < sources_->count(); ++i)
        if (sources_->item(i)->data(Qt::UserRole).toString() == qstr(id))
            sources_->item(i)->setCheckState(Qt::Checked);
}

Deal DealForm::deal(std::vector<std::pair<QWidget*, QString>>* errors) const {
    auto fail = [&](QWidget* widget, const QString& message) {
        if (errors)
            errors->emplace_back(widget, message);
    };
    Deal out = original_;
    out.id = fieldValue(id_->text());
    out.title = fieldValue(title_->text());
    out.kind = static_cast<DealKind>(kind_->currentData().toInt());
    out.notes = notes_->toPlainText().trimmed().toStdString();

    std::string why;
    const auto figures = parseAmountsText(fieldValue(headline_->text()), &why);
    if (!figures)
        fail(headline_, qstr(why));
    std::vector<HeadlineAmount> headline;
    for (std::size_t i = 0; figures && i < figures->size(); ++i) {
        HeadlineAmount figure = i < original_.headline.amounts.size()
                                    ? original_.headline.amounts[i]
                                    : HeadlineAmount{};
        figure.amount = (*figures)[i];
        if (i == 0)
            figure.span = fieldValue(span_->text());
        headline.push_back(figure);
    }
    out.headline.amounts = headline;
    out.headline.at = fieldValue(headlineAt_->currentData().toString());

    out.flows.clear();
    for (int row = 0; row < flows_->rowCount(); ++row) {
        Flow flow = rowFlows_[static_cast<std::size_t>(row)];
        flow.from = fieldValue(cell<QComboBox>(flows_, row, FromColumn)->currentData().toString());
        flow.to = fieldValue(cell<QComboBox>(flows_, row, ToColumn)->currentData().toString());
        flow.type =
            static_cast<FlowType>(cell<QComboBox>(flows_, row, TypeColumn)->currentData().toInt());
        auto* amountsField = cell<QLineEdit>(flows_, row, AmountsColumn);
        if (const auto amounts = parseAmountsText(fieldValue(amountsField->text()), &why)) {
            // Members this version does not know stay with the amount at the same place.
            std::vector<Amount> kept = *amounts;
            for (std::size_t i = 0; i < kept.size() && i < flow.amounts.size(); ++i)
                kept[i].unknown = flow.amounts[i].unknown;
            flow.amounts = kept;
        } else {
            fail(amountsField, qstr(why));
        }
        flow.inHeadline = cell<QCheckBox>(flows_, row, InHeadlineColumn)->isChecked();
        flow.note = fieldValue(cell<QLineEdit>(flows_, row, FlowNoteColumn)->text());
        out.flows.push_back(flow);
    }

    out.history.clear();
    for (int row = 0; row < history_->rowCount(); ++row) {
        StatusStep step = rowSteps_[static_cast<std::size_t>(row)];
        auto* dateField = cell<QLineEdit>(history_, row, DateColumn);
        if (const auto date = Date::parse(fieldValue(dateField->text())))
            step.date = *date;
        else
            fail(dateField, tr("not a date: write YYYY, YYYY-MM or YYYY-MM-DD"));
        step.status = static_cast<Status>(
            cell<QComboBox>(history_, row, StatusColumn)->currentData().toInt());
        step.sources.clear();
        for (const QString& id : cell<QLineEdit>(history_, row, StepSourcesColumn)
                                     ->text()
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!id.trimmed().isEmpty())
                step.sources.push_back(fieldValue(id));
        step.note = fieldValue(cell<QLineEdit>(history_, row, StepNoteColumn)->text());
        out.history.push_back(step);
    }

    out.sources.clear();
    for (int i = 0; i < sources_->count(); ++i)
        if (sources_->item(i)->checkState() == Qt::Checked)
            out.sources.push_back(fieldValue(sources_->item(i)->data(Qt::UserRole).toString()));
    return out;
}

ModelForm::Candidate DealForm::candidate() const {
    Candidate out;
    const Deal edited = deal(&out.fieldErrors);
    if (!out.fieldErrors.empty())
        return out;
    const Model& model = document()->model();
    if (edited.id != originalId_.value_or(std::string()))
        if (const Deal* other = model.deal(edited.id)) {
            out.fieldErrors.emplace_back(id_, tr("%1 is already the id of '%2': choose another")
                                                  .arg(qstr(edited.id), titleOf(*other)));
            return out;
        }
    if (originalId_) {
        const auto index = model.dealIndex(*originalId_);
        if (!index) {
            out.fieldErrors.emplace_back(id_, tr("this deal is no longer in the model"));
            return out;
        }
        out.parts = withDealReplaced(model, *originalId_, edited);
        out.pointer = dealPointer(*index);
    } else {
        out.parts = withDealAdded(model, edited);
        out.pointer = dealPointer(model.deals().size());
    }
    return out;
}

std::vector<Diagnostic> DealForm::commit() {
    std::vector<std::pair<QWidget*, QString>> errors;
    const Deal edited = deal(&errors);
    if (!errors.empty())
        return {Diagnostic{"", 0, 0, errors.front().second.toStdString()}};
    if (originalId_)
        return document()->replaceDeal(*originalId_, edited);
    return document()->addDeal(edited);
}

} // namespace dealgraph::app
