// The dataset compiled into the app (resources/data/ai-deals.json).
#pragma once

#include <QByteArray>

namespace dealgraph::app {

QByteArray embeddedDataset();

} // namespace dealgraph::app
