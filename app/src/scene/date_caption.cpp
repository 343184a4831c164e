#include "scene/date_caption.h"

#include "document/document.h"
#include "document/model_text.h"

namespace dealgraph::app {

namespace {
constexpr int kShownChanges = 2; // more and the caption turns into a list nobody reads at a glance
constexpr qreal kFontScale = 1.25;
constexpr int kMargin = 8;
} // namespace

DateCaption::DateCaption(Document* document, QWidget* view) : QLabel(view), document_(document) {
    setObjectName(QStringLiteral("dateCaption"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setAttribute(Qt::WA_TransparentForMouseEvents); // the graph under it stays clickable
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * kFontScale);
    setFont(larger);
    setAutoFillBackground(true);
    setMargin(6);
    setFrameShape(QFrame::StyledPanel);
    connect(document_, &Document::viewChanged, this, &DateCaption::refresh);
    connect(document_, &Document::modelReset, this, &DateCaption::refresh);
    refresh();
}

QString DateCaption::textFor(const Document& document) {
    const auto& asOf = document.filter().asOf;
    if (!asOf)
        return {};
    const Model& model = document.model();
    const View& view = document.view();
    QStringList changes;
    for (std::size_t d : model.chronological()) {
        if (!view.containsDeal(d))
            continue;
        const Deal& deal = model.deals()[d];
        for (const StatusStep& step : deal.history)
            if (step.date.lastDay() == asOf->lastDay())
                changes << QStringLiteral("%1 · %2").arg(titleOf(deal),
                                                         displayText(step.status).toLower());
    }
    if (changes.isEmpty())
        return {};
    QString text = dateText(*asOf);
    for (int i = 0; i < std::min<int>(kShownChanges, changes.size()); ++i)
        text += QStringLiteral(" · ") + changes[i];
    if (changes.size() > kShownChanges)
        text += QStringLiteral(" · ") + tr("and %1 more").arg(changes.size() - kShownChanges);
    return text;
}

void DateCaption::refresh() {
    setText(textFor(*document_));
    setVisible(!suppressed_ && !text().isEmpty());
    if (area_.isValid())
        place(area_);
}

void DateCaption::place(const QRect& area) {
    area_ = area;
    const int width = std::min(area.width() - 2 * kMargin, 900);
    if (width <= 0)
        return;
    const int height = heightForWidth(width);
    setGeometry(area.left() + (area.width() - width) / 2, area.top() + kMargin, width, height);
    raise();
}

void DateCaption::setSuppressed(bool suppressed) {
    suppressed_ = suppressed;
    refresh();
}

} // namespace dealgraph::app
