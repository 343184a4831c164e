// The form of a story step: its title and caption (and their Simplified Chinese translations),
// how its slide is laid out, and the view it shows. A new step, or a new story's first step,
// shows the window's current view (stepOfView); an edited step keeps its own view unless the
// user asks for the current one. The view itself is not typed in: it is what the window
// shows, summed up in one line. OK is one undo step on the document.
#pragma once

#include "editing/model_form.h"

#include "dealgraph/model.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dealgraph::app {

// Where the form's step goes.
struct StoryStepTarget {
    std::optional<std::size_t> story; // nullopt: a new story, appended, with this one step
    std::size_t step = 0;             // the step edited, or the place a new one is inserted
    bool newStep = true;
};

class StoryStepForm : public ModelForm {
    Q_OBJECT
public:
    StoryStepForm(Document* document, StoryStepTarget target, QWidget* parent = nullptr);

    // The model's stories with the form's step (and new story) in place.
    std::vector<Story> stories() const;
    // Where the step is in stories() (after OK: in the document's model).
    std::size_t storyIndex() const;
    std::size_t stepIndex() const { return target_.step; }

    QLineEdit* storyTitleField() const { return storyTitle_; }
    QLineEdit* storyIdField() const { return storyId_; }
    QLineEdit* chineseStoryTitleField() const { return chineseStoryTitle_; }
    QLineEdit* titleField() const { return title_; }
    QLineEdit* chineseTitleField() const { return chineseTitle_; }
    QPlainTextEdit* captionField() const { return caption_; }
    QPlainTextEdit* chineseCaptionField() const { return chineseCaption_; }
    QComboBox* layoutField() const { return layout_; }
    QCheckBox* useCurrentViewField() const { return useCurrentView_; } // edits only
    QLabel* viewSummary() const { return summary_; }

protected:
    Candidate candidate() const override;
    std::vector<Diagnostic> commit() override;

private:
    StoryStep step() const;
    QString undoName() const;
    void updateSummary();

    StoryStepTarget target_;
    StoryStep original_; // the edited step, or the current view for a new one
    StoryStep viewNow_;  // the window's view when the form opened
    QLineEdit* storyTitle_ = nullptr;
    QLineEdit* storyId_ = nullptr;
    QLineEdit* chineseStoryTitle_ = nullptr;
    QLineEdit* title_;
    QLineEdit* chineseTitle_;
    QPlainTextEdit* caption_;
    QPlainTextEdit* chineseCaption_;
    QComboBox* layout_;
    QCheckBox* useCurrentView_ = nullptr;
    QLabel* summary_;
};

// One line saying what a step shows: "As of 2025-09-30 · changes since 2025-01-01 ·
// flow=money · around OpenAI (1 step) · 2 groups as one box · points out Oracle, 1 deal".
QString stepViewSummary(const Model& model, const StoryStep& step);

} // namespace dealgraph::app
