// Reading and writing the JSON format. A load either yields a whole model or every error it
// found; never half a model.
#pragma once

#include "dealgraph/model.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {

// Files larger than this are refused before they are read (docs/robustness.md).
inline constexpr std::uintmax_t kMaxFileBytes = 64ull * 1024 * 1024;
// Nesting deeper than this is refused while parsing, before any recursion can overflow.
inline constexpr int kMaxNestingDepth = 64;
// Strings longer than this (in bytes) are refused with their path.
inline constexpr std::size_t kMaxStringBytes = 100'000;

struct Diagnostic {
    std::string path; // JSON pointer of the offending value ("/deals/3/flows/0/to"); "" for syntax
    int line = 0;     // 1-based; 0 when unknown
    int column = 0;   // 1-based; 0 when unknown
    std::string message;

    // "file.json:3:14: message" or "file.json: /deals/3/flows/0/to: message"
    std::string format(std::string_view fileName) const;
};

struct LoadResult {
    std::optional<Model> model; // set exactly when errors is empty
    std::vector<Diagnostic> errors;
    bool unreadable = false; // the file could not be opened or was too large: no JSON was seen

    bool ok() const { return model.has_value(); }
};

LoadResult loadModelFromString(std::string_view json);
// `text`, when given, receives the file's text as read (for a lossless save later).
LoadResult loadModelFromFile(const std::filesystem::path& path, std::string* text = nullptr);

// Canonical JSON: two-space indent, one member or element a line, known members in the
// documented order (docs/format.md), unknown members written back after them.
std::string saveModelToString(const Model& model);
// Lossless: as above, but keeping from `original` (the text the model was read from or last
// saved as) what the model does not hold: the order of members, the way each unchanged number
// is written, and members written out with their default value. Saving an unedited model gives
// its text back (when it was written in this layout); a one-field edit changes that one line.
// An `original` that is not JSON is ignored.
std::string saveModelToString(const Model& model, std::string_view original);

} // namespace dealgraph
