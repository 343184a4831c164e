#include "editing/story_step_form.h"

#include "document/document.h"
#include "document/model_text.h"
#include "document/story_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace dealgraph::app {

namespace {

// Captions are written in the model's language and in Simplified Chinese, like the bundled
// stories; other languages a file carries are kept as they are.
const std::string kChinese = "zh-Hans";

QString translationOf(const Translations& translations, const char* member) {
    const auto language = translations.find(kChinese);
    if (language == translations.end())
        return {};
    const auto text = language->second.find(member);
    return text == language->second.end() ? QString() : qstr(text->second);
}

void setTranslation(Translations& translations, const char* member, const QString& text) {
    const std::string value = fieldValue(text);
    if (value.empty()) {
        const auto language = translations.find(kChinese);
        if (language == translations.end())
            return;
        language->second.erase(member);
        if (language->second.empty())
            translations.erase(language);
        return;
    }
    translations[kChinese][member] = value;
}

std::string plainValue(const QPlainTextEdit* field) {
    return fieldValue(field->toPlainText());
}

} // namespace

StoryStepForm::StoryStepForm(Document* document, StoryStepTarget target, QWidget* parent)
    : ModelForm(document, parent), target_(target), viewNow_(stepOfView(*document)),
      title_(new QLineEdit(this)), chineseTitle_(new QLineEdit(this)),
      caption_(new QPlainTextEdit(this)), chineseCaption_(new QPlainTextEdit(this)),
      layout_(new QComboBox(this)), summary_(new QLabel(this)) {
    const auto& stories = document->model().stories();
    if (target_.story && *target_.story >= stories.size())
        target_.story.reset(); // the story went meanwhile: make a new one rather than fail
    original_ = viewNow_;
    if (target_.story && !target_.newStep && target_.step < stories[*target_.story].steps.size())
        original_ = stories[*target_.story].steps[target_.step];
    else
        target_.newStep = true;
    if (target_.story)
        target_.step = std::min(target_.step,
                                stories[*target_.story].steps.size() - (target_.newStep ? 0 : 1));
    else
        target_.step = 0;

    setObjectName(QStringLiteral("storyStepForm"));
    if (!target_.story)
        setWindowTitle(tr("New Story"));
    else if (target_.newStep)
        setWindowTitle(tr("Add Step to '%1'").arg(titleOf(stories[*target_.story])));
    else
        setWindowTitle(
            tr("Edit Step %1 of '%2'").arg(target_.step + 1).arg(titleOf(stories[*target_.story])));

    auto* form = new QFormLayout;
    if (!target_.story) {
        storyTitle_ = new QLineEdit(this);
        storyId_ = new QLineEdit(this);
        chineseStoryTitle_ = new QLineEdit(this);
        form->addRow(tr("&Story title:"), storyTitle_);
        storyTitle_->setPlaceholderText(tr("What the story tells: The closed loop"));
        form->addRow(tr("Story title in Chinese:"), chineseStoryTitle_);
        form->addRow(tr("Story &id:"), storyId_);
        storyId_->setToolTip(tr("What --story takes on the command line"));
    }
    form->addRow(tr("Step &title:"), title_);
    title_->setPlaceholderText(tr("The slide's title"));
    form->addRow(tr("Title in Chinese:"), chineseTitle_);
    caption_->setPlaceholderText(tr("A few sentences; every claim carried by a deal the step "
                                    "shows, numbers as the source said them"));
    caption_->setTabChangesFocus(true);
    caption_->setMaximumHeight(110);
    form->addRow(tr("&Caption:"), caption_);
    chineseCaption_->setTabChangesFocus(true);
    chineseCaption_->setMaximumHeight(110);
    form->addRow(tr("Caption in Chinese:"), chineseCaption_);
    layout_->addItem(tr("Fit what it shows"), static_cast<int>(StepLayout::FitShown));
    layout_->addItem(tr("Keep the whole graph's positions"),
                     static_cast<int>(StepLayout::KeepPositions));
    layout_->setToolTip(tr("Keeping the positions makes consecutive slides line up"));
    form->addRow(tr("&Layout:"), layout_);
    summary_->setObjectName(QStringLiteral("stepViewSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::PlainText);
    form->addRow(tr("Shows:"), summary_);
    if (!target_.newStep) {
        useCurrentView_ = new QCheckBox(tr("Show the window's current view instead"), this);
        form->addRow(QString(), useCurrentView_);
        connect(useCurrentView_, &QCheckBox::toggled, this, [this] {
            updateSummary();
            scheduleRevalidate();
        });
    }
    body()->addLayout(form);

    title_->setText(qstr(original_.title));
    chineseTitle_->setText(translationOf(original_.translations, "title"));
    caption_->setPlainText(qstr(original_.caption));
    chineseCaption_->setPlainText(translationOf(original_.translations, "caption"));
    layout_->setCurrentIndex(layout_->findData(static_cast<int>(original_.layout)));
    updateSummary();

    const std::string step = "/steps/" + std::to_string(target_.step);
    registerField(step + "/title", title_, tr("Step title"));
    registerField(step + "/caption", caption_, tr("Caption"));
    registerField(step + "/translations", chineseCaption_, tr("Chinese"));
    registerField(step, summary_, tr("View"));
    if (storyTitle_) {
        registerField("/title", storyTitle_, tr("Story title"));
        registerField("/id", storyId_, tr("Story id"));
        registerField("/translations", chineseStoryTitle_, tr("Story title in Chinese"));
        std::vector<std::string> taken;
        for (const Story& story : stories)
            taken.push_back(story.id);
        keepIdSuggested(
            storyId_, false, [this] { return storyTitle_->text(); }, taken, "story");
        connect(storyTitle_, &QLineEdit::textChanged, this, [this] {
            suggestId();
            scheduleRevalidate();
        });
    }
    if (chineseStoryTitle_)
        connect(chineseStoryTitle_, &QLineEdit::textChanged, this,
                &StoryStepForm::scheduleRevalidate);
    for (QLineEdit* field : {title_, chineseTitle_})
        connect(field, &QLineEdit::textChanged, this, &StoryStepForm::scheduleRevalidate);
    for (QPlainTextEdit* field : {caption_, chineseCaption_})
        connect(field, &QPlainTextEdit::textChanged, this, &StoryStepForm::scheduleRevalidate);
    setFirstField(storyTitle_ ? storyTitle_ : title_);
    resize(560, 460);
    revalidate();
}

StoryStep StoryStepForm::step() const {
    StoryStep out = original_;
    if (useCurrentView_ && useCurrentView_->isChecked())
        out = withViewOf(out, viewNow_); // the window's view; what the step says stays
    out.title = fieldValue(title_->text());
    out.caption = plainValue(caption_);
    setTranslation(out.translations, "title", chineseTitle_->text());
    setTranslation(out.translations, "caption", chineseCaption_->toPlainText());
    out.layout = static_cast<StepLayout>(layout_->currentData().toInt());
    return out;
}

std::vector<Story> StoryStepForm::stories() const {
    std::vector<Story> out = document()->model().stories();
    if (!target_.story) {
        Story story;
        story.id = fieldValue(storyId_->text());
        story.title = fieldValue(storyTitle_->text());
        setTranslation(story.translations, "title", chineseStoryTitle_->text());
        story.steps.push_back(step());
        out.push_back(std::move(story));
        return out;
    }
    auto& steps = out[*target_.story].steps;
    if (target_.newStep)
        steps.insert(steps.begin() + static_cast<std::ptrdiff_t>(target_.step), step());
    else
        steps[target_.step] = step();
    return out;
}

std::size_t StoryStepForm::storyIndex() const {
    return target_.story ? *target_.story : document()->model().stories().size() - 1;
}

ModelForm::Candidate StoryStepForm::candidate() const {
    Candidate out;
    const Model& model = document()->model();
    out.parts = withStories(model, stories());
    out.pointer = storyPointer(target_.story ? *target_.story : model.stories().size());
    return out;
}

QString StoryStepForm::undoName() const {
    const QString title = title_->text().trimmed();
    if (!target_.story)
        return tr("Add story '%1'").arg(storyTitle_->text().trimmed());
    const QString story = titleOf(document()->model().stories()[*target_.story]);
    if (target_.newStep)
        return tr("Add step '%1' to '%2'").arg(title, story);
    return tr("Edit step '%1' of '%2'").arg(title, story);
}

std::vector<Diagnostic> StoryStepForm::commit() {
    return document()->replaceStories(stories(), undoName());
}

void StoryStepForm::updateSummary() {
    const bool current = target_.newStep || (useCurrentView_ && useCurrentView_->isChecked());
    summary_->setText(stepViewSummary(document()->model(), current ? viewNow_ : original_));
}

QString stepViewSummary(const Model& model, const StoryStep& step) {
    QStringList parts;
    parts << (step.asOf ? StoryStepForm::tr("As of %1").arg(dateText(*step.asOf))
                        : StoryStepForm::tr("Latest statuses"));
    if (step.compareFrom)
        parts << StoryStepForm::tr("changes since %1").arg(dateText(*step.compareFrom));
    for (const std::string& clause : step.filters)
        parts << qstr(clause);
    // Singular and plural spelled out: the interface has no English translation file to
    // resolve "%n" plural forms.
    if (step.focus) {
        const QString around = entityName(model, step.focus->entity);
        parts << (step.focus->depth == 1
                      ? StoryStepForm::tr("around %1 (its own deals)").arg(around)
                      : StoryStepForm::tr("around %1 (%2 steps out)")
                            .arg(around)
                            .arg(step.focus->depth));
    }
    const auto groups = step.collapsedGroups.size();
    if (groups == 1)
        parts << StoryStepForm::tr("1 group as one box");
    else if (groups > 1)
        parts << StoryStepForm::tr("%1 groups as one box").arg(groups);
    QStringList pointed;
    for (const std::string& id : step.highlight.entities)
        pointed << entityName(model, id);
    const auto deals = step.highlight.deals.size();
    if (deals == 1)
        pointed << StoryStepForm::tr("1 deal");
    else if (deals > 1)
        pointed << StoryStepForm::tr("%1 deals").arg(deals);
    if (!pointed.isEmpty())
        parts << StoryStepForm::tr("points out %1").arg(pointed.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

} // namespace dealgraph::app
