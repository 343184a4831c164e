#include "scene/path_clip.h"

#include <QLineF>

#include <array>

namespace dealgraph::app {

namespace {

using Cubic = std::array<QPointF, 4>;

// Deep enough to cut a 100,000-point curve to pieces of a hundred points; no more, so a
// pathological curve cannot cost more than about a thousand pieces.
constexpr int kMaxDepth = 10;

QRectF controlBox(const Cubic& c) {
    qreal left = c[0].x(), right = left, top = c[0].y(), bottom = top;
    for (const QPointF& p : c) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

// Between the chord and the control polygon: close enough for a dash offset.
qreal approximateLength(const Cubic& c) {
    const qreal chord = QLineF(c[0], c[3]).length();
    const qreal polygon =
        QLineF(c[0], c[1]).length() + QLineF(c[1], c[2]).length() + QLineF(c[2], c[3]).length();
    return (chord + polygon) / 2;
}

class Builder {
public:
    Builder(const QRectF& visible, bool measureLength)
        : visible_(visible), measureLength_(measureLength) {}

    void add(const Cubic& c, int depth) {
        // A box of zero width or height (a straight horizontal or vertical piece) still counts.
        const QRectF box = controlBox(c).adjusted(-0.01, -0.01, 0.01, 0.01);
        if (!box.intersects(visible_)) {
            skip(c);
            return;
        }
        if (visible_.contains(box) || depth >= kMaxDepth) {
            keep(c);
            return;
        }
        // de Casteljau at t = 1/2: two exact halves of the same curve.
        const QPointF ab = (c[0] + c[1]) / 2, bc = (c[1] + c[2]) / 2, cd = (c[2] + c[3]) / 2;
        const QPointF abc = (ab + bc) / 2, bcd = (bc + cd) / 2, mid = (abc + bcd) / 2;
        add({c[0], ab, abc, mid}, depth + 1);
        add({mid, bcd, cd, c[3]}, depth + 1);
    }

    void skip(const Cubic& c) {
        if (!started_ && measureLength_)
            lengthBefore_ += approximateLength(c);
        open_ = false;
    }

    VisiblePart result() && { return {std::move(path_), lengthBefore_, false}; }

private:
    void keep(const Cubic& c) {
        if (!open_)
            path_.moveTo(c[0]);
        path_.cubicTo(c[1], c[2], c[3]);
        open_ = true;
        started_ = true;
    }

    QRectF visible_;
    bool measureLength_;
    QPainterPath path_;
    qreal lengthBefore_ = 0;
    bool open_ = false;    // the last piece was kept: the next one continues it
    bool started_ = false; // some piece was kept
};

} // namespace

VisiblePart visiblePart(const QPainterPath& path, const QRectF& visible, bool measureLength) {
    if (visible.contains(path.controlPointRect()))
        return {path, 0, true};
    Builder builder(visible, measureLength);
    QPointF current;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        switch (element.type) {
        case QPainterPath::MoveToElement:
            builder.skip({current, current, current, current}); // breaks the run
            current = element;
            break;
        case QPainterPath::LineToElement: {
            const QPointF to = element;
            builder.add({current, current, to, to}, 0); // a line as a straight cubic
            current = to;
            break;
        }
        case QPainterPath::CurveToElement: {
            if (i + 2 >= path.elementCount())
                return {path, 0, true}; // malformed: draw it as it is
            const QPointF c1 = element, c2 = path.elementAt(i + 1), to = path.elementAt(i + 2);
            builder.add({current, c1, c2, to}, 0);
            current = to;
            i += 2;
            break;
        }
        case QPainterPath::CurveToDataElement:
            break; // consumed with their CurveToElement
        }
    }
    return std::move(builder).result();
}

} // namespace dealgraph::app
