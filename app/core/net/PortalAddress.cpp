// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortalAddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrlQuery>

namespace b24 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("b24::PortalAddress", text);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive)) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

PortalAddress refused(const QString &why)
{
    PortalAddress address;
    // Build through parse of nothing so the private members stay private.
    return address.withError(why);
}

} // namespace

PortalAddress PortalAddress::withError(const QString &error) const
{
    PortalAddress copy = *this;
    copy.m_error = error;
    copy.m_restBase = QUrl();
    return copy;
}

PortalAddress PortalAddress::parse(const QString &input, HttpPolicy policy)
{
    QString text = input.trimmed();
    if (text.isEmpty()) {
        return refused(tr("Enter the portal address, for example yourcompany.bitrix24.com."));
    }
    static const QRegularExpression hasScheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    if (!hasScheme.match(text).hasMatch()) {
        text.prepend(QLatin1String("https://"));
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return refused(tr("“%1” is not a valid portal address. Enter a host such as "
                          "yourcompany.bitrix24.com or https://portal.example.com:8443/.")
                           .arg(input.trimmed()));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return refused(
            tr("The address uses “%1://”. Bitrix24 portals are reached over https://.").arg(url.scheme()));
    }
    if (!url.userName().isEmpty() || !url.password().isEmpty()) {
        return refused(tr("The address contains a user name or password before “@”. Remove it: "
                          "credentials belong in the token fields, never in the address."));
    }
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        const QString key = item.first.toLower();
        if (key == QLatin1String("auth") || key == QLatin1String("access_token")) {
            return refused(tr("The address contains a token (“%1=…”). Remove it from the address "
                              "and paste the token into the access token field instead.")
                               .arg(item.first));
        }
    }

    // Keep any path prefix before "/rest/" (on-premise portals may live below a folder) and drop
    // the method name of a pasted method URL. Anything after "rest/<number>/<code>" is a webhook.
    const QStringList segments = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList prefix;
    int restIndex = -1;
    for (int i = 0; i < segments.size(); ++i) {
        if (segments.at(i).compare(QLatin1String("rest"), Qt::CaseInsensitive) == 0) {
            restIndex = i;
            break;
        }
        prefix << segments.at(i);
    }
    if (restIndex >= 0) {
        static const QRegularExpression userId(QStringLiteral("^[0-9]+$"));
        if (segments.size() > restIndex + 2 && userId.match(segments.at(restIndex + 1)).hasMatch()) {
            return refused(tr("This is an incoming webhook URL (/rest/%1/…/). Offline event methods "
                              "accept only an application's OAuth token: a webhook gets "
                              "WRONG_AUTH_TYPE. Enter the portal address alone and use the access "
                              "token of a local or marketplace application.")
                               .arg(segments.at(restIndex + 1)));
        }
    } else {
        // A pasted page URL (…/crm/deal/) says nothing about the REST base; use the host root.
        prefix.clear();
    }

    const bool loopback = isLoopbackHost(url.host());
    if (scheme == QLatin1String("http") && !loopback && policy != HttpPolicy::AllowHttp) {
        return refused(tr("Plain http:// would send the access token unencrypted. Use https://, or, "
                          "for an on-premise portal on a trusted intranet, tick “Allow plain HTTP” "
                          "in the connection profile."));
    }

    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    if (url.port() != -1) {
        base.setPort(url.port());
    }
    QString path = QStringLiteral("/");
    for (const QString &segment : prefix) {
        path += segment + QLatin1Char('/');
    }
    path += QLatin1String("rest/");
    base.setPath(path);

    PortalAddress address;
    address.m_restBase = base;
    return address;
}

QUrl PortalAddress::methodUrl(const QString &method) const
{
    QUrl url = m_restBase;
    url.setPath(m_restBase.path() + method);
    return url;
}

QString PortalAddress::displayHost() const
{
    return m_restBase.host(QUrl::PrettyDecoded);
}

bool PortalAddress::isLoopback() const
{
    return isLoopbackHost(m_restBase.host());
}

} // namespace b24
