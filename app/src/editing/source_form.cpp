#include "editing/source_form.h"

#include "document/document.h"
#include "document/model_text.h"

#include <QFormLayout>
#include <QLineEdit>

namespace dealgraph::app {

SourceForm::SourceForm(Document* document, std::optional<std::string> id, QWidget* parent)
    : ModelForm(document, parent), originalId_(std::move(id)), id_(new QLineEdit(this)),
      publisher_(new QLineEdit(this)), title_(new QLineEdit(this)), date_(new QLineEdit(this)),
      url_(new QLineEdit(this)), citing_(new QLineEdit(this)) {
    const Model& model = document->model();
    if (originalId_)
        if (const Source* source = model.source(*originalId_))
            original_ = *source;
    setWindowTitle(originalId_ ? tr("Edit Source") : tr("New Source"));
    setObjectName(QStringLiteral("sourceForm"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Publisher:"), publisher_);
    publisher_->setPlaceholderText(tr("As the article names it: Financial Times"));
    form->addRow(tr("&Title:"), title_);
    form->addRow(tr("&Date:"), date_);
    date_->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
    form->addRow(tr("&Address:"), url_);
    url_->setPlaceholderText(QStringLiteral("https://…"));
    form->addRow(tr("&Citing:"), citing_);
    citing_->setPlaceholderText(tr("The reporter the article cites, if any"));
    form->addRow(tr("&Id:"), id_);
    body()->addLayout(form);

    id_->setText(qstr(original_.id));
    publisher_->setText(qstr(original_.publisher));
    title_->setText(qstr(original_.title));
    date_->setText(original_.date ? qstr(original_.date->toString()) : QString());
    url_->setText(qstr(original_.url));
    citing_->setText(qstr(original_.citing));

    registerField("/id", id_, tr("Id"));
    registerField("/publisher", publisher_, tr("Publisher"));
    registerField("/title", title_, tr("Title"));
    registerField("/date", date_, tr("Date"));
    registerField("/url", url_, tr("Address"));
    registerField("/citing", citing_, tr("Citing"));

    std::vector<std::string> taken;
    for (const Source& source : model.sources())
        taken.push_back(source.id);
    keepIdSuggested(
        id_, originalId_.has_value(),
        [this] { return publisher_->text() + QLatin1Char(' ') + date_->text(); }, taken, "source");
    for (QLineEdit* field : {publisher_, title_, date_, url_, citing_})
        connect(field, &QLineEdit::textChanged, this, [this] {
            suggestId();
            scheduleRevalidate();
        });
    setFirstField(publisher_);
    resize(520, 300);
    revalidate();
}

std::optional<Source> SourceForm::source() const {
    Source out = original_;
    out.id = fieldValue(id_->text());
    out.publisher = fieldValue(publisher_->text());
    out.title = fieldValue(title_->text());
    out.url = fieldValue(url_->text());
    out.citing = fieldValue(citing_->text());
    out.date.reset();
    if (!date_->text().trimmed().isEmpty()) {
        out.date = Date::parse(fieldValue(date_->text()));
        if (!out.date)
            return std::nullopt;
    }
    return out;
}

std::string SourceForm::sourceId() const {
    return fieldValue(id_->text());
}

ModelForm::Candidate SourceForm::candidate() const {
    Candidate out;
    const auto edited = source();
    if (!edited) {
        out.fieldErrors.emplace_back(date_, tr("not a date: write YYYY, YYYY-MM or YYYY-MM-DD"));
        return out;
    }
    const Model& model = document()->model();
    if (edited->id != originalId_.value_or(std::string()))
        if (const Source* other = model.source(edited->id)) {
            out.fieldErrors.emplace_back(id_, tr("%1 is already the id of %2: choose another")
                                                  .arg(qstr(edited->id), publisherOf(*other)));
            return out;
        }
    if (originalId_) {
        std::size_t index = 0;
        while (index < model.sources().size() && model.sources()[index].id != *originalId_)
            ++index;
        if (index == model.sources().size()) {
            out.fieldErrors.emplace_back(id_, tr("this source is no longer in the model"));
            return out;
        }
        out.parts = withSourceReplaced(model, *originalId_, *edited);
        out.pointer = sourcePointer(index);
    } else {
        out.parts = withSourceAdded(model, *edited);
        out.pointer = sourcePointer(model.sources().size());
    }
    return out;
}

std::vector<Diagnostic> SourceForm::commit() {
    const auto edited = source();
    if (!edited)
        return {Diagnostic{"/date", 0, 0, "not a date"}};
    if (originalId_)
        return document()->replaceSource(*originalId_, *edited);
    return document()->addSource(*edited);
}

} // namespace dealgraph::app
