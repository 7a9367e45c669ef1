// SPDX-License-Identifier: GPL-3.0-or-later
// The about dialog names the program, its version, the licence and the Qt version.
#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

using b24::ui::AboutDialog;

TEST(AboutDialog, ShowsNameVersionLicenceAndQt)
{
    AboutDialog dialog;
    const QString text = dialog.text();
    EXPECT_TRUE(text.contains(QStringLiteral("Bitrix24 Offline Queue"))) << text.toStdString();
    EXPECT_EQ(AboutDialog::version(), QStringLiteral(B24_VERSION));
    EXPECT_TRUE(text.contains(QStringLiteral("Version ") + QStringLiteral(B24_VERSION)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GPL-3.0-or-later"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("offline event queue"))) << text.toStdString();
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("aboutText"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html")));
}

TEST(AboutDialog, CloseButtonClosesIt)
{
    AboutDialog dialog;
    dialog.show();
    QCoreApplication::processEvents();
    if (const QString out = qEnvironmentVariable("B24_SCREENSHOT_DIR"); !out.isEmpty()) {
        EXPECT_TRUE(dialog.grab().toImage().save(QDir(out).filePath(QStringLiteral("about-dialog.png"))));
    }
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}
