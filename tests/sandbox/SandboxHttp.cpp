// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttp.h"

#include "TestSupport.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace b24::test {

SandboxHttp::SandboxHttp(sandbox::SandboxServer &server)
    : m_server(server), m_network(std::make_unique<QNetworkAccessManager>())
{ }

QUrl SandboxHttp::restUrl(const QString &method) const
{
    return m_server.restUrl().resolved(QUrl(method));
}

HttpResult SandboxHttp::wait(QNetworkReply *reply)
{
    HttpResult result;
    QObject::connect(reply, &QNetworkReply::finished, reply, [&result] { result.finished = true; });
    waitUntil([&] { return result.finished; }, 20000);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.networkError = reply->error();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

static QNetworkRequest makeRequest(const QUrl &url, sandbox::SandboxServer &server,
                                   const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(url);
    if (url.scheme() == u"https") {
        // Trust exactly the sandbox's generated certificate.
        request.setSslConfiguration(server.clientSslConfiguration());
    }
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    return request;
}

HttpResult SandboxHttp::get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return wait(m_network->get(makeRequest(url, m_server, headers)));
}

HttpResult SandboxHttp::post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                             const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request = makeRequest(url, m_server, headers);
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    return wait(m_network->post(request, body));
}

HttpResult SandboxHttp::callJson(const QString &method, QJsonObject params, const QString &token)
{
    if (!token.isEmpty() && !params.contains(QStringLiteral("auth"))) {
        params.insert(QStringLiteral("auth"), token);
    }
    return post(restUrl(method), QJsonDocument(params).toJson(QJsonDocument::Compact), "application/json");
}

HttpResult SandboxHttp::callForm(const QString &method, const QByteArray &form, const QString &token)
{
    QByteArray body = form;
    if (!token.isEmpty()) {
        body += (body.isEmpty() ? "" : "&") + QByteArray("auth=") + QUrl::toPercentEncoding(token);
    }
    return post(restUrl(method), body, "application/x-www-form-urlencoded");
}

HttpResult SandboxHttp::callQuery(const QString &method, const QByteArray &query, const QString &token)
{
    QByteArray full = query;
    if (!token.isEmpty()) {
        full += (full.isEmpty() ? "" : "&") + QByteArray("auth=") + QUrl::toPercentEncoding(token);
    }
    QUrl url = restUrl(method);
    url.setQuery(QString::fromLatin1(full), QUrl::StrictMode);
    return get(url);
}

HttpResult SandboxHttp::admin(const QString &method, const QJsonObject &params)
{
    return callJson(method, params, m_server.adminAccessToken());
}

} // namespace b24::test
