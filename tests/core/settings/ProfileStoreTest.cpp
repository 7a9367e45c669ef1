// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ProfileStore.h"

#include "TestSupport.h"
#include "settings/SecretStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using b24::ConnectionProfile;
using b24::ProfileStore;

namespace {

ConnectionProfile sampleProfile(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.portal = QStringLiteral("https://example.bitrix24.com");
    profile.clientId = QStringLiteral("local.5f1e2d3c4b5a6.12345678");
    profile.authConnector = QStringLiteral("sync_connector");
    profile.rateLimit.ratePerSecond = 5;
    profile.rateLimit.burst = 250;
    profile.timeoutSeconds = 45;
    profile.pinnedCertificateSha256 = QStringLiteral("ab:cd");
    profile.readOnly = true;
    profile.signInPort = 53001;
    profile.allowPlainHttp = true;
    return profile;
}

} // namespace

TEST(ProfileStore, SavesLoadsListsAndRemovesProfiles)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("b24.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    EXPECT_TRUE(store.profiles().isEmpty());

    ASSERT_TRUE(store.save(sampleProfile(QStringLiteral("Production / EU"))));
    ASSERT_TRUE(store.save(sampleProfile(QStringLiteral("Staging"))));
    EXPECT_FALSE(store.save(sampleProfile(QStringLiteral("  "))));

    const QList<ConnectionProfile> profiles = store.profiles();
    ASSERT_EQ(profiles.size(), 2);
    EXPECT_EQ(profiles[0].name, QStringLiteral("Production / EU"));

    const auto loaded = store.profile(QStringLiteral("Production / EU"));
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->portal, QStringLiteral("https://example.bitrix24.com"));
    EXPECT_EQ(loaded->clientId, QStringLiteral("local.5f1e2d3c4b5a6.12345678"));
    EXPECT_EQ(loaded->authConnector, QStringLiteral("sync_connector"));
    EXPECT_DOUBLE_EQ(loaded->rateLimit.ratePerSecond, 5.0);
    EXPECT_EQ(loaded->rateLimit.burst, 250);
    EXPECT_EQ(loaded->timeoutSeconds, 45);
    EXPECT_EQ(loaded->pinnedCertificateSha256, QStringLiteral("ab:cd"));
    EXPECT_TRUE(loaded->readOnly);
    EXPECT_EQ(loaded->signInPort, 53001);
    EXPECT_TRUE(loaded->allowPlainHttp);
    EXPECT_EQ(loaded->tokenEndpoint, QUrl(QStringLiteral("https://oauth.bitrix.info/oauth/token/")));

    store.setLastUsed(QStringLiteral("Staging"));
    EXPECT_EQ(store.lastUsed(), QStringLiteral("Staging"));
    store.remove(QStringLiteral("Staging"));
    EXPECT_FALSE(store.profile(QStringLiteral("Staging")).has_value());
    EXPECT_TRUE(store.lastUsed().isEmpty());
    EXPECT_EQ(store.profiles().size(), 1);

    // A second store on the same file sees the same data (it was synced to disk).
    QSettings again(dir.filePath(QStringLiteral("b24.ini")), QSettings::IniFormat);
    EXPECT_EQ(ProfileStore(&again).profiles().size(), 1);
}

TEST(ProfileStore, SettingsFileNeverHoldsSecrets)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b24.ini"));
    const QString accessToken = QStringLiteral("access-SECRET-4f7c2a91d3");
    const QString clientSecret = QStringLiteral("client-SECRET-9e8d7c6b5a");
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        const ConnectionProfile profile = sampleProfile(QStringLiteral("Main"));
        ASSERT_TRUE(store.save(profile));
        store.setLastUsed(profile.name);

        // The secrets go to the secret store (keychain or session memory), never to the settings.
        b24::SecretStore secrets(QStringLiteral("b24-offline-queue-test-profiles"));
        bool done = false;
        secrets.store(profile.secretKey(), accessToken, QStringLiteral("refresh-SECRET-1a2b3c"), clientSecret,
                      [&done](bool ok, const QString &) { done = ok; });
        ASSERT_TRUE(b24::test::waitUntil([&done] { return done; }));
        settings.sync();
        bool removed = false;
        secrets.remove(profile.secretKey(), [&removed](bool ok, const QString &) { removed = ok; });
        ASSERT_TRUE(b24::test::waitUntil([&removed] { return removed; }));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    EXPECT_TRUE(raw.contains("local.5f1e2d3c4b5a6.12345678")); // the file is the right one
    EXPECT_FALSE(raw.contains("SECRET"));
    for (const char *key :
         {"accesstoken", "access_token", "refreshtoken", "refresh_token", "clientsecret", "client_secret"})
        EXPECT_FALSE(raw.toLower().contains(key)) << key;
}
