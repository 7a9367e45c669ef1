// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace b24::cli {

// The --token-file format: the access token on the first line, or a JSON object with
// access_token, refresh_token, client_id, client_secret and optionally portal, auth_connector,
// token_endpoint. Rotated tokens are written back in place, keeping mode 0600.
class TokenFile
{
    Q_DECLARE_TR_FUNCTIONS(b24::cli::TokenFile)

public:
    struct Content {
        bool ok = false;
        bool isJson = false;
        QJsonObject json; // the whole object, so a rewrite keeps unknown keys
        QString accessToken;
        QString refreshToken;
        QString clientId;
        QString clientSecret;
        QString portal;
        QString authConnector;
        bool hasAuthConnector = false;
        QString tokenEndpoint;
        QString error; // never contains file content
        QStringList warnings; // e.g. readable by other users
    };

    // tokensRequired false: a JSON file may hold only the application's fields (sign-in fills in
    // the tokens).
    static Content read(const QString &path, bool tokensRequired = true);

    // Rewrites a JSON token file with the new pair (other keys kept), or a plain file with the new
    // access token. Atomic (QSaveFile), mode 0600.
    static bool rewrite(const QString &path, const Content &original, const QString &accessToken,
                        const QString &refreshToken, QString *error);

    // Writes {"access_token","refresh_token"} (B24_TOKEN_OUT), mode 0600.
    static bool writePair(const QString &path, const QString &accessToken, const QString &refreshToken,
                          QString *error);

private:
    static bool writeSecretFile(const QString &path, const QByteArray &bytes, QString *error);
};

} // namespace b24::cli
