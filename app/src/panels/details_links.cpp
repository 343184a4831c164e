#include "panels/details_links.h"

#include "document/model_text.h"

#include <QStringList>

namespace dealgraph::app {

namespace {
QUrl internalLink(const QString& path) {
    QUrl url;
    url.setScheme(QLatin1String(kInternalScheme));
    url.setPath(path); // ids may hold ':' and '.'; QUrl percent-encodes what needs it
    return url;
}
} // namespace

QUrl entityLink(std::string_view entityId) {
    return internalLink(QStringLiteral("entity/") + qstr(entityId));
}

QUrl dealLink(std::string_view dealId) {
    return internalLink(QStringLiteral("deal/") + qstr(dealId));
}

QUrl flowLink(std::string_view dealId, int flowIndex) {
    return internalLink(QStringLiteral("flow/%1/%2").arg(qstr(dealId)).arg(flowIndex));
}

std::optional<Selection> selectionForLink(const QUrl& url) {
    if (url.scheme() != QLatin1String(kInternalScheme))
        return std::nullopt;
    const QString path = url.path(QUrl::FullyDecoded);
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash <= 0 || slash + 1 >= path.size())
        return std::nullopt;
    const QString what = path.left(slash);
    QString rest = path.mid(slash + 1);
    if (what == QLatin1String("entity"))
        return Selection::entity(rest.toStdString());
    if (what == QLatin1String("deal"))
        return Selection::deal(rest.toStdString());
    if (what == QLatin1String("flow")) {
        // Ids cannot contain '/', so the flow index follows the last one.
        const qsizetype last = rest.lastIndexOf(QLatin1Char('/'));
        bool ok = false;
        const int index = last > 0 ? rest.mid(last + 1).toInt(&ok) : -1;
        if (!ok || index < 0)
            return std::nullopt;
        return Selection::flowOf(rest.left(last).toStdString(), index);
    }
    return std::nullopt;
}

bool isOpenableExternalLink(const QUrl& url) {
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
           !url.host().isEmpty();
}

} // namespace dealgraph::app
