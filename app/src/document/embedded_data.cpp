#include "document/embedded_data.h"

#include <QFile>

// Resources compiled into a static library are only linked in when something refers to their
// initializer; Q_INIT_RESOURCE does, and must be called outside any namespace.
static void initResources() {
    Q_INIT_RESOURCE(resources);
}

namespace dealgraph::app {

QByteArray embeddedDataset() {
    initResources();
    QFile file(QStringLiteral(":/dealgraph/data/ai-deals.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace dealgraph::app
