// SPDX-License-Identifier: GPL-3.0-or-later
// Real QtKeychain: run inside packaging/with-test-session.sh (private D-Bus + unlocked
// gnome-keyring). The fallback test starts a child process whose D-Bus address leads nowhere, so
// QtKeychain itself fails and the store must fall back to session memory.
#include "settings/SecretStore.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUuid>

#include <gtest/gtest.h>

using b24::SecretStore;

namespace {

struct LoadResult {
    bool finished = false;
    bool ok = false;
    QString accessToken;
    QString refreshToken;
    QString clientSecret;
    QString error;
};

LoadResult load(SecretStore &store, const QString &key)
{
    LoadResult result;
    store.load(key,
               [&result](bool ok, const QString &access, const QString &refresh, const QString &secret,
                         const QString &error) { result = {true, ok, access, refresh, secret, error}; });
    b24::test::waitUntil([&result] { return result.finished; });
    return result;
}

bool runDone(const std::function<void(const SecretStore::Done &)> &start, QString *error = nullptr)
{
    bool finished = false;
    bool ok = false;
    start([&](bool success, const QString &message) {
        finished = true;
        ok = success;
        if (error)
            *error = message;
    });
    b24::test::waitUntil([&finished] { return finished; });
    return finished && ok;
}

} // namespace

TEST(SecretStore, KeychainRoundTripStoreLoadRemove)
{
    SecretStore store(QStringLiteral("b24-offline-queue-tests"));
    QString unavailable;
    QObject::connect(&store, &SecretStore::backendUnavailable, &store,
                     [&unavailable](const QString &text) { unavailable = text; });
    const QString key = QStringLiteral("profile:test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString access = QStringLiteral("access-") + QUuid::createUuid().toString(QUuid::Id128);

    QString error;
    ASSERT_TRUE(runDone(
        [&](const SecretStore::Done &done) {
            store.store(key, access, QStringLiteral("refresh-1"), QStringLiteral("client-secret-1"), done);
        },
        &error))
        << error.toStdString();
    // A working keychain is required here (run the suite through with-test-session.sh).
    ASSERT_FALSE(store.sessionOnly()) << unavailable.toStdString();

    // A second store object reads it back from the keychain, not from any memory of the first.
    SecretStore reader(QStringLiteral("b24-offline-queue-tests"));
    const LoadResult loaded = load(reader, key);
    ASSERT_TRUE(loaded.ok) << loaded.error.toStdString();
    EXPECT_EQ(loaded.accessToken, access);
    EXPECT_EQ(loaded.refreshToken, QStringLiteral("refresh-1"));
    EXPECT_EQ(loaded.clientSecret, QStringLiteral("client-secret-1"));
    EXPECT_FALSE(reader.sessionOnly());

    ASSERT_TRUE(runDone([&](const SecretStore::Done &done) { store.remove(key, done); }));
    const LoadResult gone = load(reader, key);
    EXPECT_TRUE(gone.ok);
    EXPECT_TRUE(gone.accessToken.isEmpty());
    EXPECT_TRUE(gone.clientSecret.isEmpty());
    EXPECT_TRUE(unavailable.isEmpty());
}

TEST(SecretStore, FallsBackToSessionMemoryWhenKeychainUnreachable)
{
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/b24-bus"));
    environment.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    probe.setProcessEnvironment(environment);
    probe.start(QStringLiteral(B24_SECRET_STORE_PROBE), {});
    ASSERT_TRUE(probe.waitForFinished(60000));
    ASSERT_EQ(probe.exitCode(), 0) << probe.readAllStandardError().toStdString();
    const QJsonObject result = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    EXPECT_TRUE(result.value(QStringLiteral("store_ok")).toBool());
    EXPECT_TRUE(result.value(QStringLiteral("session_only")).toBool());
    EXPECT_TRUE(result.value(QStringLiteral("signal")).toString().contains(QStringLiteral("session")))
        << result.value(QStringLiteral("signal")).toString().toStdString();
    EXPECT_TRUE(result.value(QStringLiteral("load_ok")).toBool());
    EXPECT_TRUE(result.value(QStringLiteral("loaded_matches")).toBool());
    EXPECT_TRUE(result.value(QStringLiteral("removed_empty")).toBool());
}
