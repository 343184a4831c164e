#include "editing/model_form.h"

#include "document/document.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dealgraph::app {

ModelForm::ModelForm(Document* document, QWidget* parent)
    : QDialog(parent), document_(document), body_(new QVBoxLayout), errorList_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body_, 1);
    errorList_->setObjectName(QStringLiteral("formErrors"));
    errorList_->setWordWrap(true);
    errorList_->setTextFormat(Qt::PlainText);
    errorList_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    errorList_->hide();
    layout->addWidget(errorList_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &ModelForm::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A field with an error: framed red; the message is its tooltip and in the list.
    setStyleSheet(QStringLiteral("*[formError=\"true\"] { border: 2px solid #c0392b; }"));
}

QPushButton* ModelForm::okButton() const {
    return buttons_->button(QDialogButtonBox::Ok);
}

void ModelForm::registerField(const std::string& pointer, QWidget* widget, const QString& label) {
    fields_.push_back({pointer, widget, label});
}

void ModelForm::clearFields(const std::string& pointerPrefix) {
    std::erase_if(fields_, [&](const Field& field) {
        return field.pointer.compare(0, pointerPrefix.size(), pointerPrefix) == 0;
    });
}

void ModelForm::scheduleRevalidate() {
    if (scheduled_)
        return;
    scheduled_ = true;
    QTimer::singleShot(0, this, [this] {
        scheduled_ = false;
        revalidate();
    });
}

const ModelForm::Field* ModelForm::fieldFor(const std::string& path) const {
    const Field* best = nullptr;
    for (const Field& field : fields_) {
        const bool under =
            path == field.pointer ||
            (path.compare(0, field.pointer.size(), field.pointer) == 0 &&
             path.size() > field.pointer.size() && path[field.pointer.size()] == '/');
        if (under && (!best || field.pointer.size() > best->pointer.size()))
            best = &field;
    }
    return best;
}

void ModelForm::mark(QWidget* widget, const QString& message) {
    if (!widget)
        return;
    const QString before = widget->property("formError").toBool() ? widget->toolTip() : QString();
    widget->setProperty("formError", true);
    widget->setToolTip(before.isEmpty() ? message : before + QLatin1Char('\n') + message);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    marked_.push_back(widget);
}

void ModelForm::revalidate() {
    for (QWidget* widget : marked_) {
        if (!widget)
            continue; // a table row rebuilt since
        widget->setProperty("formError", false);
        widget->setToolTip(QString());
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
    }
    marked_.clear();
    shownErrors_.clear();

    const Candidate edited = candidate();
    for (const auto& [widget, message] : edited.fieldErrors) {
        mark(widget, message);
        // A row's first cell also stands for the row: the field's own name is the longer one.
        const Field* found = nullptr;
        for (const Field& field : fields_)
            if (field.widget == widget && (!found || field.pointer.size() > found->pointer.size()))
                found = &field;
        shownErrors_ << (found ? tr("%1: %2").arg(found->label, message) : message);
    }
    if (edited.fieldErrors.empty()) {
        const auto errors = validate(edited.parts);
        for (const Diagnostic& error : errors) {
            const QString message = QString::fromStdString(error.message);
            const std::string& path = error.path;
            const bool mine =
                path.compare(0, edited.pointer.size(), edited.pointer) == 0 &&
                (path.size() == edited.pointer.size() || path[edited.pointer.size()] == '/');
            const Field* field = mine ? fieldFor(path.substr(edited.pointer.size())) : nullptr;
            if (field) {
                mark(field->widget, message);
                shownErrors_ << tr("%1: %2").arg(field->label, message);
            } else {
                // Elsewhere in the model (an id taken, a story that names what went): said
                // with its place.
                shownErrors_ << tr("%1: %2").arg(QString::fromStdString(path), message);
            }
        }
    }
    errorList_->setText(shownErrors_.join(QLatin1Char('\n')));
    errorList_->setVisible(!shownErrors_.isEmpty());
    okButton()->setEnabled(shownErrors_.isEmpty());
}

int runForm(QDialog* form, bool modal, const std::function<void()>& opened) {
    if (!modal) {
        form->setAttribute(Qt::WA_DeleteOnClose);
        form->show();
        opened();
        return -1;
    }
    opened();
    const int result = form->exec();
    form->deleteLater();
    return result;
}

void ModelForm::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (firstField_)
        firstField_->setFocus(Qt::OtherFocusReason);
}

void ModelForm::accept() {
    revalidate();
    if (!shownErrors_.isEmpty())
        return;
    const auto refused = commit();
    if (!refused.empty()) {
        QStringList lines;
        for (const Diagnostic& error : refused)
            lines << tr("%1: %2").arg(QString::fromStdString(error.path),
                                      QString::fromStdString(error.message));
        shownErrors_ = lines;
        errorList_->setText(lines.join(QLatin1Char('\n')));
        errorList_->show();
        return;
    }
    QDialog::accept();
}

void ModelForm::keepIdSuggested(QLineEdit* id, bool typed, std::function<QString()> basis,
                                std::vector<std::string> taken, std::string fallback) {
    id_ = {id, typed, std::move(basis), std::move(taken), std::move(fallback)};
    connect(id, &QLineEdit::textEdited, this, [this] {
        id_.typed = true;
        scheduleRevalidate();
    });
}

void ModelForm::suggestId() {
    if (id_.typed || !id_.field)
        return;
    const QSignalBlocker quiet(id_.field);
    id_.field->setText(QString::fromStdString(suggestedId(id_.basis(), id_.fallback, id_.taken)));
}

std::string suggestedId(const QString& name, const std::string& fallback,
                        const std::vector<std::string>& taken) {
    std::string id;
    for (const QChar c : name.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            id += static_cast<char>(c.unicode());
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    if (id.size() > 40)
        id.resize(40);
    if (id.empty())
        id = fallback;
    const auto isTaken = [&](const std::string& candidate) {
        return std::find(taken.begin(), taken.end(), candidate) != taken.end();
    };
    if (!isTaken(id))
        return id;
    for (int n = 2;; ++n) {
        std::string numbered = id;
        numbered += '-';
        numbered += std::to_string(n);
        if (!isTaken(numbered))
            return numbered;
    }
}

} // namespace dealgraph::app
