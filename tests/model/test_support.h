// Shared by the model tests: reading fixtures.
#pragma once

#include "dealgraph/load.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dealgraph::test {

inline std::filesystem::path dataPath(const std::string& relative) {
    return std::filesystem::path(DEALGRAPH_TEST_DATA) / relative;
}

inline std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Loads a fixture that must be valid, failing the test with its errors otherwise.
inline Model loadValid(const std::filesystem::path& path) {
    LoadResult result = loadModelFromFile(path);
    std::string errors;
    for (const auto& e : result.errors)
        errors += e.format(path.filename().string()) + "\n";
    EXPECT_TRUE(result.ok()) << errors;
    return result.ok() ? std::move(*result.model) : Model{};
}

} // namespace dealgraph::test
