#include "shell/shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dealgraph::app {

namespace {

// "&Open…" -> "Open"; "D&eals" -> "Deals"; "打开(&O)…" -> "打开" (the Chinese mnemonic style).
QString plainText(QString text) {
    static const QRegularExpression chineseMnemonic(QStringLiteral("\\(&.\\)"));
    text.remove(chineseMnemonic);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

} // namespace

QList<ShortcutEntry> shortcutEntries(const QWidget* window) {
    QList<ShortcutEntry> entries;
    QSet<const QAction*> seen;
    for (const QAction* action : window->findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || action->isSeparator() || seen.contains(action))
            continue;
        seen.insert(action);
        QStringList keys;
        for (const QKeySequence& key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        entries.push_back({plainText(action->text()), keys.join(QStringLiteral(", "))});
    }
    std::sort(entries.begin(), entries.end(), [](const ShortcutEntry& a, const ShortcutEntry& b) {
        return QString::localeAwareCompare(a.action, b.action) < 0;
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget* window, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutEntry> entries = shortcutEntries(window);
    table_ = new QTableWidget(static_cast<int>(entries.size()), 2, this);
    table_->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    for (int row = 0; row < entries.size(); ++row) {
        table_->setItem(row, 0, new QTableWidgetItem(entries[row].action));
        table_->setItem(row, 1, new QTableWidgetItem(entries[row].shortcut));
    }
    table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addWidget(buttons);
    resize(520, 460);
}

} // namespace dealgraph::app
