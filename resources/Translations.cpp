// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "b24.i18n")

namespace b24 {

namespace {

// Object names mark the translators this class owns, so a second install() can find and
// replace them without keeping global state.
constexpr auto AppTranslatorName = "b24-app-translator";
constexpr auto QtTranslatorName = "b24-qt-translator";

QString appTranslationPath(const QString &language)
{
    return QStringLiteral(":/i18n/b24-offline-queue_%1.qm").arg(language);
}

void removeOwnTranslators(QCoreApplication *app)
{
    const auto translators = app->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        const QString name = translator->objectName();
        if (name == QLatin1String(AppTranslatorName) || name == QLatin1String(QtTranslatorName)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

bool installTranslator(QCoreApplication *app, const char *objectName, const QString &fileName,
                       const QString &directory)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(QLatin1String(objectName));
    if (translator->load(fileName, directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Translations::systemLanguage()
{
    const QStringList supported = available();
    // uiLanguages() is ordered by the user's preference ("ru-RU", "ru", "en-US", ...).
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &uiLanguage : uiLanguages) {
        QString language = QLocale(uiLanguage).name().section(u'_', 0, 0);
        if (supported.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Translations::displayName(const QString &languageSetting)
{
    if (languageSetting == QLatin1String("system"))
        return QCoreApplication::translate("b24::Translations", "System language");
    if (languageSetting == QLatin1String("en"))
        return QStringLiteral("English");
    if (languageSetting == QLatin1String("ru"))
        return QStringLiteral("Русский");
    return languageSetting;
}

QString Translations::install(QCoreApplication *app, const QString &languageSetting)
{
    removeOwnTranslators(app);

    QString language = languageSetting;
    if (language.isEmpty() || language == QLatin1String("system"))
        language = systemLanguage();
    if (!available().contains(language)) {
        qCWarning(lcI18n) << "unknown language setting" << languageSetting << "- using English";
        language = QStringLiteral("en");
    }
    // The sources are written in English: English needs no translator at all.
    if (language == QLatin1String("en"))
        return language;

    if (!installTranslator(app, AppTranslatorName, appTranslationPath(language), QString())) {
        qCWarning(lcI18n) << "no compiled translation for" << language << "- using English";
        return QStringLiteral("en");
    }
    // Qt's own dialogs and buttons (QDialogButtonBox, QFileDialog, ...). Optional: Debian ships
    // them in qt6-translations-l10n, which the package recommends but does not require.
    const QString qtDirectory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!installTranslator(app, QtTranslatorName, QStringLiteral("qtbase_") + language, qtDirectory))
        qCInfo(lcI18n) << "Qt's own translation for" << language << "not found in" << qtDirectory;
    return language;
}

} // namespace b24
