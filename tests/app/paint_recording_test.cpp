// PaintRecording (paint_recording.h): what a painter draws on it, played on another painter on
// another thread, is what the painter would have drawn there at once: text at its baseline,
// dashes in phase, clips under the transform they were set with, opacity and state restored.
#include "scene/paint_recording.h"

#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <thread>

namespace dealgraph::app {
namespace {

constexpr QSize kSize(480, 320);

QImage blank() {
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// A little of everything the graph's items draw, under transforms, clips and save/restore.
void drawSample(QPainter& painter) {
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.setClipRect(QRect(10, 10, 460, 300));
    painter.save();
    painter.translate(20.25, 30.5);
    painter.scale(1.15, 1.15);
    QPainterPath curve(QPointF(0, 0));
    curve.cubicTo(120, -20, 180, 160, 360, 120);
    painter.strokePath(curve, QPen(QColor(40, 90, 200), 5.5, Qt::DashLine, Qt::RoundCap));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(200, 60, 40));
    painter.drawPolygon(QPolygonF({QPointF(360, 120), QPointF(340, 110), QPointF(342, 132)}));
    painter.setOpacity(0.4);
    painter.setBrush(QColor(20, 160, 90));
    painter.drawEllipse(QRectF(40, 60, 90, 50));
    painter.restore();

    QPainterPath box;
    box.addRoundedRect(QRectF(60.5, 180.25, 170, 48), 8, 8);
    painter.setPen(QPen(Qt::darkGray, 1.5, Qt::DotLine));
    painter.setBrush(QColor(250, 245, 230));
    painter.drawPath(box);
    QFont font;
    font.setPixelSize(15);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(60.5, 180.25, 170, 48), Qt::AlignCenter,
                     QStringLiteral("Stargate campus\n星际之门 4321"));

    // A clip path set under a rotation, and a rectangle drawn under another transform.
    painter.save();
    painter.translate(360, 220);
    painter.rotate(20);
    QPainterPath diamond;
    diamond.addPolygon(QPolygonF(
        {QPointF(0, -60), QPointF(60, 0), QPointF(0, 60), QPointF(-60, 0), QPointF(0, -60)}));
    painter.setClipPath(diamond, Qt::IntersectClip);
    painter.resetTransform();
    painter.fillRect(QRectF(280, 150, 160, 140), QColor(120, 40, 160));
    painter.restore();
    painter.setPen(QPen(Qt::red, 2));
    painter.drawLine(QLineF(10, 300, 470, 290)); // after the restore: the diamond no longer clips
}

QImage drawnDirectly() {
    QImage image = blank();
    QPainter painter(&image);
    drawSample(painter);
    return image;
}

// Plays `recording` into a new image on a thread of its own.
QImage playedOnAThread(const PaintRecording& recording) {
    QImage image = blank();
    std::thread worker([&] {
        QPainter painter(&image);
        recording.play(painter);
    });
    worker.join();
    return image;
}

// The largest difference of any channel at any pixel.
int largestDifference(const QImage& a, const QImage& b) {
    EXPECT_EQ(a.size(), b.size());
    int largest = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)),
                                std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q))});
        }
    return largest;
}

int paintedPixels(const QImage& image) {
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += image.pixel(x, y) != QColor(Qt::white).rgb();
    return painted;
}

TEST(PaintRecording, PlaysOnAnotherThreadWhatThePainterWouldHaveDrawn) {
    PaintRecording recording(kSize);
    {
        QPainter painter(&recording);
        drawSample(painter);
    }
    EXPECT_GT(recording.commandCount(), 10u);
    const QImage direct = drawnDirectly();
    ASSERT_GT(paintedPixels(direct), 10000) << "the sample draws something";
    const QImage played = playedOnAThread(recording);
    EXPECT_EQ(largestDifference(direct, played), 0) << "the same pixels, text included";
    // Played again, the same: a recording is not used up.
    EXPECT_EQ(largestDifference(played, playedOnAThread(recording)), 0);
}

// A window on a high-density screen: recorded in logical pixels, played into an image of two
// device pixels a pixel, as the view's frame is.
TEST(PaintRecording, PlaysAtTheTargetsPixelDensity) {
    PaintRecording recording(kSize);
    {
        QPainter painter(&recording);
        drawSample(painter);
    }
    const auto dense = [] {
        QImage image(kSize * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        return image;
    };
    QImage direct = dense();
    {
        QPainter painter(&direct);
        drawSample(painter);
    }
    QImage played = dense();
    std::thread worker([&] {
        QPainter painter(&played);
        recording.play(painter);
    });
    worker.join();
    ASSERT_GT(paintedPixels(direct), 4 * 10000);
    EXPECT_EQ(largestDifference(direct, played), 0);
}

TEST(PaintRecording, StopsWhenCancelled) {
    PaintRecording recording(kSize);
    {
        QPainter painter(&recording);
        painter.setPen(QPen(Qt::black, 2));
        for (int i = 0; i < 2000; ++i) // short dashes on a grid, each somewhere else
            painter.drawLine(QLineF((i % 48) * 10, (i / 48) * 7, (i % 48) * 10 + 6, (i / 48) * 7));
    }
    std::atomic<bool> cancelled{true};
    QImage image = blank();
    {
        QPainter painter(&image);
        recording.play(painter, &cancelled);
    }
    // The flag is looked at every 256 commands: a few lines at most, not 2,000.
    EXPECT_LT(paintedPixels(image), paintedPixels(playedOnAThread(recording)) / 4);
}

} // namespace
} // namespace dealgraph::app
