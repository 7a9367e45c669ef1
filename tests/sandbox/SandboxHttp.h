// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

#include <memory>

namespace b24::test {

// Raw HTTP against the sandbox with QNetworkAccessManager (deliberately not the project's
// RestClient): what a conformance test needs to see, status, body and network error.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json; // empty when the body is not a JSON object
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray contentType;
    bool finished = false;

    QString error() const { return json.value(QStringLiteral("error")).toString(); }
    QString description() const { return json.value(QStringLiteral("error_description")).toString(); }
};

class SandboxHttp
{
public:
    explicit SandboxHttp(sandbox::SandboxServer &server);

    HttpResult get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    HttpResult post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    // POST /rest/<method> with a JSON body; `auth` is added unless the object has it or token is empty.
    HttpResult callJson(const QString &method, QJsonObject params, const QString &token);
    // POST /rest/<method> with a form body (PHP bracket syntax written by the caller).
    HttpResult callForm(const QString &method, const QByteArray &form, const QString &token);
    // GET /rest/<method>?query&auth=token
    HttpResult callQuery(const QString &method, const QByteArray &query, const QString &token);

    // Convenience with the administrator token.
    HttpResult admin(const QString &method, const QJsonObject &params = {});
    QUrl restUrl(const QString &method) const;
    QNetworkAccessManager &network() { return *m_network; }

private:
    HttpResult wait(QNetworkReply *reply);

    sandbox::SandboxServer &m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace b24::test
