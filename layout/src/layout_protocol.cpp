// The layout worker's protocol: a LayoutRequest on stdin and a LayoutOutcome on stdout, both
// as JSON. The worker may be killed or crash half-way, so the reading side trusts nothing.
#include "dealgraph/graph_layout.h"
#include "graphviz_attributes.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace dealgraph::layout {

namespace {

using nlohmann::json;

struct ProtocolError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const json& member(const json& object, const char* key, const std::string& where) {
    const auto it = object.find(key);
    if (it == object.end()) {
        throw ProtocolError(where + "." + key + " is missing");
    }
    return *it;
}

double number(const json& value, const std::string& where) {
    if (!value.is_number()) {
        throw ProtocolError(where + " must be a number");
    }
    return value.get<double>();
}

double numberOr(const json& object, const char* key, double fallback, const std::string& where) {
    const auto it = object.find(key);
    return it == object.end() ? fallback : number(*it, where + "." + key);
}

const json& array(const json& value, const std::string& where) {
    if (!value.is_array()) {
        throw ProtocolError(where + " must be an array");
    }
    return value;
}

const json& object(const json& value, const std::string& where) {
    if (!value.is_object()) {
        throw ProtocolError(where + " must be an object");
    }
    return value;
}

int index(const json& value, const std::string& where) {
    if (!value.is_number_integer()) {
        throw ProtocolError(where + " must be a whole number");
    }
    const auto i = value.get<long long>();
    if (i < 0 || i > 1'000'000'000) {
        throw ProtocolError(where + " is out of range");
    }
    return static_cast<int>(i);
}

json pointJson(Point p) {
    return json::array({p.x, p.y});
}

Point pointFrom(const json& value, const std::string& where) {
    if (!value.is_array() || value.size() != 2) {
        throw ProtocolError(where + " must be [x, y]");
    }
    return {number(value[0], where + "[0]"), number(value[1], where + "[1]")};
}

LayoutRequest parseRequest(const json& root) {
    object(root, "request");
    LayoutRequest request;
    const json& engine = member(root, "engine", "request");
    const auto parsedEngine =
        engine.is_string() ? engineFromString(engine.get<std::string>()) : std::nullopt;
    if (!parsedEngine) {
        throw ProtocolError("unknown layout engine " + engine.dump());
    }
    request.engine = *parsedEngine;
    if (const auto it = root.find("leftToRight"); it != root.end()) {
        if (!it->is_boolean()) {
            throw ProtocolError("request.leftToRight must be true or false");
        }
        request.leftToRight = it->get<bool>();
    }
    request.nodeSeparation = numberOr(root, "nodeSeparation", request.nodeSeparation, "request");
    request.rankSeparation = numberOr(root, "rankSeparation", request.rankSeparation, "request");
    if (const auto it = root.find("frameAspect"); it != root.end() && !it->is_null()) {
        request.frameAspect = number(*it, "request.frameAspect");
    }

    const json& nodes = array(member(root, "nodes", "request"), "request.nodes");
    request.nodes.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const std::string where = "request.nodes[" + std::to_string(i) + "]";
        const json& node = object(nodes[i], where);
        NodeSpec spec;
        spec.size = {number(member(node, "width", where), where + ".width"),
                     number(member(node, "height", where), where + ".height")};
        if (const auto it = node.find("pinned"); it != node.end() && !it->is_null()) {
            spec.pinned = pointFrom(*it, where + ".pinned");
        }
        request.nodes.push_back(spec);
    }

    const json& edges = array(member(root, "edges", "request"), "request.edges");
    request.edges.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const std::string where = "request.edges[" + std::to_string(i) + "]";
        const json& edge = object(edges[i], where);
        EdgeSpec spec;
        spec.tail = index(member(edge, "tail", where), where + ".tail");
        spec.head = index(member(edge, "head", where), where + ".head");
        spec.labelSize = {numberOr(edge, "labelWidth", 0, where),
                          numberOr(edge, "labelHeight", 0, where)};
        spec.weight = numberOr(edge, "weight", 1, where);
        request.edges.push_back(spec);
    }
    if (auto problem = detail::validateRequest(request)) {
        throw ProtocolError(*problem);
    }
    return request;
}

json arrowJson(const Arrow& arrow) {
    return json{{"tip", pointJson(arrow.tip)}, {"base", pointJson(arrow.base)}};
}

json resultJson(const LayoutResult& result) {
    json nodes = json::array();
    for (const NodeGeometry& node : result.nodes) {
        nodes.push_back(json{{"x", node.centre.x},
                             {"y", node.centre.y},
                             {"width", node.size.width},
                             {"height", node.size.height}});
    }
    json edges = json::array();
    for (const EdgeGeometry& edge : result.edges) {
        json curve = json::array();
        for (const Point& p : edge.curve) {
            curve.push_back(p.x);
            curve.push_back(p.y);
        }
        json out{{"curve", std::move(curve)}};
        if (edge.headArrow.present) {
            out["headArrow"] = arrowJson(edge.headArrow);
        }
        if (edge.tailArrow.present) {
            out["tailArrow"] = arrowJson(edge.tailArrow);
        }
        if (edge.labelCentre) {
            out["label"] = pointJson(*edge.labelCentre);
        }
        edges.push_back(std::move(out));
    }
    return json{{"bounds", {{"width", result.bounds.width}, {"height", result.bounds.height}}},
                {"nodes", std::move(nodes)},
                {"edges", std::move(edges)}};
}

Arrow arrowFrom(const json& value, const std::string& where) {
    object(value, where);
    return {true, pointFrom(member(value, "tip", where), where + ".tip"),
            pointFrom(member(value, "base", where), where + ".base")};
}

LayoutResult parseResult(const json& value) {
    object(value, "result");
    LayoutResult result;
    const json& bounds = object(member(value, "bounds", "result"), "result.bounds");
    result.bounds = {number(member(bounds, "width", "result.bounds"), "result.bounds.width"),
                     number(member(bounds, "height", "result.bounds"), "result.bounds.height")};
    const json& nodes = array(member(value, "nodes", "result"), "result.nodes");
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const std::string where = "result.nodes[" + std::to_string(i) + "]";
        const json& node = object(nodes[i], where);
        result.nodes.push_back({{number(member(node, "x", where), where + ".x"),
                                 number(member(node, "y", where), where + ".y")},
                                {number(member(node, "width", where), where + ".width"),
                                 number(member(node, "height", where), where + ".height")}});
    }
    const json& edges = array(member(value, "edges", "result"), "result.edges");
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const std::string where = "result.edges[" + std::to_string(i) + "]";
        const json& edge = object(edges[i], where);
        const json& curve = array(member(edge, "curve", where), where + ".curve");
        if (curve.size() % 2 != 0 || (curve.size() / 2) % 3 != 1) {
            throw ProtocolError(where + ".curve must hold 1 + 3k points");
        }
        EdgeGeometry geometry;
        for (std::size_t k = 0; k < curve.size(); k += 2) {
            geometry.curve.push_back(
                {number(curve[k], where + ".curve"), number(curve[k + 1], where + ".curve")});
        }
        if (const auto it = edge.find("headArrow"); it != edge.end()) {
            geometry.headArrow = arrowFrom(*it, where + ".headArrow");
        }
        if (const auto it = edge.find("tailArrow"); it != edge.end()) {
            geometry.tailArrow = arrowFrom(*it, where + ".tailArrow");
        }
        if (const auto it = edge.find("label"); it != edge.end()) {
            geometry.labelCentre = pointFrom(*it, where + ".label");
        }
        result.edges.push_back(std::move(geometry));
    }
    return result;
}

} // namespace

std::string requestToJson(const LayoutRequest& request) {
    json nodes = json::array();
    for (const NodeSpec& node : request.nodes) {
        json out{{"width", node.size.width}, {"height", node.size.height}};
        if (node.pinned) {
            out["pinned"] = pointJson(*node.pinned);
        }
        nodes.push_back(std::move(out));
    }
    json edges = json::array();
    for (const EdgeSpec& edge : request.edges) {
        json out{{"tail", edge.tail}, {"head", edge.head}, {"weight", edge.weight}};
        if (detail::hasEdgeLabel(edge)) {
            out["labelWidth"] = edge.labelSize.width;
            out["labelHeight"] = edge.labelSize.height;
        }
        edges.push_back(std::move(out));
    }
    json root{{"engine", std::string(toString(request.engine))},
              {"leftToRight", request.leftToRight},
              {"nodeSeparation", request.nodeSeparation},
              {"rankSeparation", request.rankSeparation},
              {"nodes", std::move(nodes)},
              {"edges", std::move(edges)}};
    if (request.frameAspect) {
        root["frameAspect"] = *request.frameAspect;
    }
    // Replace rather than throw on invalid UTF-8: there is no text, but stay total.
    return root.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<LayoutRequest> requestFromJson(std::string_view text, std::string* error) {
    try {
        return parseRequest(json::parse(text));
    } catch (const json::exception& e) {
        if (error) {
            *error = std::string("the layout request is not valid JSON: ") + e.what();
        }
    } catch (const ProtocolError& e) {
        if (error) {
            *error = std::string("the layout request is malformed: ") + e.what();
        }
    }
    return std::nullopt;
}

std::string outcomeToJson(const LayoutOutcome& outcome) {
    json root =
        outcome.result
            ? json{{"result", resultJson(*outcome.result)}}
            : json{{"error", outcome.error.empty() ? std::string("layout failed") : outcome.error}};
    return root.dump(-1, ' ', false, json::error_handler_t::replace);
}

LayoutOutcome outcomeFromJson(std::string_view text) {
    try {
        const json root = json::parse(text);
        object(root, "outcome");
        if (const auto it = root.find("result"); it != root.end()) {
            return {parseResult(*it), {}};
        }
        const json& error = member(root, "error", "outcome");
        if (!error.is_string()) {
            throw ProtocolError("outcome.error must be text");
        }
        std::string message = error.get<std::string>();
        return {std::nullopt, message.empty() ? "The layout failed without saying why" : message};
    } catch (const std::exception& e) {
        return {std::nullopt,
                std::string("The layout worker wrote an answer that is not a layout: ") + e.what()};
    }
}

} // namespace dealgraph::layout
