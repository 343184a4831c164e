// The Export dialog as a first-time user meets it: a "File" label with its mnemonic, a field wide
// enough for a path, a safe file name from the model's title in a sensible folder, the model's
// title on the slide, and a live preview of the slide as it will be written.
#include "shell_fixture.h"

#include "export/export_actions.h"
#include "export/export_dialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>

namespace dealgraph::app::shelltest {
namespace {

class ExportDialogTest : public ShellTest {
protected:
    void SetUp() override {
        ShellTest::SetUp();
        QSettings().remove(QStringLiteral("export"));
        openBundledDataset();
    }
    ExportActions& actions() { return *window->exportActions(); }
};

} // namespace

TEST_F(ExportDialogTest, TheFileLabelIsAMnemonicForAWideField) {
    ExportDialog dialog;
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("exportPath"));
    ASSERT_NE(path, nullptr);
    const QLabel* label = nullptr;
    for (const QLabel* candidate : dialog.findChildren<QLabel*>())
        if (candidate->buddy() == path)
            label = candidate;
    ASSERT_NE(label, nullptr) << "no label names the file field";
    EXPECT_EQ(label->text(), QStringLiteral("&File:")); // shown as "File:" with F underlined
    EXPECT_GE(path->minimumWidth(), path->fontMetrics().averageCharWidth() * 40);
}

TEST_F(ExportDialogTest, DefaultsComeFromTheModelNotTheWorkingDirectory) {
    ExportDialog dialog;
    actions().setUpDialog(dialog);
    const QString title = QString::fromStdString(document().model().title());
    EXPECT_EQ(dialog.options().title, title);

    const QFileInfo file(dialog.path());
    EXPECT_TRUE(file.isAbsolute()) << dialog.path().toStdString();
    QString expectedFolder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (expectedFolder.isEmpty() || !QFileInfo(expectedFolder).isDir())
        expectedFolder = QDir::homePath();
    EXPECT_EQ(file.absolutePath(), QDir(expectedFolder).absolutePath());
    EXPECT_EQ(file.suffix(), QStringLiteral("png"));
    EXPECT_FALSE(file.fileName().contains(QLatin1Char(':'))) << dialog.path().toStdString();
    EXPECT_TRUE(file.completeBaseName().startsWith(QStringLiteral("The AI build-out")))
        << dialog.path().toStdString();

    // The next export goes where the last one went, with the title given then.
    QTemporaryDir folder;
    ExportOptions chosen = dialog.options();
    chosen.title = QStringLiteral("Stargate / Mercury: 2024");
    dialog.setOptions(chosen);
    dialog.setPath(QDir(folder.path()).filePath(QStringLiteral("deck.svg")));
    dialog.saveSettings();
    ExportDialog next;
    actions().setUpDialog(next);
    EXPECT_EQ(QFileInfo(next.path()).absolutePath(), QDir(folder.path()).absolutePath());
    EXPECT_EQ(QFileInfo(next.path()).suffix(), QStringLiteral("svg"));
}

TEST(ExportDialogNames, FileNamesAreSafeEverywhere) {
    EXPECT_EQ(ExportDialog::safeFileName(QStringLiteral("The AI build-out: deals, 2024–2026")),
              QStringLiteral("The AI build-out - deals, 2024–2026"));
    EXPECT_EQ(ExportDialog::safeFileName(QStringLiteral("a/b\\c|d")), QStringLiteral("a-b-c-d"));
    EXPECT_EQ(ExportDialog::safeFileName(QStringLiteral("  ..what?*\"<>\t\n  ")),
              QStringLiteral("what"));
    EXPECT_EQ(ExportDialog::safeFileName(QStringLiteral("星际之门：交易")),
              QStringLiteral("星际之门：交易")); // a full-width colon is an ordinary character
    EXPECT_EQ(ExportDialog::safeFileName(QStringLiteral("con")), QStringLiteral("con_"));
    EXPECT_EQ(ExportDialog::safeFileName(QString()), QStringLiteral("dealgraph"));
    EXPECT_EQ(ExportDialog::safeFileName(QStringLiteral("x").repeated(300)).size(), 80);
}

TEST_F(ExportDialogTest, ThePreviewIsTheSlideAsItWillBeWritten) {
    ExportDialog dialog;
    actions().setUpDialog(dialog);
    QTemporaryDir folder;
    dialog.setPath(QDir(folder.path()).filePath(QStringLiteral("slide.png")));
    dialog.updatePreviewNow();
    const QImage preview = dialog.previewImage();
    ASSERT_FALSE(preview.isNull()) << "no preview drawn";
    ASSERT_TRUE(actions().exportTo(dialog.path(), dialog.options()));
    const QImage written(dialog.path());
    EXPECT_EQ(preview.size(), written.size());
    EXPECT_TRUE(preview.convertToFormat(QImage::Format_ARGB32) ==
                written.convertToFormat(QImage::Format_ARGB32))
        << "the preview is not the slide written";

    // A new title shows in the preview.
    ExportOptions retitled = dialog.options();
    retitled.title = QStringLiteral("Who pays whom");
    dialog.setOptions(retitled);
    dialog.updatePreviewNow();
    EXPECT_NE(dialog.previewImage(), preview);
}

} // namespace dealgraph::app::shelltest
