// The form of a source: the article a deal cites (publisher, title, date, address, and the
// reporter it cites in turn). A renamed id is renamed in every deal and status step citing it.
#pragma once

#include "editing/model_form.h"

#include "dealgraph/model.h"

#include <optional>
#include <string>

class QLineEdit;

namespace dealgraph::app {

class SourceForm : public ModelForm {
    Q_OBJECT
public:
    // Edits the source `id` of the document's model; nullopt: a new source.
    SourceForm(Document* document, std::optional<std::string> id, QWidget* parent = nullptr);

    // As the fields say; nullopt while the date cannot be read.
    std::optional<Source> source() const;
    // The id the new or edited source has after OK.
    std::string sourceId() const;

    QLineEdit* idField() const { return id_; }
    QLineEdit* publisherField() const { return publisher_; }
    QLineEdit* titleField() const { return title_; }
    QLineEdit* dateField() const { return date_; }
    QLineEdit* urlField() const { return url_; }
    QLineEdit* citingField() const { return citing_; }

protected:
    Candidate candidate() const override;
    std::vector<Diagnostic> commit() override;

private:
    std::optional<std::string> originalId_;
    Source original_;
    QLineEdit* id_;
    QLineEdit* publisher_;
    QLineEdit* title_;
    QLineEdit* date_;
    QLineEdit* url_;
    QLineEdit* citing_;
};

} // namespace dealgraph::app
