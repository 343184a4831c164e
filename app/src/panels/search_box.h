// The search box: finds an entity by any of its names — display name, other-language names,
// aliases (甲骨文 finds Oracle, 软银 finds SoftBank) — and selects it in the Document.
#pragma once

#include <QLineEdit>

#include <optional>
#include <string>
#include <vector>

class QCompleter;
class QStandardItemModel;

namespace dealgraph {
class Model;
}

namespace dealgraph::app {

class Document;

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    enum Role {
        MatchRole = Qt::UserRole + 1, // the one name a completion entry matches on
        EntityIdRole,
    };

    explicit SearchBox(Document* document, QWidget* parent = nullptr);

    // One entity that `text` matches, by the best of its names.
    struct Match {
        std::string entityId;
        QString name;    // the entity's display name
        QString matched; // the name that matched: the display name, another language's, an alias
        int rank = 0;    // lower is better (see matchEntities)
    };
    // Every entity that `text` matches, once each, best first: an exact name (any language,
    // case-insensitive), then a name starting with the text, then one with a word starting
    // with it, then one containing it; at equal rank the display name before other names,
    // shorter names first, then file order.
    static std::vector<Match> matchEntities(const Model& model, const QString& text);
    // The best of them, if any.
    static std::optional<std::string> findEntity(const Model& model, const QString& text);
    // A completion row: "Stargate", or "Stargate Mercury (星门)" when an alias matched.
    static QString rowText(const Match& match);

    // Selects the entity the current text names; false (and a status message) when none.
    bool search();

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void updateCompletions(const QString& text);
    void selectEntity(const std::string& id);

    Document* document_;
    QStandardItemModel* entries_;
};

} // namespace dealgraph::app
