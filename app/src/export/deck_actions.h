// File > Export Story Deck… (and the Stories panel's Export Deck…): the window's side of
// exportStoryDeck (deck_exporter.h). The deck is laid out in a document and scene of its own,
// copies of the window's model, so the window's graph neither moves nor flickers while each
// step is shown and laid out, and an edit made meanwhile cannot change a deck half written.
#pragma once

#include "export/export_options.h"

#include <QObject>

#include <cstddef>

class QAction;
class QWidget;

namespace dealgraph::app {

class Document;
class GraphScene;

class DeckActions : public QObject {
    Q_OBJECT
public:
    // `scene` is the window's: the deck's own scene lays out with the same worker program.
    DeckActions(Document* document, GraphScene* scene, QWidget* window);

    // Asks for a file (PDF, PowerPoint or web page) and writes story `story`'s deck there.
    QAction* exportDeck() const { return exportDeck_; }
    // The story the action exports: the one chosen in the Stories panel.
    void setChosenStory(std::size_t story) { chosen_ = story; }

    // Writes story `story` (an index into the model's stories) to `path` without a dialog
    // (tests). Emits message() either way; on failure says why in `error`.
    bool exportDeckTo(const QString& path, std::size_t story, const ExportOptions& options,
                      QString* error = nullptr);
    void exportDeckWithDialog(std::size_t story);

signals:
    void message(const QString& text);

private:
    Document* document_;
    GraphScene* scene_;
    QWidget* window_;
    QAction* exportDeck_;
    std::size_t chosen_ = 0;
};

} // namespace dealgraph::app
