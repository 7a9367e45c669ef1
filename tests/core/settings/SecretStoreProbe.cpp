// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of SecretStoreTest: stores, loads and removes one secret with whatever keychain
// the environment offers and prints what happened as JSON (never the secret itself).
#include "settings/SecretStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    b24::SecretStore store(QStringLiteral("b24-offline-queue-probe"));
    const QString key = QStringLiteral("profile:probe");
    const QString access = QStringLiteral("probe-access-token-123456");
    QJsonObject result;
    QObject::connect(&store, &b24::SecretStore::backendUnavailable, &app,
                     [&result](const QString &text) { result.insert(QStringLiteral("signal"), text); });
    QTimer::singleShot(50000, &app, [] { QCoreApplication::exit(2); });

    store.store(key, access, QStringLiteral("probe-refresh"), QStringLiteral("probe-client"),
                [&](bool stored, const QString &) {
                    result.insert(QStringLiteral("store_ok"), stored);
                    result.insert(QStringLiteral("session_only"), store.sessionOnly());
                    store.load(key,
                               [&](bool loadedOk, const QString &loadedAccess, const QString &,
                                   const QString &loadedClient, const QString &) {
                                   result.insert(QStringLiteral("load_ok"), loadedOk);
                                   result.insert(QStringLiteral("loaded_matches"),
                                                 loadedAccess == access
                                                     && loadedClient == QLatin1String("probe-client"));
                                   store.remove(key, [&](bool, const QString &) {
                                       store.load(key,
                                                  [&](bool, const QString &after, const QString &,
                                                      const QString &, const QString &) {
                                                      result.insert(QStringLiteral("removed_empty"),
                                                                    after.isEmpty());
                                                      QCoreApplication::exit(0);
                                                  });
                                   });
                               });
                });
    const int code = app.exec();
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    return code;
}
