// The deal model: plain value types and an id-based API. No Qt, no views.
#pragma once

#include "dealgraph/amount.h"
#include "dealgraph/date.h"
#include "dealgraph/kinds.h"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace dealgraph {

// Members of a JSON object that this version does not know, kept as the compact JSON text of
// an object so that saving writes them back. Empty when there were none.
using UnknownFields = std::string;

// Reader-facing text in other languages: BCP 47 tag -> member -> text, as in the file
// ({"zh-Hans": {"title": "…", "notes": "…"}}). Which members an object may translate is listed
// in docs/format.md; the untranslated member is the text of the default (English) interface.
using Translations = std::map<std::string, std::map<std::string, std::string>>;

// The member's text in `language` ("zh-Hans"), or `original` when it has no translation there.
const std::string& translated(const Translations& translations, const std::string& language,
                              const std::string& member, const std::string& original);

struct Entity {
    std::string id;
    std::string name;                         // display name, usually English
    std::map<std::string, std::string> names; // BCP 47 tag -> name: "zh-Hans" -> "甲骨文"
    std::vector<std::string> aliases;
    EntityKind kind = EntityKind::Company;
    // Entities with the same group form one that a picture can collapse into a single box
    // ("Oracle-built Stargate sites (4)"), e.g. the data-center sites under their operator.
    // Empty: in no group.
    std::string group;
    std::string description;
    Translations translations; // description
    UnknownFields unknown;
    bool operator==(const Entity&) const = default;
};

struct Source {
    std::string id;
    std::string publisher; // as the article names it, e.g. "Financial Times"
    std::string title;
    std::optional<Date> date;
    std::string url;           // http(s) when known, else empty
    std::string seed;          // the seed article's file name, e.g. "001_be3f9ccde86d9a42.txt"
    std::string citing;        // the original reporter the article cites, e.g. "Financial Times"
    Translations translations; // title
    UnknownFields unknown;
    bool operator==(const Source&) const = default;
};

struct Flow {
    std::string from; // entity id
    std::string to;   // entity id
    FlowType type = FlowType::Money;
    std::vector<Amount> amounts; // zero, one or (compute: GW and GPUs) two
    std::string note;
    // Part of its deal's headline (a funder's share of Stargate's $500B): counted in the
    // headline, so never added to it.
    bool inHeadline = false;
    Translations translations; // note
    UnknownFields unknown;
    bool operator==(const Flow&) const = default;
};

struct StatusStep {
    Status status = Status::Announced;
    Date date;
    std::vector<std::string> sources; // source ids
    std::string note;
    Translations translations; // note
    UnknownFields unknown;
    bool operator==(const StatusStep&) const = default;
};

// A figure of the commitment as announced ("$500B over four years"), kept apart from the flows
// when the articles give no split among the parties.
struct HeadlineAmount {
    Amount amount;
    std::string span;          // "over four years"; may be empty
    Translations translations; // span
    bool operator==(const HeadlineAmount&) const = default;
};

struct Headline {
    std::vector<HeadlineAmount> amounts;
    std::string at; // the entity the picture draws it on (a joint venture); empty: the deal's flows
    UnknownFields unknown;
    bool empty() const { return amounts.empty(); }
    bool operator==(const Headline&) const = default;
};

struct Deal {
    std::string id;
    std::string title;
    DealKind kind = DealKind::Other;
    std::vector<Flow> flows;
    std::vector<StatusStep> history;  // sorted by date on load
    std::vector<std::string> sources; // source ids
    std::string notes;
    Headline headline;
    Translations translations; // title, notes
    UnknownFields unknown;

    // The first dated step: when the deal entered the record.
    Date firstDate() const { return history.empty() ? Date{} : history.front().date; }
    Status latestStatus() const {
        return history.empty() ? Status::Announced : history.back().status;
    }
    bool operator==(const Deal&) const = default;
};

// A story: a guided sequence of views of the model, each step a slide with a title and a
// caption (docs/format.md, "Stories"). Steps name entities, deals and groups by id and name;
// the loader checks that each exists.
struct StoryFocus {
    std::string entity;             // entity id
    int depth = 1;                  // 0 to 10, as Focus::steps
    bool includeDealsAmong = false; // as Focus::includeDealsAmong
    UnknownFields unknown;
    bool operator==(const StoryFocus&) const = default;
};

// What a step points out: these entities, and these deals with their parties.
struct StoryHighlight {
    std::vector<std::string> entities; // entity ids
    std::vector<std::string> deals;    // deal ids
    UnknownFields unknown;
    bool empty() const { return entities.empty() && deals.empty(); }
    bool operator==(const StoryHighlight&) const = default;
};

struct StoryStep {
    std::string title;
    std::string caption; // a few sentences; may be empty
    // The view: the deals as they stood on asOf (nullopt: their latest reported status),
    // changes since compareFrom, filter clauses as the command line's --filter takes them
    // ("flow=money,compute"), a focus, groups shown as one box, and what is pointed out.
    std::optional<Date> asOf;
    std::optional<Date> compareFrom;
    std::vector<std::string> filters;
    std::optional<StoryFocus> focus;
    std::vector<std::string> collapsedGroups; // Entity::group names
    StoryHighlight highlight;
    StepLayout layout = StepLayout::FitShown;
    Translations translations; // title, caption
    UnknownFields unknown;
    bool operator==(const StoryStep&) const = default;
};

struct Story {
    std::string id;
    std::string title;
    std::vector<StoryStep> steps; // at least one, in the order they are told
    Translations translations;    // title
    UnknownFields unknown;
    bool operator==(const Story&) const = default;
};

inline constexpr int kFormatVersion = 1;

// Everything a model holds, as plain values: what an edit changes before a new Model is built
// from it (dealgraph/edit.h checks and builds it).
struct ModelParts {
    std::string title;
    Translations titleTranslations;
    std::vector<Entity> entities;
    std::vector<Source> sources;
    std::vector<Deal> deals;
    std::vector<Story> stories;
    UnknownFields unknown;
    bool operator==(const ModelParts&) const = default;
};

class Model {
public:
    Model() = default;
    // As the other constructor: the parts must already be valid (dealgraph/edit.h checks them).
    explicit Model(ModelParts parts);
    // Builds the id indexes. Ids must already be unique and every reference resolved (the
    // loader validates them).
    Model(std::string title, std::vector<Entity> entities, std::vector<Source> sources,
          std::vector<Deal> deals, UnknownFields unknown = {}, Translations titleTranslations = {},
          std::vector<Story> stories = {});

    const std::string& title() const { return title_; }
    const Translations& titleTranslations() const { return titleTranslations_; }
    const std::vector<Entity>& entities() const { return entities_; }
    const std::vector<Source>& sources() const { return sources_; }
    const std::vector<Deal>& deals() const { return deals_; }
    // Models derived from this one (subsets, folds) carry no stories: their steps would name
    // what the derived model may lack.
    const std::vector<Story>& stories() const { return stories_; }
    const UnknownFields& unknown() const { return unknown_; }
    // A copy of everything the model holds, to edit and build a new Model from.
    ModelParts parts() const;

    const Entity* entity(std::string_view id) const;
    const Source* source(std::string_view id) const;
    const Deal* deal(std::string_view id) const;
    const Story* story(std::string_view id) const;
    std::optional<std::size_t> entityIndex(std::string_view id) const;
    std::optional<std::size_t> dealIndex(std::string_view id) const;

    // Deals in which the entity takes part on either end of a flow, in file order.
    std::vector<std::size_t> dealsOf(std::string_view entityId) const;

    // Deal indexes ordered by first date (then id): the order "next deal" follows.
    const std::vector<std::size_t>& chronological() const { return chronological_; }

    bool empty() const { return entities_.empty() && deals_.empty(); }

private:
    void buildIndexes();

    std::string title_;
    Translations titleTranslations_;
    std::vector<Entity> entities_;
    std::vector<Source> sources_;
    std::vector<Deal> deals_;
    std::vector<Story> stories_;
    UnknownFields unknown_;
    std::unordered_map<std::string, std::size_t> entityById_;
    std::unordered_map<std::string, std::size_t> sourceById_;
    std::unordered_map<std::string, std::size_t> dealById_;
    std::unordered_map<std::string, std::vector<std::size_t>> dealsByEntity_;
    std::vector<std::size_t> chronological_;
};

} // namespace dealgraph
