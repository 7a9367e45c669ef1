// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenFile.h"

#include <QFile>
#include <QFileDevice>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace b24::cli {

namespace {
constexpr qint64 MaxTokenFileSize = 64 * 1024;
const auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString stringMember(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}
} // namespace

TokenFile::Content TokenFile::read(const QString &path, bool tokensRequired)
{
    Content content;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        content.error = tr("Cannot read the token file %1: %2.").arg(path, file.errorString());
        return content;
    }
    if (file.size() > MaxTokenFileSize) {
        content.error = tr("The token file %1 is larger than 64 KiB; it should hold one token or a small "
                           "JSON object.")
                            .arg(path);
        return content;
    }
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        content.warnings << tr("the token file %1 is readable by other users; run: chmod 600 %1").arg(path);
    }
    const QByteArray bytes = file.readAll();
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
        if (!document.isObject()) {
            // The parser's message never quotes the content, so no secret can leak through it.
            content.error = tr("The token file %1 starts with '{' but is not a valid JSON object (%2 at "
                               "offset %3).")
                                .arg(path, parseError.errorString())
                                .arg(parseError.offset);
            return content;
        }
        content.isJson = true;
        content.json = document.object();
        content.accessToken = stringMember(content.json, "access_token");
        content.refreshToken = stringMember(content.json, "refresh_token");
        content.clientId = stringMember(content.json, "client_id");
        content.clientSecret = stringMember(content.json, "client_secret");
        content.portal = stringMember(content.json, "portal");
        if (content.portal.isEmpty()) {
            content.portal = stringMember(content.json, "client_endpoint");
        }
        content.hasAuthConnector = content.json.contains(QLatin1String("auth_connector"));
        content.authConnector = stringMember(content.json, "auth_connector");
        content.tokenEndpoint = stringMember(content.json, "token_endpoint");
        if (tokensRequired && content.accessToken.isEmpty() && content.refreshToken.isEmpty()) {
            content.error = tr("The token file %1 has neither access_token nor refresh_token.").arg(path);
            return content;
        }
    } else {
        content.accessToken = QString::fromUtf8(trimmed.split('\n').constFirst()).trimmed();
        if (content.accessToken.isEmpty()) {
            content.error
                = tr("The token file %1 is empty; put the access token on its first line.").arg(path);
            return content;
        }
    }
    content.ok = true;
    return content;
}

bool TokenFile::rewrite(const QString &path, const Content &original, const QString &accessToken,
                        const QString &refreshToken, QString *error)
{
    QByteArray bytes;
    if (original.isJson) {
        QJsonObject json = original.json;
        json.insert(QStringLiteral("access_token"), accessToken);
        if (!refreshToken.isEmpty()) {
            json.insert(QStringLiteral("refresh_token"), refreshToken);
        }
        bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        bytes = accessToken.toUtf8() + '\n';
    }
    return writeSecretFile(path, bytes, error);
}

bool TokenFile::writePair(const QString &path, const QString &accessToken, const QString &refreshToken,
                          QString *error)
{
    QJsonObject json;
    json.insert(QStringLiteral("access_token"), accessToken);
    json.insert(QStringLiteral("refresh_token"), refreshToken);
    return writeSecretFile(path, QJsonDocument(json).toJson(QJsonDocument::Indented), error);
}

bool TokenFile::writeSecretFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Restrict before any secret byte is written to the temporary file.
    file.setPermissions(OwnerOnly);
    file.write(bytes);
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, OwnerOnly);
    return true;
}

} // namespace b24::cli
