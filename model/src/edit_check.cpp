// Checking edited parts with the loader's own rules, and the differences undo steps keep.
#include "dealgraph/edit.h"

#include "json_reader.h"
#include "parse_model.h"

#include <algorithm>

namespace dealgraph {

void normalize(ModelParts& parts) {
    for (Deal& deal : parts.deals) {
        // As the loader does: everything downstream relies on date order.
        std::stable_sort(deal.history.begin(), deal.history.end(),
                         [](const StatusStep& a, const StatusStep& b) { return a.date < b.date; });
        // Saving writes "max" only for a range and a headline only with amounts: what is not
        // written would be gone after a reload, so it goes now and the model stays the same.
        for (Flow& flow : deal.flows)
            for (Amount& amount : flow.amounts)
                if (amount.qualifier != Qualifier::Range)
                    amount.max = 0;
        for (HeadlineAmount& figure : deal.headline.amounts)
            if (figure.amount.qualifier != Qualifier::Range)
                figure.amount.max = 0;
        if (deal.headline.amounts.empty())
            deal.headline = Headline{};
    }
}

std::vector<Diagnostic> validate(const ModelParts& parts) {
    // The loader's rules are written against the file's DOM: check the DOM a save would
    // write, so that what an edit installs is exactly what a load would accept. Saving keeps
    // list order, so every path points into `parts`.
    const std::string text = saveModelToString(Model(parts));
    if (text.size() > kMaxFileBytes)
        return {Diagnostic{"", 0, 0,
                           "the model would be " + std::to_string(text.size()) +
                               " bytes, over the limit of " + std::to_string(kMaxFileBytes)}};
    auto read = detail::readJson(text);
    std::vector<Diagnostic> errors = std::move(read.errors);
    if (errors.empty())
        detail::parseModel(read.value, errors);
    return errors;
}

std::vector<Diagnostic> errorsUnder(const std::vector<Diagnostic>& errors,
                                    std::string_view pointer) {
    std::vector<Diagnostic> out;
    for (const Diagnostic& error : errors) {
        const std::string_view path = error.path;
        if (path.substr(0, pointer.size()) != pointer)
            continue;
        const std::string_view rest = path.substr(pointer.size());
        if (!rest.empty() && rest.front() != '/') // "/deals/1" is not under "/deals/10"
            continue;
        Diagnostic relative = error;
        relative.path = std::string(rest);
        out.push_back(std::move(relative));
    }
    return out;
}

std::string entityPointer(std::size_t index) {
    return detail::pointerAppend("/entities", index);
}
std::string sourcePointer(std::size_t index) {
    return detail::pointerAppend("/sources", index);
}
std::string dealPointer(std::size_t index) {
    return detail::pointerAppend("/deals", index);
}
std::string storyPointer(std::size_t index) {
    return detail::pointerAppend("/stories", index);
}

namespace {

template <typename T>
Splice<T> spliceOf(const std::vector<T>& before, const std::vector<T>& after) {
    std::size_t head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    std::size_t tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    Splice<T> splice;
    splice.at = head;
    splice.removed.assign(before.begin() + static_cast<std::ptrdiff_t>(head),
                          before.end() - static_cast<std::ptrdiff_t>(tail));
    splice.inserted.assign(after.begin() + static_cast<std::ptrdiff_t>(head),
                           after.end() - static_cast<std::ptrdiff_t>(tail));
    return splice;
}

// Whether `items` hold `run` from `at`.
template <typename T>
bool holds(const std::vector<T>& items, std::size_t at, const std::vector<T>& run) {
    if (at > items.size() || run.size() > items.size() - at)
        return false;
    return std::equal(run.begin(), run.end(), items.begin() + static_cast<std::ptrdiff_t>(at));
}

// Replaces `out`, which starts at `at`, by `in`.
template <typename T>
void replaceRun(std::vector<T>& items, std::size_t at, const std::vector<T>& out,
                const std::vector<T>& in) {
    const auto start = items.begin() + static_cast<std::ptrdiff_t>(at);
    items.erase(start, start + static_cast<std::ptrdiff_t>(out.size()));
    items.insert(items.begin() + static_cast<std::ptrdiff_t>(at), in.begin(), in.end());
}

// Replaces each list's `from` run by its `to` run, after checking that every list holds its
// `from` run: a diff of other parts changes nothing rather than cut at a wrong place.
template <typename From, typename To>
bool replaceRuns(ModelParts& parts, const ModelDiff& diff, From from, To to) {
    if (!holds(parts.entities, diff.entities.at, from(diff.entities)) ||
        !holds(parts.sources, diff.sources.at, from(diff.sources)) ||
        !holds(parts.deals, diff.deals.at, from(diff.deals)) ||
        !holds(parts.stories, diff.stories.at, from(diff.stories)))
        return false;
    replaceRun(parts.entities, diff.entities.at, from(diff.entities), to(diff.entities));
    replaceRun(parts.sources, diff.sources.at, from(diff.sources), to(diff.sources));
    replaceRun(parts.deals, diff.deals.at, from(diff.deals), to(diff.deals));
    replaceRun(parts.stories, diff.stories.at, from(diff.stories), to(diff.stories));
    return true;
}

const auto removedRun = [](const auto& splice) -> const auto& {
    return splice.removed;
};
const auto insertedRun = [](const auto& splice) -> const auto& {
    return splice.inserted;
};

ModelHeader headerOf(const ModelParts& parts) {
    return ModelHeader{parts.title, parts.titleTranslations, parts.unknown};
}

void setHeader(ModelParts& parts, const ModelHeader& header) {
    parts.title = header.title;
    parts.titleTranslations = header.titleTranslations;
    parts.unknown = header.unknown;
}

} // namespace

ModelDiff diffParts(const ModelParts& before, const ModelParts& after) {
    ModelDiff diff;
    if (headerOf(before) != headerOf(after)) {
        diff.headerBefore = headerOf(before);
        diff.headerAfter = headerOf(after);
    }
    diff.entities = spliceOf(before.entities, after.entities);
    diff.sources = spliceOf(before.sources, after.sources);
    diff.deals = spliceOf(before.deals, after.deals);
    diff.stories = spliceOf(before.stories, after.stories);
    return diff;
}

bool applyDiff(ModelParts& parts, const ModelDiff& diff) {
    if (diff.headerBefore && headerOf(parts) != *diff.headerBefore)
        return false;
    if (!replaceRuns(parts, diff, removedRun, insertedRun))
        return false;
    if (diff.headerAfter)
        setHeader(parts, *diff.headerAfter);
    return true;
}

bool revertDiff(ModelParts& parts, const ModelDiff& diff) {
    if (diff.headerAfter && headerOf(parts) != *diff.headerAfter)
        return false;
    if (!replaceRuns(parts, diff, insertedRun, removedRun))
        return false;
    if (diff.headerBefore)
        setHeader(parts, *diff.headerBefore);
    return true;
}

} // namespace dealgraph
