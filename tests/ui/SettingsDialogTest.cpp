// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog shows AppSettings, writes them on OK only, and says that a new language
// needs a restart.
#include "SettingsDialog.h"

#include "queue/AuditLog.h"
#include "settings/AppSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using b24::AppSettings;
using b24::ui::SettingsDialog;

namespace {

// Layouts and the scroll area resize through posted events; let them run before grabbing.
void settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

class SettingsDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        qsettings
            = std::make_unique<QSettings>(dir.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
        settings = std::make_unique<AppSettings>(qsettings.get());
    }

    template<typename T> static T *child(const SettingsDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> qsettings;
    std::unique_ptr<AppSettings> settings;
};

} // namespace

TEST_F(SettingsDialogTest, ShowsTheCurrentSettings)
{
    ASSERT_TRUE(settings->setStuckThresholdHours(72));
    ASSERT_TRUE(settings->setLanguage(QStringLiteral("ru")));
    settings->setReadOnlyDefault(true);
    settings->setExportBeforeClear(true);

    SettingsDialog dialog(settings.get());
    EXPECT_EQ(child<QSpinBox>(dialog, "stuckHoursSpin")->value(), 72);
    EXPECT_EQ(child<QSpinBox>(dialog, "stuckHoursSpin")->minimum(), AppSettings::MinStuckHours);
    EXPECT_EQ(child<QSpinBox>(dialog, "stuckHoursSpin")->maximum(), AppSettings::MaxStuckHours);
    EXPECT_EQ(child<QComboBox>(dialog, "languageCombo")->currentText(), QStringLiteral("Русский"));
    EXPECT_TRUE(child<QCheckBox>(dialog, "readOnlyDefaultCheck")->isChecked());
    EXPECT_TRUE(child<QCheckBox>(dialog, "exportBeforeClearCheck")->isChecked());
}

TEST_F(SettingsDialogTest, OkWritesEveryValue)
{
    SettingsDialog dialog(settings.get());
    child<QSpinBox>(dialog, "stuckHoursSpin")->setValue(6);
    child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(1); // English
    child<QCheckBox>(dialog, "readOnlyDefaultCheck")->setChecked(true);
    child<QCheckBox>(dialog, "exportBeforeClearCheck")->setChecked(true);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(settings->stuckThresholdHours(), 6);
    EXPECT_EQ(settings->language(), QStringLiteral("en"));
    EXPECT_TRUE(settings->readOnlyDefault());
    EXPECT_TRUE(settings->exportBeforeClear());
}

TEST_F(SettingsDialogTest, CancelWritesNothing)
{
    SettingsDialog dialog(settings.get());
    child<QSpinBox>(dialog, "stuckHoursSpin")->setValue(6);
    child<QCheckBox>(dialog, "readOnlyDefaultCheck")->setChecked(true);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(settings->stuckThresholdHours(),
              AppSettings::defaultValue(AppSettings::Key::StuckThresholdHours).toInt());
    EXPECT_FALSE(settings->readOnlyDefault());
}

TEST_F(SettingsDialogTest, LanguageChangeSaysItNeedsARestart)
{
    SettingsDialog dialog(settings.get());
    QLabel *note = child<QLabel>(dialog, "languageNote");
    EXPECT_TRUE(note->text().contains(QStringLiteral("restart")));
    EXPECT_FALSE(dialog.languageChanged());
    EXPECT_FALSE(note->font().bold());
    child<QComboBox>(dialog, "languageCombo")->setCurrentIndex(2);
    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_TRUE(note->font().bold());
    EXPECT_TRUE(note->isEnabled());
}

TEST_F(SettingsDialogTest, RestoreDefaultsResetsTheFieldsButWritesOnlyOnOk)
{
    ASSERT_TRUE(settings->setStuckThresholdHours(100));
    settings->setExportBeforeClear(true);
    SettingsDialog dialog(settings.get());
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    EXPECT_EQ(child<QSpinBox>(dialog, "stuckHoursSpin")->value(), 24);
    EXPECT_FALSE(child<QCheckBox>(dialog, "exportBeforeClearCheck")->isChecked());
    EXPECT_EQ(settings->stuckThresholdHours(), 100);
    dialog.accept();
    EXPECT_EQ(settings->stuckThresholdHours(), 24);
    EXPECT_FALSE(settings->exportBeforeClear());
}

TEST_F(SettingsDialogTest, AuditFileLocationIsShownReadOnly)
{
    SettingsDialog dialog(settings.get());
    QLineEdit *path = child<QLineEdit>(dialog, "auditPathEdit");
    EXPECT_TRUE(path->isReadOnly());
    EXPECT_EQ(path->text(), QDir::toNativeSeparators(b24::AuditLog::defaultPath()));
    const QString custom = dir.filePath(QStringLiteral("audit/audit.jsonl"));
    dialog.setAuditFilePath(custom);
    EXPECT_EQ(path->text(), QDir::toNativeSeparators(custom));
    EXPECT_EQ(dialog.auditFilePath(), custom);
    EXPECT_NE(dialog.findChild<QPushButton *>(QStringLiteral("openAuditFolderButton")), nullptr);
}

TEST_F(SettingsDialogTest, RendersEveryControlInsideTheDialog)
{
    SettingsDialog dialog(settings.get());
    dialog.show();
    settleLayouts();
    const QImage image = dialog.grab().toImage();
    ASSERT_FALSE(image.isNull());
    for (const QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (widget->isVisible() && !widget->objectName().isEmpty()) {
            const QRect inDialog(widget->mapTo(&dialog, QPoint(0, 0)), widget->size());
            EXPECT_TRUE(dialog.rect().contains(inDialog)) << widget->objectName().toStdString();
        }
    }
    if (const QString out = qEnvironmentVariable("B24_SCREENSHOT_DIR"); !out.isEmpty()) {
        EXPECT_TRUE(image.save(QDir(out).filePath(QStringLiteral("settings-dialog.png"))));
    }
}
