// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

const QString SourceDir = QStringLiteral(B24_SOURCE_DIR);
const QString RussianTs = SourceDir + QStringLiteral("/resources/translations/b24-offline-queue_ru.ts");

class TranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        b24::Translations::install(QCoreApplication::instance(), QStringLiteral("en"));
    }
};

struct TsMessage {
    QString context;
    QString source;
    bool unfinished = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name" && context.isEmpty()) {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = TsMessage {context, {}, false};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.unfinished = type == u"unfinished";
            // Numerus messages keep their forms in <numerusform> children; an empty plain
            // translation counts as unfinished too.
            bool hasText = false;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters() && !xml.isWhitespace())
                    hasText = true;
            }
            message.unfinished = message.unfinished || !hasText;
            if (type != u"vanished" && type != u"obsolete")
                messages.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

TEST_F(TranslationsTest, RussianLoadsFromTheResources)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/b24-offline-queue_ru.qm")));
    EXPECT_EQ(b24::Translations::install(QCoreApplication::instance(), QStringLiteral("ru")),
              QStringLiteral("ru"));
    EXPECT_EQ(QCoreApplication::translate("b24::Translations", "System language"),
              QStringLiteral("Системный язык"));
    EXPECT_EQ(b24::Translations::displayName(QStringLiteral("system")), QStringLiteral("Системный язык"));
    // A string from the core library: the whole catalogue is compiled in, not just one context.
    EXPECT_EQ(QCoreApplication::translate("b24::QueueGroup", "Unreserved"), QStringLiteral("Свободные"));
}

TEST_F(TranslationsTest, RussianAlsoLoadsQtsOwnTranslation)
{
    b24::Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    // qtbase_ru.qm comes from qt6-translations-l10n (install-deps.sh installs it).
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Отмена"));
}

TEST_F(TranslationsTest, EnglishRemovesAnEarlierTranslation)
{
    b24::Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    EXPECT_EQ(b24::Translations::install(QCoreApplication::instance(), QStringLiteral("en")),
              QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("b24::Translations", "System language"),
              QStringLiteral("System language"));
    EXPECT_TRUE(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
}

TEST_F(TranslationsTest, SwitchingTwiceKeepsOneTranslatorPerCatalogue)
{
    b24::Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    b24::Translations::install(QCoreApplication::instance(), QStringLiteral("ru"));
    EXPECT_EQ(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 2); // app + qtbase
}

TEST_F(TranslationsTest, UnknownLanguageFallsBackToEnglish)
{
    EXPECT_EQ(b24::Translations::install(QCoreApplication::instance(), QStringLiteral("xx")),
              QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("b24::Translations", "System language"),
              QStringLiteral("System language"));
}

TEST_F(TranslationsTest, SystemResolvesToAnAvailableLanguage)
{
    const QString language
        = b24::Translations::install(QCoreApplication::instance(), QStringLiteral("system"));
    EXPECT_TRUE(b24::Translations::available().contains(language)) << language.toStdString();
    EXPECT_EQ(language, b24::Translations::systemLanguage());
}

TEST_F(TranslationsTest, AvailableListsEnglishAndRussian)
{
    EXPECT_EQ(b24::Translations::available(), (QStringList {QStringLiteral("en"), QStringLiteral("ru")}));
    EXPECT_EQ(b24::Translations::displayName(QStringLiteral("ru")), QStringLiteral("Русский"));
    EXPECT_EQ(b24::Translations::displayName(QStringLiteral("en")), QStringLiteral("English"));
}

// lupdate over the current sources (into a copy, the committed file stays untouched) must find
// every string already translated. The failure lists what is left so it can be fixed quickly:
// run packaging/update-translations.sh, translate, rebuild.
TEST(TranslationsCompleteness, LupdateFindsNoUnfinishedOrMissingStrings)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("b24-offline-queue_ru.ts"));
    ASSERT_TRUE(QFile::copy(RussianTs, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LUPDATE"), QStringLiteral(B24_LUPDATE));
    lupdate.setProcessEnvironment(env);
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral("bash"),
                  {SourceDir + QStringLiteral("/packaging/update-translations.sh"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    const QString log = QString::fromUtf8(lupdate.readAll());
    ASSERT_EQ(lupdate.exitCode(), 0) << log.toStdString();

    const QList<TsMessage> messages = readTs(copy);
    ASSERT_FALSE(messages.isEmpty());
    QStringList unfinished;
    for (const TsMessage &message : messages) {
        if (message.unfinished)
            unfinished.append(message.context + QStringLiteral(": ") + message.source);
    }
    EXPECT_TRUE(unfinished.isEmpty())
        << unfinished.size() << " of " << messages.size()
        << " strings are unfinished or new; run packaging/update-translations.sh and translate them in "
           "resources/translations/b24-offline-queue_ru.ts:\n  "
        << unfinished.join(QStringLiteral("\n  ")).toStdString();

    // lupdate files a tr() call under the class (or namespace) it appears in. When that class has
    // no Q_OBJECT/Q_DECLARE_TR_FUNCTIONS, the call goes to some tr() helper whose run-time context
    // is written in the file; if the file never names lupdate's context, the translation cannot match.
    QStringList mismatched;
    static const QRegularExpression Warning(
        QStringLiteral("^(.+):(\\d+): Class '([^']+)' lacks Q_OBJECT macro$"),
        QRegularExpression::MultilineOption);
    for (auto it = Warning.globalMatch(log); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QFile source(match.captured(1));
        const QString context = match.captured(3);
        if (!source.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(source.readAll());
        if (!text.contains(u'"' + context + u'"'))
            mismatched.append(match.captured(1) + u':' + match.captured(2) + QStringLiteral(": ") + context);
    }
    mismatched.removeDuplicates();
    EXPECT_TRUE(mismatched.isEmpty())
        << "tr() is called where lupdate sees a class or namespace without Q_OBJECT, and the file never "
           "names that context, so these strings stay English at run time. Call Xxx::tr() of a class "
           "with Q_DECLARE_TR_FUNCTIONS(b24::Xxx), or QCoreApplication::translate(\"b24::Xxx\", ...):\n  "
        << mismatched.join(QStringLiteral("\n  ")).toStdString();
}

} // namespace
