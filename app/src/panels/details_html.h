// The HTML the details panel shows. Every string from the model goes through
// QString::toHtmlEscaped, so a model file cannot inject markup, images or links.
#pragma once

#include "dealgraph/model.h"
#include "dealgraph/query.h"

#include <QString>

namespace dealgraph::app {

// What a page needs besides the thing it describes.
struct DetailsContext {
    const Model& model;
    const View& view;
    const Filter& filter;
};

// Nothing selected: how to use the app, and what the model holds.
QString welcomeHtml(const DetailsContext& context);

// An entity: names, kind, description, totals over the view, and its deals as links.
QString entityHtml(const DetailsContext& context, const Entity& entity);

// A collapsed group (Entity::group), drawn as one box: its members as links, and the deals
// of any of them, each once.
QString groupHtml(const DetailsContext& context, const std::string& groupName);

// A deal: kind, status, parties, flows (`selectedFlow` emphasised, -1 for none), the dated
// status history with its sources, notes, and the sources with their links.
QString dealHtml(const DetailsContext& context, const Deal& deal, int selectedFlow);

// The style sheet the pages assume.
QString detailsStyleSheet();

} // namespace dealgraph::app
