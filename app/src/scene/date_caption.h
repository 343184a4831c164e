// The caption over the graph while the date moves (Play, the slider): what changed on the date
// shown, "2025-09-22 · Nvidia to invest up to $100B in OpenAI · announced", so a step of Play
// tells what happened rather than leaving the reader to spot which arrow appeared.
#pragma once

#include <QLabel>

namespace dealgraph::app {

class Document;

class DateCaption : public QLabel {
    Q_OBJECT
public:
    // Shown over `view`'s top edge; follows the document's as-of date.
    DateCaption(Document* document, QWidget* view);

    // The caption for the document's as-of date: each deal of the view with a status step on
    // that very date, with the status it took ("and 2 more" past the first two); empty when no
    // date is set or nothing on record changed that day.
    static QString textFor(const Document& document);

    // Centres the caption along the top of `area` (the graph's viewport, in parent coordinates).
    void place(const QRect& area);
    // Never shown while suppressed: a presentation's step caption says what the date means.
    void setSuppressed(bool suppressed);

private:
    void refresh();

    Document* document_;
    QRect area_;
    bool suppressed_ = false;
};

} // namespace dealgraph::app
