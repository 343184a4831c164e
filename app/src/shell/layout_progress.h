// The status bar's layout indicator: while a big file opens and the scene lays out (seconds, at
// thousands of entities) it says so with the elapsed time and offers Cancel, so the user is
// never left wondering whether the window froze; hidden the rest of the time.
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace dealgraph::app {

class GraphScene;

class LayoutProgress : public QWidget {
    Q_OBJECT
public:
    explicit LayoutProgress(GraphScene* scene, QWidget* parent = nullptr);

    QString text() const;                                 // what the label says now
    QPushButton* cancelButton() const { return cancel_; } // for tests

private:
    void onStarted();
    void onEnded();
    void tick();

    GraphScene* scene_;
    QLabel* label_;
    QPushButton* cancel_;
    QTimer* ticker_;
    QElapsedTimer elapsed_;
};

} // namespace dealgraph::app
