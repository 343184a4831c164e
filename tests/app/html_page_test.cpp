// The web-page export read back as text: every drawn entity and flow names the model's own ids
// (a slide that folds entities into "Others" or a group's box says which ones it stands for,
// and numbers each flow as the model does), model text can neither end the page's script nor
// add markup, and the page's policy admits exactly its own script and style. The browser's
// side (hover, clicks, steps, no request) is tests/cli/html_test.sh.
#include "scene_support.h"

#include "document/document.h"
#include "export/exporter.h"

#include "dealgraph/generate.h"
#include "dealgraph/load.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

QByteArray exportPage(Document& document, const QString& path, QString* error) {
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    if (!exportToFile(path, scene, document, ExportOptions{}, QRectF(), error))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The text between `open` and the next "</script>".
QByteArray elementText(const QByteArray& html, const QByteArray& open) {
    const qsizetype start = html.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype from = start + open.size();
    return html.mid(from, html.indexOf("</script>", from) - from);
}

QJsonObject pageData(const QByteArray& html) {
    return QJsonDocument::fromJson(
               elementText(html, "<script type=\"application/json\" id=\"dealgraph-data\">"))
        .object();
}

QString unescaped(QString text) {
    return text.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
}

struct DrawnFlow {
    std::string deal;
    int flow;
    std::string from;
    std::string to;
};

std::vector<DrawnFlow> drawnFlows(const QByteArray& html) {
    static const QRegularExpression pattern(
        QStringLiteral("<g class=\"flow\" data-deal=\"([^\"]*)\" data-flow=\"(-?\\d+)\" "
                       "data-from=\"([^\"]*)\" data-to=\"([^\"]*)\""));
    std::vector<DrawnFlow> out;
    auto it = pattern.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const auto match = it.next();
        out.push_back({unescaped(match.captured(1)).toStdString(), match.captured(2).toInt(),
                       unescaped(match.captured(3)).toStdString(),
                       unescaped(match.captured(4)).toStdString()});
    }
    return out;
}

std::set<std::string> drawnEntities(const QByteArray& html) {
    static const QRegularExpression pattern(
        QStringLiteral("<g class=\"entity\" data-entity=\"([^\"]*)\""));
    std::set<std::string> out;
    auto it = pattern.globalMatch(QString::fromUtf8(html));
    while (it.hasNext())
        out.insert(unescaped(it.next().captured(1)).toStdString());
    return out;
}

} // namespace

// A slide of 300 entities folds most of them into "Others" (and groups into their boxes): the
// page still numbers each curve as the model numbers its deal's flows, and each box says which
// of the model's entities it stands for, so a click reads the right deal, flow and parties.
TEST(HtmlPage, FoldedBoxesAndCurvesNameTheModelsEntitiesAndFlows) {
    GenerateOptions generate;
    generate.entities = 300;
    Document document;
    document.setModel(generateModel(generate));
    QTemporaryDir dir;
    QString error;
    const QByteArray html = exportPage(document, dir.filePath(QStringLiteral("big.html")), &error);
    ASSERT_FALSE(html.isEmpty()) << error.toStdString();
    const Model& model = document.model();

    const QJsonArray views = pageData(html)[QStringLiteral("views")].toArray();
    ASSERT_EQ(views.size(), 1);
    std::map<std::string, std::set<std::string>> members; // box id -> model entity ids
    for (const auto& box : views[0].toObject()[QStringLiteral("boxes")].toArray())
        for (const auto& id : box.toObject()[QStringLiteral("members")].toArray())
            members[box.toObject()[QStringLiteral("id")].toString().toStdString()].insert(
                id.toString().toStdString());
    ASSERT_FALSE(members.empty()) << "nothing was folded";
    std::size_t standsFor = 0;
    for (const auto& [box, ids] : members) {
        EXPECT_EQ(model.entity(box), nullptr) << box;
        for (const auto& id : ids)
            EXPECT_NE(model.entity(id), nullptr) << id;
        standsFor += ids.size();
    }
    const std::set<std::string> entities = drawnEntities(html);
    std::size_t own = 0;
    for (const auto& id : entities) {
        EXPECT_TRUE(model.entity(id) || members.contains(id)) << id << " is neither";
        own += model.entity(id) ? 1 : 0;
    }
    EXPECT_EQ(own + standsFor, document.view().entities.size())
        << "every entity of the view is a box or in one";

    // Each end of a curve is the model flow's end, or a box standing for it.
    auto sameEnd = [&](const std::string& drawn, const std::string& modelEnd) {
        return drawn == modelEnd || members[drawn].contains(modelEnd);
    };
    const std::vector<DrawnFlow> flows = drawnFlows(html);
    ASSERT_GT(flows.size(), 20u);
    for (const DrawnFlow& f : flows) {
        const Deal* deal = model.deal(f.deal);
        ASSERT_NE(deal, nullptr) << f.deal;
        ASSERT_TRUE(f.flow >= 0 && f.flow < static_cast<int>(deal->flows.size()))
            << f.deal << " flow " << f.flow;
        const Flow& flow = deal->flows[static_cast<std::size_t>(f.flow)];
        EXPECT_TRUE(sameEnd(f.from, flow.from)) << f.deal << ": " << f.from << " vs " << flow.from;
        EXPECT_TRUE(sameEnd(f.to, flow.to)) << f.deal << ": " << f.to << " vs " << flow.to;
    }
}

// Model text goes into the markup escaped and into the JSON with '<' escaped, so nothing a
// model says can close the data's <script> element or open one; the page's policy names the
// hashes of exactly its own script and style, so anything else would not run anyway.
TEST(HtmlPage, ModelTextCannotEndTheScriptOrAddMarkup) {
    QFile small(QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json"));
    ASSERT_TRUE(small.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(small.readAll()).object();
    const QString title = QStringLiteral("</script><script>window.__injected=1</script>");
    json[QStringLiteral("title")] = title;
    QJsonArray entities = json[QStringLiteral("entities")].toArray();
    QJsonObject first = entities[0].toObject();
    first[QStringLiteral("name")] = QStringLiteral("<img src=x onerror=alert(1)> & \"quoted\"");
    entities[0] = first;
    json[QStringLiteral("entities")] = entities;
    auto loaded = loadModelFromString(QJsonDocument(json).toJson().toStdString());
    ASSERT_TRUE(loaded.model.has_value());
    Document document;
    document.setModel(std::move(*loaded.model));
    QTemporaryDir dir;
    QString error;
    const QByteArray html = exportPage(document, dir.filePath(QStringLiteral("page.html")), &error);
    ASSERT_FALSE(html.isEmpty()) << error.toStdString();

    EXPECT_EQ(html.count("<script"), 2) << "the data and the page's own script, nothing else";
    EXPECT_EQ(html.count("</script>"), 2);
    EXPECT_FALSE(html.contains("<img")) << "a name became markup";
    EXPECT_TRUE(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;"));
    EXPECT_TRUE(html.contains("<title>&lt;/script&gt;&lt;script&gt;window.__injected=1&lt;/"
                              "script&gt;</title>"));
    const QJsonObject data = pageData(html);
    EXPECT_EQ(data[QStringLiteral("title")].toString(), title) << "the data reads back as written";

    // The policy: no requests, and only the hashes of the script and style on the page.
    const QByteArray script = elementText(html, "</script>\n<script>");
    ASSERT_FALSE(script.isEmpty());
    const QByteArray style = html.mid(html.indexOf("<style>") + 7,
                                      html.indexOf("</style>") - html.indexOf("<style>") - 7);
    auto hash = [](const QByteArray& text) {
        return "'sha256-" + QCryptographicHash::hash(text, QCryptographicHash::Sha256).toBase64() +
               "'";
    };
    EXPECT_TRUE(html.contains("content=\"default-src 'none'; script-src " + hash(script) +
                              "; style-src " + hash(style)))
        << "the policy does not admit the page's own script and style";
}
