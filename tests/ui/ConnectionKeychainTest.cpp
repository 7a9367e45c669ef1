// SPDX-License-Identifier: GPL-3.0-or-later
// Without a working keychain the connection dialog says that secrets live for this session only.
// Its own executable: the tests break the D-Bus session address before anything talks to D-Bus.
#include "ConnectionDialog.h"
#include "TestSupport.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using b24::ui::ConnectionDialog;

namespace {

const QString AccessToken = QStringLiteral("acc_7Hq2mZ9xLw4bT1vRk8sYp3nC6dFgJ0eA");
const QString BannerText = QStringLiteral(
    "No system keychain available — secrets are kept for this session only and will not be saved.");

class ConnectionKeychainTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        // No Secret Service and no KWallet reachable: every keychain job fails.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/b24-no-bus");
    }
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        settings
            = std::make_unique<QSettings>(dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        profiles = std::make_unique<b24::ProfileStore>(settings.get());
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<b24::ProfileStore> profiles;
    b24::SecretStore secrets {QStringLiteral("b24-offline-queue-test-nobus")};
};

QLabel *banner(const ConnectionDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("keychainBanner"));
}

} // namespace

TEST_F(ConnectionKeychainTest, SavingWithoutKeychainShowsTheSessionOnlyBanner)
{
    ConnectionDialog dialog(&*profiles, &secrets);
    ASSERT_NE(banner(dialog), nullptr);
    EXPECT_FALSE(dialog.isSessionOnlyBannerVisible());
    dialog.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("Prod"));
    dialog.findChild<QLineEdit *>(QStringLiteral("portalEdit"))->setText(QStringLiteral("prod.bitrix24.com"));
    dialog.findChild<QLineEdit *>(QStringLiteral("accessTokenEdit"))->setText(AccessToken);

    bool saved = false;
    bool persisted = true;
    QObject::connect(&dialog, &ConnectionDialog::profileSaved, &dialog,
                     [&](const QString &, bool inKeychain) {
                         saved = true;
                         persisted = inKeychain;
                     });
    dialog.saveProfile();
    ASSERT_TRUE(b24::test::waitUntil([&saved] { return saved; }, 20000));
    EXPECT_FALSE(persisted);
    EXPECT_TRUE(secrets.sessionOnly());
    EXPECT_TRUE(dialog.isSessionOnlyBannerVisible());
    EXPECT_EQ(banner(dialog)->text(), BannerText);
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("session only")));
    // The profile is saved anyway and the dialog still hands out the token for this session.
    EXPECT_TRUE(profiles->profile(QStringLiteral("Prod")).has_value());
    EXPECT_EQ(dialog.credentials().accessToken, AccessToken);

    // Opened again in the same session: the banner is there from the start and the token is kept.
    ConnectionDialog again(&*profiles, &secrets);
    EXPECT_TRUE(again.isSessionOnlyBannerVisible());
    again.selectProfile(QStringLiteral("Prod"));
    ASSERT_TRUE(b24::test::waitUntil(
        [&again] {
            return again.findChild<QLineEdit *>(QStringLiteral("accessTokenEdit"))->text() == AccessToken;
        },
        5000));
}

TEST_F(ConnectionKeychainTest, BackendUnavailableSignalShowsTheBanner)
{
    ConnectionDialog dialog(&*profiles, &secrets);
    EXPECT_FALSE(dialog.isSessionOnlyBannerVisible());
    Q_EMIT secrets.backendUnavailable(QStringLiteral("org.freedesktop.secrets was not provided"));
    EXPECT_TRUE(dialog.isSessionOnlyBannerVisible());
    EXPECT_EQ(banner(dialog)->text(), BannerText);
    EXPECT_TRUE(banner(dialog)->toolTip().contains(QStringLiteral("org.freedesktop.secrets")));
}
