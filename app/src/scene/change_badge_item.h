// A small tag on a curve saying what happened to its deal between the two compared dates:
// "new", "status changed" or "ended". Words rather than colours: every hue already means a flow
// type, and a slide must read without a key.
#pragma once

#include "dealgraph/timeline.h"

#include <QGraphicsItem>
#include <QString>

namespace dealgraph::app {

class ChangeBadgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 5 };

    explicit ChangeBadgeItem(ChangeKind kind);

    int type() const override { return Type; }
    ChangeKind kind() const { return kind_; }
    void setKind(ChangeKind kind);
    QString text() const;

    static QString textFor(ChangeKind kind);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QRectF pillRect() const;

    ChangeKind kind_;
};

} // namespace dealgraph::app
