// The app tests' entry point: one QApplication for every test, with pinned fonts and DPI so
// measured geometry is the same on every machine.
#include <QApplication>
#include <QFont>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    // Tests never need a display; ctest sets this too, but a bare run and gtest's test
    // discovery (which cannot set the environment with CMake 3.25) must not need one either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_FONT_DPI", "96");
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    // Nothing a test does (the embedded dataset's hand-placed positions, say) may reach the
    // user's own data directory.
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    return RUN_ALL_TESTS();
}
