#include "panels/details_panel.h"

#include "document/document.h"
#include "document/model_text.h"
#include "panels/details_html.h"
#include "panels/details_links.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextDocument>

namespace dealgraph::app {

namespace {
constexpr int kMessageMs = 5000;
}

DetailsPanel::DetailsPanel(Document* appDocument, QWidget* parent)
    : QTextBrowser(parent), document_(appDocument),
      opener_([](const QUrl& url) { return QDesktopServices::openUrl(url); }) {
    setObjectName(QStringLiteral("detailsPanel"));
    // Never let the browser navigate by itself: every click goes through followLink.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDefaultStyleSheet(detailsStyleSheet());
    document()->setDocumentMargin(8);

    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPanel::followLink);
    connect(this, qOverload<const QUrl&>(&QTextBrowser::highlighted), this,
            &DetailsPanel::onHighlighted);
    connect(document_, &Document::selectionChanged, this, &DetailsPanel::refresh);
    connect(document_, &Document::modelReset, this, &DetailsPanel::refresh);
    connect(document_, &Document::viewChanged, this, &DetailsPanel::refresh);
    refresh();
}

void DetailsPanel::setExternalLinkOpener(LinkOpener opener) {
    opener_ = std::move(opener);
}

bool DetailsPanel::followLink(const QUrl& url) {
    if (const auto selection = selectionForLink(url)) {
        if (!document_->isValid(*selection)) {
            emit statusMessage(tr("That link points to something this model does not have."),
                               kMessageMs);
            return false;
        }
        document_->select(*selection);
        return true;
    }
    if (!isOpenableExternalLink(url)) {
        emit statusMessage(tr("Refused to open “%1”: only http and https links are opened.")
                               .arg(url.toDisplayString()),
                           kMessageMs);
        return false;
    }
    if (!opener_ || !opener_(url)) {
        emit statusMessage(tr("Could not open %1").arg(url.toDisplayString()), kMessageMs);
        return false;
    }
    emit statusMessage(tr("Opened %1 in the browser").arg(url.toDisplayString()), kMessageMs);
    return true;
}

void DetailsPanel::onHighlighted(const QUrl& url) {
    // Like a browser: say where an external link leads before it is clicked.
    if (url.isEmpty() || selectionForLink(url))
        emit statusMessage(QString(), 0);
    else
        emit statusMessage(url.toDisplayString(), 0);
}

void DetailsPanel::refresh() {
    const Model& model = document_->model();
    const DetailsContext context{model, document_->view(), document_->filter()};
    const Selection& selection = document_->selection();

    QString html;
    if (selection.kind == Selection::Kind::Entity) {
        if (const Entity* entity = model.entity(selection.id))
            html = entityHtml(context, *entity);
        else if (const auto group = document_->collapsedGroupOfBox(selection.id))
            html = groupHtml(context, *group);
    } else if (const Deal* deal = model.deal(selection.dealId())) {
        html =
            dealHtml(context, *deal, selection.kind == Selection::Kind::Flow ? selection.flow : -1);
    }
    if (html.isEmpty())
        html = welcomeHtml(context);

    // A re-render of the same thing (a filter or reload) keeps the reader's place.
    const bool same = selection == shown_;
    const int scroll = verticalScrollBar()->value();
    setHtml(html);
    verticalScrollBar()->setValue(same ? scroll : 0);
    shown_ = selection;
}

} // namespace dealgraph::app
