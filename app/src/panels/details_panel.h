// The details panel: explains the Document's selection (an entity, a deal, one flow of a deal)
// or, with nothing selected, how to use the app. Internal links select; http(s) links open in
// the browser; every other scheme is refused.
#pragma once

#include "document/selection.h"

#include <QTextBrowser>

#include <functional>

namespace dealgraph::app {

class Document;

class DetailsPanel : public QTextBrowser {
    Q_OBJECT
public:
    // Opens an external (http or https) link; returns whether it could.
    using LinkOpener = std::function<bool(const QUrl&)>;

    explicit DetailsPanel(Document* appDocument, QWidget* parent = nullptr);

    // Replaces QDesktopServices::openUrl, so tests can see what would be opened.
    void setExternalLinkOpener(LinkOpener opener);

    // Follows a link as a click does. Returns false when it was refused or failed.
    bool followLink(const QUrl& url);

signals:
    // For the status bar: refused links, links that could not be opened, hovered URLs.
    void statusMessage(const QString& message, int timeoutMs);

private:
    void refresh();
    void onHighlighted(const QUrl& url);

    Document* document_;
    LinkOpener opener_;
    Selection shown_; // what the page describes, to keep the scroll position on a re-render
};

} // namespace dealgraph::app
