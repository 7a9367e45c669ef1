// SPDX-License-Identifier: GPL-3.0-or-later
// The connection dialog: live portal validation, the webhook explanation, profiles in QSettings
// without any secret, secrets through the real keychain (the test command runs inside
// packaging/with-test-session.sh), and the session-only banner.
#include "ConnectionDialog.h"

#include "ProfileEditor.h"
#include "TestSupport.h"
#include "TokenHelpWidget.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using b24::ui::ConnectionDialog;

namespace {

// Layouts and the scroll area resize through posted events; let them run before grabbing.
void settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

const QString AccessToken = QStringLiteral("acc_7Hq2mZ9xLw4bT1vRk8sYp3nC6dFgJ0eA");
const QString RefreshToken = QStringLiteral("ref_Qz5Wx8Lm2Nb7Vc4Kj1Hg6Fd3Sa9Pe0Ro");
const QString ClientSecret = QStringLiteral("sec_Uy6Tr3Ew9Qa2Zs5Xd8Cf1Vg4Bh7Nj0Mk");

template<typename T> T *child(const QObject &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

class ConnectionDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        profiles = std::make_unique<b24::ProfileStore>(settings.get());
    }
    void TearDown() override
    {
        // Leave nothing behind in the test keychain.
        for (const auto &profile : profiles->profiles()) {
            bool done = false;
            secrets.remove(profile.secretKey(), [&done](bool, const QString &) { done = true; });
            b24::test::waitUntil([&done] { return done; }, 10000);
        }
    }

    QString iniPath() const { return dir.filePath(QStringLiteral("profiles.ini")); }

    static void fill(ConnectionDialog &dialog, const QString &name, const QString &portal)
    {
        child<QLineEdit>(dialog, "profileNameEdit")->setText(name);
        child<QLineEdit>(dialog, "portalEdit")->setText(portal);
        child<QLineEdit>(dialog, "accessTokenEdit")->setText(AccessToken);
        child<QLineEdit>(dialog, "refreshTokenEdit")->setText(RefreshToken);
        child<QLineEdit>(dialog, "clientIdEdit")->setText(QStringLiteral("local.65f0a1b2c3d4e5.12345678"));
        child<QLineEdit>(dialog, "clientSecretEdit")->setText(ClientSecret);
        child<QLineEdit>(dialog, "authConnectorEdit")->setText(QStringLiteral("erp_sync"));
    }

    static bool saveAndWait(ConnectionDialog &dialog, bool *persisted = nullptr)
    {
        bool saved = false;
        QObject::connect(&dialog, &ConnectionDialog::profileSaved, &dialog,
                         [&](const QString &, bool inKeychain) {
                             saved = true;
                             if (persisted) {
                                 *persisted = inKeychain;
                             }
                         });
        QPushButton *save = child<QPushButton>(dialog, "saveButton");
        if (!save || !save->isEnabled()) {
            return false;
        }
        save->click();
        return b24::test::waitUntil([&saved] { return saved; }, 15000);
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<b24::ProfileStore> profiles;
    // A service of its own per test run, so parallel runs never see each other's entries.
    const QString serviceName
        = QStringLiteral("b24-offline-queue-test-") + QUuid::createUuid().toString(QUuid::Id128);
    b24::SecretStore secrets {serviceName};
};

} // namespace

TEST_F(ConnectionDialogTest, InvalidPortalDisablesConnectAndSaysWhyUnderTheField)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    fill(dialog, QStringLiteral("Prod"), QStringLiteral("yourcompany.bitrix24.com"));
    QPushButton *connectButton = child<QPushButton>(dialog, "connectButton");
    QLabel *error = child<QLabel>(dialog, "portalError");
    ASSERT_TRUE(connectButton && error);
    EXPECT_TRUE(connectButton->isEnabled());
    EXPECT_TRUE(error->isHidden());

    child<QLineEdit>(dialog, "portalEdit")->setText(QStringLiteral("ftp://yourcompany.bitrix24.com"));
    EXPECT_FALSE(connectButton->isEnabled());
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("ftp://"))) << error->text().toStdString();

    child<QLineEdit>(dialog, "portalEdit")
        ->setText(QStringLiteral("https://user:pw@yourcompany.bitrix24.com"));
    EXPECT_FALSE(connectButton->isEnabled());
    EXPECT_TRUE(error->text().contains(QStringLiteral("password"))) << error->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(dialog, "saveButton")->isEnabled());
}

TEST_F(ConnectionDialogTest, WebhookUrlShowsTheWrongAuthTypeExplanation)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    fill(dialog, QStringLiteral("Prod"),
         QStringLiteral("https://yourcompany.bitrix24.com/rest/1/a1b2c3d4e5f6g7h8/"));
    QLabel *error = child<QLabel>(dialog, "portalError");
    ASSERT_NE(error, nullptr);
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("WRONG_AUTH_TYPE"))) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QStringLiteral("webhook"))) << error->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(dialog, "connectButton")->isEnabled());
}

TEST_F(ConnectionDialogTest, WebhookUrlPastedAsTokenIsExplained)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    fill(dialog, QStringLiteral("Prod"), QStringLiteral("yourcompany.bitrix24.com"));
    child<QLineEdit>(dialog, "accessTokenEdit")
        ->setText(QStringLiteral("https://yourcompany.bitrix24.com/rest/1/a1b2c3d4e5f6g7h8/"));
    EXPECT_FALSE(child<QPushButton>(dialog, "connectButton")->isEnabled());
    const QString problem = child<QLabel>(dialog, "problemLabel")->text();
    EXPECT_TRUE(problem.contains(QStringLiteral("WRONG_AUTH_TYPE"))) << problem.toStdString();
    EXPECT_FALSE(child<QLabel>(dialog, "problemLabel")->isHidden());
}

TEST_F(ConnectionDialogTest, PlainHttpNeedsTheIntranetOptIn)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    fill(dialog, QStringLiteral("Intranet"), QStringLiteral("http://portal.intranet.local"));
    QPushButton *connectButton = child<QPushButton>(dialog, "connectButton");
    EXPECT_FALSE(connectButton->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "portalError")->text().contains(QStringLiteral("Allow plain HTTP")));
    child<QCheckBox>(dialog, "allowHttpCheck")->setChecked(true);
    EXPECT_TRUE(connectButton->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "portalError")->isHidden());
    EXPECT_FALSE(child<QLabel>(dialog, "plainHttpWarning")->isHidden());
    EXPECT_TRUE(child<QLabel>(dialog, "plainHttpWarning")->text().contains(QStringLiteral("unencrypted")));
    child<QLineEdit>(dialog, "portalEdit")->setText(QStringLiteral("https://portal.intranet.local"));
    EXPECT_TRUE(child<QLabel>(dialog, "plainHttpWarning")->isHidden());
}

TEST_F(ConnectionDialogTest, MissingTokenOrBadFingerprintKeepConnectOff)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    fill(dialog, QStringLiteral("Prod"), QStringLiteral("yourcompany.bitrix24.com"));
    child<QLineEdit>(dialog, "accessTokenEdit")->clear();
    child<QLineEdit>(dialog, "refreshTokenEdit")->clear();
    QPushButton *connectButton = child<QPushButton>(dialog, "connectButton");
    EXPECT_FALSE(connectButton->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("access token")));

    child<QLineEdit>(dialog, "accessTokenEdit")->setText(AccessToken);
    EXPECT_TRUE(connectButton->isEnabled());
    child<QLineEdit>(dialog, "pinnedCertificateEdit")->setText(QStringLiteral("AB:CD"));
    EXPECT_FALSE(connectButton->isEnabled());
    EXPECT_FALSE(child<QLabel>(dialog, "pinnedCertificateError")->isHidden());
    child<QLineEdit>(dialog, "pinnedCertificateEdit")
        ->setText(QString(32, QLatin1Char('a')) + QStringLiteral(":") + QString(32, QLatin1Char('B')));
    EXPECT_TRUE(connectButton->isEnabled());
    EXPECT_EQ(dialog.profile().pinnedCertificateSha256,
              QString(32, QLatin1Char('a')) + QString(32, QLatin1Char('b')));
}

TEST_F(ConnectionDialogTest, SecretFieldsAreMaskedWithAShowToggle)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    for (const char *name : {"accessTokenEdit", "refreshTokenEdit", "clientSecretEdit"}) {
        EXPECT_EQ(child<QLineEdit>(dialog, name)->echoMode(), QLineEdit::Password) << name;
    }
    auto *reveal = dialog.findChild<QAbstractButton *>(QStringLiteral("accessTokenEditReveal"));
    ASSERT_NE(reveal, nullptr);
    reveal->click();
    EXPECT_EQ(child<QLineEdit>(dialog, "accessTokenEdit")->echoMode(), QLineEdit::Normal);
    reveal->click();
    EXPECT_EQ(child<QLineEdit>(dialog, "accessTokenEdit")->echoMode(), QLineEdit::Password);
}

TEST_F(ConnectionDialogTest, RatePresetsFillRateAndBurst)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    auto *preset = child<QComboBox>(dialog, "ratePresetCombo");
    auto *rate = child<QDoubleSpinBox>(dialog, "rateSpin");
    auto *burst = child<QSpinBox>(dialog, "burstSpin");
    ASSERT_TRUE(preset && rate && burst);
    EXPECT_EQ(preset->currentText(), QStringLiteral("Standard 2/50"));
    preset->setCurrentIndex(1);
    Q_EMIT preset->activated(1);
    EXPECT_DOUBLE_EQ(rate->value(), 5.0);
    EXPECT_EQ(burst->value(), 250);
    burst->setValue(100);
    EXPECT_EQ(preset->currentText(), QStringLiteral("Custom"));
    EXPECT_EQ(dialog.profile().rateLimit.burst, 100);
    EXPECT_DOUBLE_EQ(dialog.profile().rateLimit.ratePerSecond, 5.0);
}

TEST_F(ConnectionDialogTest, HelpExplainsLocalApplicationOAuthAndWebhooks)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    auto *help = dialog.findChild<b24::ui::TokenHelpWidget *>();
    ASSERT_NE(help, nullptr);
    EXPECT_FALSE(help->isExpanded());
    const QString text = help->helpText();
    EXPECT_TRUE(text.contains(QStringLiteral("Local application")));
    EXPECT_TRUE(text.contains(QStringLiteral("WRONG_AUTH_TYPE")));
    EXPECT_TRUE(text.contains(QStringLiteral("administrator")));
    EXPECT_TRUE(text.contains(QStringLiteral("refresh_token")));
}

TEST_F(ConnectionDialogTest, SavingWritesTheProfileButNoSecretToQSettings)
{
    {
        ConnectionDialog dialog(profiles.get(), &secrets);
        fill(dialog, QStringLiteral("Production"),
             QStringLiteral("https://yourcompany.bitrix24.com/crm/deal/"));
        child<QCheckBox>(dialog, "readOnlyCheck")->setChecked(true);
        child<QSpinBox>(dialog, "timeoutSpin")->setValue(45);
        ASSERT_TRUE(saveAndWait(dialog));
    }
    settings->sync();
    const auto saved = profiles->profile(QStringLiteral("Production"));
    ASSERT_TRUE(saved.has_value());
    EXPECT_EQ(saved->portal, QStringLiteral("https://yourcompany.bitrix24.com/crm/deal/"));
    EXPECT_EQ(saved->clientId, QStringLiteral("local.65f0a1b2c3d4e5.12345678"));
    EXPECT_EQ(saved->authConnector, QStringLiteral("erp_sync"));
    EXPECT_EQ(saved->timeoutSeconds, 45);
    EXPECT_TRUE(saved->readOnly);

    QFile raw(iniPath());
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray content = raw.readAll();
    EXPECT_TRUE(content.contains("yourcompany.bitrix24.com"));
    EXPECT_FALSE(content.contains(AccessToken.toUtf8()));
    EXPECT_FALSE(content.contains(RefreshToken.toUtf8()));
    EXPECT_FALSE(content.contains(ClientSecret.toUtf8()));
}

TEST_F(ConnectionDialogTest, ConnectSavesAndReturnsProfileAndCredentials)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    fill(dialog, QStringLiteral("Prod"), QStringLiteral("yourcompany.bitrix24.com"));
    child<QPushButton>(dialog, "connectButton")->click();
    ASSERT_TRUE(b24::test::waitUntil([&dialog] { return dialog.result() == QDialog::Accepted; }, 15000));
    EXPECT_EQ(dialog.profile().name, QStringLiteral("Prod"));
    EXPECT_EQ(dialog.credentials().accessToken, AccessToken);
    EXPECT_EQ(dialog.credentials().refreshToken, RefreshToken);
    EXPECT_EQ(dialog.credentials().clientSecret, ClientSecret);
    EXPECT_EQ(dialog.credentials().authConnector, QStringLiteral("erp_sync"));
    EXPECT_TRUE(dialog.credentials().canRefresh());
    EXPECT_EQ(profiles->lastUsed(), QStringLiteral("Prod"));
}

TEST_F(ConnectionDialogTest, LoadingAProfileFillsTheFields)
{
    b24::ConnectionProfile stored;
    stored.name = QStringLiteral("On-premise");
    stored.portal = QStringLiteral("http://b24.intranet.local:8080");
    stored.allowPlainHttp = true;
    stored.clientId = QStringLiteral("local.abc");
    stored.authConnector = QStringLiteral("conn1");
    stored.rateLimit.ratePerSecond = 5.0;
    stored.rateLimit.burst = 250;
    stored.timeoutSeconds = 90;
    stored.readOnly = true;
    ASSERT_TRUE(profiles->save(stored));
    b24::ConnectionProfile other;
    other.name = QStringLiteral("Cloud");
    other.portal = QStringLiteral("cloud.bitrix24.com");
    ASSERT_TRUE(profiles->save(other));
    profiles->setLastUsed(QStringLiteral("Cloud"));

    ConnectionDialog dialog(profiles.get(), &secrets);
    EXPECT_EQ(child<QComboBox>(dialog, "profileCombo")->count(), 2);
    EXPECT_EQ(child<QLineEdit>(dialog, "portalEdit")->text(), QStringLiteral("cloud.bitrix24.com"));
    dialog.selectProfile(QStringLiteral("On-premise"));
    EXPECT_EQ(child<QLineEdit>(dialog, "profileNameEdit")->text(), QStringLiteral("On-premise"));
    EXPECT_EQ(child<QLineEdit>(dialog, "portalEdit")->text(),
              QStringLiteral("http://b24.intranet.local:8080"));
    EXPECT_TRUE(child<QCheckBox>(dialog, "allowHttpCheck")->isChecked());
    EXPECT_TRUE(child<QLabel>(dialog, "portalError")->isHidden());
    EXPECT_EQ(child<QLineEdit>(dialog, "clientIdEdit")->text(), QStringLiteral("local.abc"));
    EXPECT_EQ(child<QLineEdit>(dialog, "authConnectorEdit")->text(), QStringLiteral("conn1"));
    EXPECT_EQ(child<QComboBox>(dialog, "ratePresetCombo")->currentText(), QStringLiteral("Enterprise 5/250"));
    EXPECT_EQ(child<QSpinBox>(dialog, "timeoutSpin")->value(), 90);
    EXPECT_TRUE(child<QCheckBox>(dialog, "readOnlyCheck")->isChecked());
}

TEST_F(ConnectionDialogTest, NewDuplicateAndDeleteManageSeveralProfiles)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    fill(dialog, QStringLiteral("First"), QStringLiteral("first.bitrix24.com"));
    ASSERT_TRUE(saveAndWait(dialog));
    child<QPushButton>(dialog, "duplicateProfileButton")->click();
    EXPECT_EQ(child<QLineEdit>(dialog, "profileNameEdit")->text(), QStringLiteral("First (copy)"));
    EXPECT_EQ(child<QLineEdit>(dialog, "accessTokenEdit")->text(), AccessToken);
    child<QLineEdit>(dialog, "portalEdit")->setText(QStringLiteral("second.bitrix24.com"));
    ASSERT_TRUE(saveAndWait(dialog));
    EXPECT_EQ(profiles->profiles().size(), 2);

    child<QPushButton>(dialog, "newProfileButton")->click();
    EXPECT_EQ(child<QLineEdit>(dialog, "profileNameEdit")->text(), QStringLiteral("New profile"));
    EXPECT_TRUE(child<QLineEdit>(dialog, "accessTokenEdit")->text().isEmpty());
    child<QLineEdit>(dialog, "profileNameEdit")->setText(QStringLiteral("first"));
    EXPECT_TRUE(child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("already called")));

    dialog.selectProfile(QStringLiteral("First (copy)"));
    EXPECT_EQ(child<QComboBox>(dialog, "profileCombo")->count(), 2) << "the unsaved draft is discarded";
    dialog.deleteCurrentProfile();
    ASSERT_EQ(profiles->profiles().size(), 1);
    EXPECT_EQ(profiles->profiles().first().name, QStringLiteral("First"));
}

TEST_F(ConnectionDialogTest, SecretsRoundTripThroughTheKeychain)
{
    bool persisted = false;
    {
        ConnectionDialog dialog(profiles.get(), &secrets);
        fill(dialog, QStringLiteral("Keychain"), QStringLiteral("keychain.bitrix24.com"));
        ASSERT_TRUE(saveAndWait(dialog, &persisted));
    }
    ASSERT_TRUE(persisted) << "no Secret Service: run inside packaging/with-test-session.sh";
    ASSERT_FALSE(secrets.sessionOnly());

    // A second store, as after a restart: nothing in memory, so the secrets must come from the keychain.
    b24::SecretStore fresh(serviceName);
    ConnectionDialog dialog(profiles.get(), &fresh);
    dialog.selectProfile(QStringLiteral("Keychain"));
    ASSERT_TRUE(b24::test::waitUntil(
        [&dialog] { return child<QLineEdit>(dialog, "accessTokenEdit")->text() == AccessToken; }, 15000));
    EXPECT_EQ(child<QLineEdit>(dialog, "refreshTokenEdit")->text(), RefreshToken);
    EXPECT_EQ(child<QLineEdit>(dialog, "clientSecretEdit")->text(), ClientSecret);
    EXPECT_FALSE(dialog.isSessionOnlyBannerVisible());
}

TEST_F(ConnectionDialogTest, RendersEveryFieldInsideTheDialog)
{
    ConnectionDialog dialog(profiles.get(), &secrets);
    fill(dialog, QStringLiteral("Production"),
         QStringLiteral("https://yourcompany.bitrix24.com/rest/1/a1b2c3d4/"));
    dialog.findChild<b24::ui::ProfileEditor *>()->setAdvancedVisible(true);
    dialog.show();
    settleLayouts();
    const QImage image = dialog.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(dialog.width(), 560);
    // Every named field is laid out at a usable size, none squeezed below what it needs.
    for (const char *name : {"portalEdit", "portalError", "accessTokenEdit", "clientSecretEdit",
                             "tokenEndpointEdit", "rateSpin", "timeoutSpin"}) {
        const QWidget *widget = child<QWidget>(dialog, name);
        EXPECT_GE(widget->width(), 60) << name;
        EXPECT_GE(widget->height(), widget->minimumSizeHint().height()) << name;
    }
    if (const QString out = qEnvironmentVariable("B24_SCREENSHOT_DIR"); !out.isEmpty()) {
        EXPECT_TRUE(image.save(QDir(out).filePath(QStringLiteral("connection-dialog-webhook.png"))));
        child<QLineEdit>(dialog, "portalEdit")->setText(QStringLiteral("yourcompany.bitrix24.com"));
        dialog.findChild<b24::ui::ProfileEditor *>()->setAdvancedVisible(false);
        dialog.findChild<b24::ui::TokenHelpWidget *>()->setExpanded(true);
        Q_EMIT secrets.backendUnavailable(QStringLiteral("screenshot"));
        settleLayouts();
        EXPECT_TRUE(
            dialog.grab().toImage().save(QDir(out).filePath(QStringLiteral("connection-dialog.png"))));
    }
}
