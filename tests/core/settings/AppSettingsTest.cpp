// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"

#include "TestSupport.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using b24::AppSettings;

TEST(AppSettings, DefaultsComeFromTheTable)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
    const AppSettings app(&settings);
    EXPECT_EQ(app.stuckThresholdHours(), 24);
    EXPECT_EQ(app.stuckThresholdSeconds(), 24 * 3600);
    EXPECT_EQ(app.language(), QStringLiteral("system"));
    EXPECT_FALSE(app.readOnlyDefault());
    EXPECT_FALSE(app.exportBeforeClear());
    EXPECT_TRUE(app.bytes(AppSettings::Key::WindowGeometry).isEmpty());
    EXPECT_EQ(AppSettings::keyName(AppSettings::Key::StuckThresholdHours),
              QStringLiteral("queue/stuckThresholdHours"));
    EXPECT_EQ(AppSettings::defaultValue(AppSettings::Key::Language).toString(), QStringLiteral("system"));
}

TEST(AppSettings, StoresValidValuesAndRejectsInvalidOnes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("app.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        AppSettings app(&settings);
        EXPECT_TRUE(app.setStuckThresholdHours(6));
        EXPECT_FALSE(app.setStuckThresholdHours(0));
        EXPECT_FALSE(app.setStuckThresholdHours(AppSettings::MaxStuckHours + 1));
        EXPECT_TRUE(app.setLanguage(QStringLiteral("ru")));
        EXPECT_FALSE(app.setLanguage(QStringLiteral("de")));
        app.setReadOnlyDefault(true);
        app.setExportBeforeClear(true);
        app.setBytes(AppSettings::Key::WindowState, QByteArray("\x01\x02state", 7));
    }
    QSettings settings(path, QSettings::IniFormat);
    const AppSettings app(&settings);
    EXPECT_EQ(app.stuckThresholdHours(), 6);
    EXPECT_EQ(app.language(), QStringLiteral("ru"));
    EXPECT_TRUE(app.readOnlyDefault());
    EXPECT_TRUE(app.exportBeforeClear());
    EXPECT_EQ(app.bytes(AppSettings::Key::WindowState), QByteArray("\x01\x02state", 7));
}

TEST(AppSettings, HandEditedGarbageFallsBackToDefaults)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("queue/stuckThresholdHours"), QStringLiteral("lots"));
    settings.setValue(QStringLiteral("ui/language"), QStringLiteral("klingon"));
    AppSettings app(&settings);
    EXPECT_EQ(app.stuckThresholdHours(), 24);
    EXPECT_EQ(app.language(), QStringLiteral("system"));
    app.reset(AppSettings::Key::Language);
    EXPECT_FALSE(settings.contains(QStringLiteral("ui/language")));
}
