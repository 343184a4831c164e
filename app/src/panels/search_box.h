// The search box: finds an entity by any of its names — display name, other-language names,
// aliases (甲骨文 finds Oracle, 软银 finds SoftBank) — and selects it in the Document.
#pragma once

#include <QLineEdit>

#include <optional>
#include <string>

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

    // The entity `text` names: an exact name (any language, case-insensitive) first, then
    // the best name containing the text (prefix matches, then the shortest name).
    static std::optional<std::string> findEntity(const Model& model, const QString& text);

    // Selects the entity the current text names; false (and a status message) when none.
    bool search();

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void rebuild();
    void selectEntity(const std::string& id);

    Document* document_;
    QStandardItemModel* entries_;
};

} // namespace dealgraph::app
