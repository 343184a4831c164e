#include "shell/app_settings.h"

#include "document/model_text.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QTranslator>

namespace dealgraph::app {

namespace {

QString languageName(LanguageChoice choice) {
    switch (choice) {
    case LanguageChoice::English:
        return QStringLiteral("en");
    case LanguageChoice::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case LanguageChoice::System:
        break;
    }
    return QStringLiteral("system");
}

QString themeName(ThemeChoice theme) {
    switch (theme) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

bool isSimplifiedChinese(const QString& uiLanguage) {
    const QString tag = uiLanguage.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (tag != QLatin1String("zh") && !tag.startsWith(QLatin1String("zh-")))
        return false;
    // Traditional Chinese readers get the English interface rather than the wrong script.
    return !tag.contains(QLatin1String("hant")) && !tag.endsWith(QLatin1String("-tw")) &&
           !tag.endsWith(QLatin1String("-hk")) && !tag.endsWith(QLatin1String("-mo"));
}

// The palette before any theme was applied, so "follow system" can go back to it.
QPalette& desktopPalette() {
    static QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7e, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

AppSettings AppSettings::load() {
    QSettings settings;
    AppSettings s;
    const QString language = settings.value(QLatin1String(kLanguageKey)).toString();
    if (language == QLatin1String("en"))
        s.language = LanguageChoice::English;
    else if (language == QLatin1String("zh_CN"))
        s.language = LanguageChoice::SimplifiedChinese;
    const QString theme = settings.value(QLatin1String(kThemeKey)).toString();
    if (theme == QLatin1String("light"))
        s.theme = ThemeChoice::Light;
    else if (theme == QLatin1String("dark"))
        s.theme = ThemeChoice::Dark;
    s.engine = layout::engineFromString(
        settings.value(QLatin1String(kEngineKey)).toString().toStdString());
    return s;
}

void AppSettings::save() const {
    QSettings settings;
    settings.setValue(QLatin1String(kLanguageKey), languageName(language));
    settings.setValue(QLatin1String(kThemeKey), themeName(theme));
    settings.setValue(QLatin1String(kEngineKey),
                      engine ? qstr(layout::toString(*engine)) : QStringLiteral("auto"));
}

QString translationFor(LanguageChoice choice) {
    switch (choice) {
    case LanguageChoice::English:
        return {};
    case LanguageChoice::SimplifiedChinese:
        return QStringLiteral("zh_CN");
    case LanguageChoice::System:
        break;
    }
    return translationForUiLanguages(QLocale::system().uiLanguages());
}

QString translationForUiLanguages(const QStringList& uiLanguages) {
    // The first UI language the app has a translation for wins; English is built in.
    for (const QString& language : uiLanguages) {
        if (isSimplifiedChinese(language))
            return QStringLiteral("zh_CN");
        if (language.startsWith(QLatin1String("en"), Qt::CaseInsensitive))
            return {};
    }
    return {};
}

QString installTranslations(LanguageChoice choice) {
    const QString translation = translationFor(choice);
    setNameLanguage(translation.isEmpty() ? QString() : QStringLiteral("zh-Hans"));
    if (translation.isEmpty())
        return {};
    auto* own = new QTranslator(qApp);
    if (!own->load(QStringLiteral(":/i18n/dealgraph_%1.qm").arg(translation))) {
        delete own;
        setNameLanguage({});
        return {};
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, file dialogs) when the distribution ships them
    // (Debian: qt6-translations-l10n).
    auto* qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_%1").arg(translation),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return translation;
}

void applyTheme(ThemeChoice theme) {
    const QPalette desktop = desktopPalette(); // remembered on the first call
    switch (theme) {
    case ThemeChoice::System:
        QApplication::setPalette(desktop);
        break;
    case ThemeChoice::Light:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

} // namespace dealgraph::app
