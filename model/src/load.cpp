#include "dealgraph/load.h"

#include "json_reader.h"
#include "parse_model.h"

#include <fstream>
#include <sstream>
#include <system_error>

namespace dealgraph {

namespace {
// Locating a pointer rescans the text; beyond this many errors the path alone must do, so a
// file with a hundred thousand errors still loads (and fails) in linear time.
constexpr std::size_t kMaxLocatedErrors = 200;

std::string_view withoutBom(std::string_view text) {
    return text.substr(0, 3) == "\xEF\xBB\xBF" ? text.substr(3) : text;
}
} // namespace

// Built by appending: GCC 12 warns falsely (-Wrestrict, PR105329) on "literal" + std::string.
std::string Diagnostic::format(std::string_view fileName) const {
    std::string out(fileName);
    if (line > 0) {
        out += ':';
        out += std::to_string(line);
        out += ':';
        out += std::to_string(column);
    }
    out += ": ";
    if (!path.empty()) {
        out += path;
        out += ": ";
    }
    out += message;
    return out;
}

LoadResult loadModelFromString(std::string_view json) {
    json = withoutBom(json);
    LoadResult result;
    if (json.size() > kMaxFileBytes) {
        result.unreadable = true;
        result.errors.push_back({"", 0, 0,
                                 "the model is " + std::to_string(json.size()) +
                                     " bytes, over the limit of " + std::to_string(kMaxFileBytes)});
        return result;
    }
    auto read = detail::readJson(json);
    result.errors = std::move(read.errors);
    if (result.errors.empty()) {
        if (auto model = detail::parseModel(read.value, result.errors); result.errors.empty())
            result.model = std::move(model);
    }
    std::size_t located = 0;
    for (auto& error : result.errors) {
        if (error.line > 0 || located >= kMaxLocatedErrors)
            continue;
        ++located;
        if (auto offset = detail::locatePointer(json, error.path))
            detail::lineAndColumn(json, *offset, error.line, error.column);
    }
    return result;
}

LoadResult loadModelFromFile(const std::filesystem::path& path, std::string* textOut) {
    LoadResult result;
    result.unreadable = true;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        result.errors.push_back({"", 0, 0, "is a directory, not a model file"});
        return result;
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        result.errors.push_back({"", 0, 0, "cannot read the file: " + ec.message()});
        return result;
    }
    // Refuse before reading: a huge file must not be pulled into memory to be rejected.
    if (size > kMaxFileBytes) {
        result.errors.push_back({"", 0, 0,
                                 "the file is " + std::to_string(size) +
                                     " bytes, over the limit of " + std::to_string(kMaxFileBytes) +
                                     " bytes (64 MiB)"});
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.errors.push_back({"", 0, 0, "cannot open the file"});
        return result;
    }
    std::string text;
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount())); // the file may have shrunk meanwhile
    if (in.bad()) {
        result.errors.push_back({"", 0, 0, "reading the file failed"});
        return result;
    }
    LoadResult loaded = loadModelFromString(text);
    if (textOut)
        *textOut = std::move(text);
    return loaded;
}

} // namespace dealgraph
