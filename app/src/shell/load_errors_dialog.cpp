#include "shell/load_errors_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dealgraph::app {

LoadErrorsDialog::LoadErrorsDialog(QWidget* parent)
    : QDialog(parent), summary_(new QLabel(this)), list_(new QPlainTextEdit(this)) {
    setObjectName(QStringLiteral("loadErrorsDialog"));
    setWindowTitle(tr("Could not load the model"));
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    list_->setReadOnly(true);
    list_->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long messages read whole
    list_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy every error to the clipboard"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(list_, 1);
    layout->addWidget(buttons);
    resize(760, 360);
}

void LoadErrorsDialog::setErrors(const QString& path, const QStringList& errors) {
    path_ = path;
    errors_ = errors;
    what_ = path.isEmpty() ? tr("The built-in dataset") : QDir::toNativeSeparators(path);
    note_.clear();
    updateSummary();
    // A file with a hundred thousand errors must not freeze the dialog; the first ones tell.
    constexpr qsizetype kMaxShown = 1000;
    QStringList shown = errors.mid(0, kMaxShown);
    if (errors.size() > kMaxShown)
        shown << tr("… and %1 more").arg(errors.size() - kMaxShown);
    list_->setPlainText(shown.join(QLatin1Char('\n')));
}

void LoadErrorsDialog::setNote(const QString& note) {
    note_ = note;
    updateSummary();
}

void LoadErrorsDialog::updateSummary() {
    QString summary =
        errors_.size() == 1
            ? tr("%1 could not be loaded.").arg(what_)
            : tr("%1 could not be loaded (%2 errors).").arg(what_).arg(errors_.size());
    if (!note_.isEmpty())
        summary += QLatin1Char(' ') + note_;
    summary_->setText(summary);
}

QString LoadErrorsDialog::text() const {
    return summary_->text() + QLatin1Char('\n') + errors_.join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

} // namespace dealgraph::app
