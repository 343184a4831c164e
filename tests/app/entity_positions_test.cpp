// The positions sidecar (entity_positions.h): its name beside the model, reading with every
// problem named by file and place, writing, and setting an unreadable one aside.
#include "document/entity_positions.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace dealgraph::app;

namespace {

QByteArray contentsOf(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

TEST(EntityPositions, SidecarSitsBesideTheModel) {
    EXPECT_EQ(positionsPathFor(QStringLiteral("/data/deals.json")),
              QStringLiteral("/data/deals.positions.json"));
    EXPECT_EQ(positionsPathFor(QStringLiteral("/data/deals.JSON")),
              QStringLiteral("/data/deals.positions.json"));
    EXPECT_EQ(positionsPathFor(QStringLiteral("/data/deals")),
              QStringLiteral("/data/deals.positions.json"));
    EXPECT_TRUE(embeddedPositionsPath().endsWith(QStringLiteral("/embedded.positions.json")));
}

TEST(EntityPositions, ReadsTheFormatAndKeepsUnknownIds) {
    const PositionsFile file = parsePositions(R"({"format": "dealgraph-positions", "version": 1,
        "note": "extra keys are ignored",
        "positions": {"openai": {"x": 120.5, "y": -48}, "not-in-any-model": {"x": 1, "y": 2}}})",
                                              QStringLiteral("deals.positions.json"));
    EXPECT_TRUE(file.readable()) << file.problems.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(file.positions.size(), 2u);
    EXPECT_EQ(file.positions.at("openai"), QPointF(120.5, -48));
    EXPECT_EQ(file.positions.at("not-in-any-model"), QPointF(1, 2));
}

TEST(EntityPositions, GarbageIsNamedWithFileAndPlace) {
    const PositionsFile broken =
        parsePositions("{\"format\": \"dealgraph-positions\",\n  \"version\": 1,\n  oops}",
                       QStringLiteral("deals.positions.json"));
    ASSERT_FALSE(broken.readable());
    EXPECT_TRUE(broken.positions.empty());
    EXPECT_TRUE(broken.problems.front().startsWith(QStringLiteral("deals.positions.json:3:")))
        << broken.problems.front().toStdString();

    const PositionsFile other = parsePositions(R"({"format": "something-else", "positions": {}})",
                                               QStringLiteral("p.json"));
    ASSERT_FALSE(other.readable());
    EXPECT_TRUE(other.problems.front().contains(QStringLiteral("\"format\"")));

    const PositionsFile newer = parsePositions(
        R"({"format": "dealgraph-positions", "version": 7, "positions": {}})", QStringLiteral("p"));
    ASSERT_FALSE(newer.readable());
    EXPECT_TRUE(newer.problems.front().contains(QStringLiteral("version 7")));
}

TEST(EntityPositions, BadEntriesAreSkippedAndReported) {
    const PositionsFile file = parsePositions(R"({"format": "dealgraph-positions", "version": 1,
        "positions": {"good": {"x": 1, "y": 2}, "text": {"x": "1", "y": 2},
                      "huge": {"x": 1e300, "y": 0}, "flat": 3}})",
                                              QStringLiteral("p.positions.json"));
    EXPECT_FALSE(file.readable());
    ASSERT_EQ(file.positions.size(), 1u);
    EXPECT_EQ(file.positions.at("good"), QPointF(1, 2));
    ASSERT_EQ(file.problems.size(), 3);
    EXPECT_TRUE(file.problems.join(QLatin1Char('\n')).contains(QStringLiteral("positions/text")));
    EXPECT_TRUE(file.problems.join(QLatin1Char('\n')).contains(QStringLiteral("positions/huge")));
}

TEST(EntityPositions, WritesWhatItReadsAndSetsUnreadableFilesAside) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/deals.positions.json"));
    EXPECT_FALSE(readPositionsFile(path).exists);

    const EntityPositions positions{{"openai", QPointF(10.25, 20)}, {"oracle", QPointF(-3, 4.5)}};
    QString error;
    ASSERT_TRUE(writePositionsFile(path, positions, &error)) << error.toStdString();
    const PositionsFile back = readPositionsFile(path);
    EXPECT_TRUE(back.exists);
    EXPECT_TRUE(back.readable());
    EXPECT_EQ(back.positions, positions);

    write(path, "not json");
    EXPECT_FALSE(readPositionsFile(path).readable());
    const QString kept = setAsideUnreadable(path, &error);
    ASSERT_FALSE(kept.isEmpty()) << error.toStdString();
    EXPECT_EQ(kept, path + QStringLiteral(".bak"));
    EXPECT_EQ(contentsOf(kept), QByteArray("not json"));
    EXPECT_FALSE(QFile::exists(path));
    // A second one does not replace the first copy.
    write(path, "still not json");
    EXPECT_EQ(setAsideUnreadable(path, &error), path + QStringLiteral(".bak2"));
    EXPECT_EQ(contentsOf(path + QStringLiteral(".bak")), QByteArray("not json"));
}
