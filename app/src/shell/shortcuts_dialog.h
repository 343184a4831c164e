// Help > Keyboard Shortcuts: every action of a window that has a shortcut, with all of its
// key sequences in the platform's spelling. Built from the window's actions when it opens, so
// the list cannot drift from what the keys really do.
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QTableWidget;
class QWidget;

namespace dealgraph::app {

struct ShortcutEntry {
    QString action;   // the action's text without its mnemonic or ellipsis
    QString shortcut; // every key sequence, "Ctrl+[, Ctrl+PgUp"
};

// The actions of `window` and its children (menus, toolbars, docks) that have a shortcut, each
// once, sorted by name.
QList<ShortcutEntry> shortcutEntries(const QWidget* window);

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget* window, QWidget* parent = nullptr);
    QTableWidget* table() const { return table_; }

private:
    QTableWidget* table_;
};

} // namespace dealgraph::app
