// Links in the details panel. Internal ones use the private scheme "dealgraph:" and select
// something ("dealgraph:entity/oracle", "dealgraph:deal/<id>", "dealgraph:flow/<id>/1");
// external ones may only be http or https, whatever a model file says.
#pragma once

#include "document/selection.h"

#include <QUrl>

#include <optional>
#include <string_view>

namespace dealgraph::app {

inline constexpr char kInternalScheme[] = "dealgraph";

QUrl entityLink(std::string_view entityId);
QUrl dealLink(std::string_view dealId);
QUrl flowLink(std::string_view dealId, int flowIndex);

// The selection an internal link stands for; nullopt for any other link or a malformed one.
std::optional<Selection> selectionForLink(const QUrl& url);

// Whether a link may leave the app: http or https with a host, nothing else.
bool isOpenableExternalLink(const QUrl& url);

} // namespace dealgraph::app
