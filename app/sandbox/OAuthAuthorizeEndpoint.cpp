// SPDX-License-Identifier: GPL-3.0-or-later
#include "OAuthAuthorizeEndpoint.h"

#include "RestDispatcher.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // defined in SandboxServer.cpp

namespace b24::sandbox {

namespace {

// What the browser shows when the request cannot be redirected anywhere.
HttpResponse errorPage(const QString &title, const QString &message)
{
    HttpResponse response;
    response.status = 400;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    response.body
        = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                         "<body><h1>%1</h1><p>%2</p></body></html>\n")
              .arg(title.toHtmlEscaped(), message.toHtmlEscaped())
              .toUtf8();
    return response;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0) {
        return true;
    }
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

// Empty when `text` is a usable loopback redirect_uri, else what is wrong with it.
QString redirectUriProblem(const QString &text, const QUrl &url)
{
    if (text.isEmpty()) {
        return OAuthAuthorizeEndpoint::tr(
            "redirect_uri is missing. The sandbox portal has no registered handler for the application, "
            "so pass the address the application listens on, e.g. redirect_uri=http://127.0.0.1:PORT/.");
    }
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (url.scheme() != u"http" && url.scheme() != u"https")) {
        return OAuthAuthorizeEndpoint::tr("redirect_uri \"%1\" is not an absolute http:// or https:// URL.")
            .arg(text);
    }
    if (!isLoopbackHost(url.host())) {
        return OAuthAuthorizeEndpoint::
            tr("redirect_uri \"%1\" does not point at this computer. The sandbox portal only redirects to "
               "a loopback address (127.0.0.1, ::1 or localhost).")
                .arg(text);
    }
    if (url.hasFragment()) {
        return OAuthAuthorizeEndpoint::tr("redirect_uri \"%1\" contains a fragment (#…); remove it.")
            .arg(text);
    }
    return {};
}

// `target` with its own query kept and `items` appended, every value percent-encoded (so '+',
// '&' and '=' in a state survive any query parser) except ':', which a query may hold as is:
// domain=127.0.0.1:PORT then reads the same to a parser that leaves escapes alone.
QByteArray withQueryItems(QUrl target, const QList<std::pair<QString, QString>> &items)
{
    QString query = target.query(QUrl::FullyEncoded);
    for (const auto &[key, value] : items) {
        if (!query.isEmpty()) {
            query += QLatin1Char('&');
        }
        query
            += QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, ":"));
    }
    target.setQuery(query, QUrl::StrictMode);
    return target.toEncoded();
}

HttpResponse redirect(const QByteArray &location)
{
    HttpResponse response;
    response.status = 302;
    response.headers.append({QByteArrayLiteral("Location"), location});
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    response.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    const QString href = QString::fromLatin1(location).toHtmlEscaped();
    response.body = QStringLiteral("<!DOCTYPE html>\n<html><body><a href=\"%1\">%1</a></body></html>\n")
                        .arg(href)
                        .toUtf8();
    return response;
}

} // namespace

HttpResponse OAuthAuthorizeEndpoint::handle(const HttpRequest &request, SandboxAuth &auth,
                                            const SandboxOptions &options, const QUrl &portalUrl,
                                            const QUrl &tokenEndpoint)
{
    const PhpValue params = RestDispatcher::requestParams(request, RestDispatcher::maxInputVars);
    const QString clientId = params.value(QStringLiteral("client_id")).toString();
    if (clientId != auth.clientId()) {
        return errorPage(
            tr("Application not found"),
            clientId.isEmpty()
                ? tr("The application was not found: client_id is missing. Pass the client id the "
                     "sandbox portal printed at start.")
                : tr("The application \"%1\" was not found on this portal. Pass the client id the "
                     "sandbox portal printed at start.")
                      .arg(clientId));
    }
    // A real portal falls back to the handler URL registered with the application when
    // redirect_uri is absent; the sandbox has no registration, so it insists on one, and only on
    // loopback (RFC 8252 §7.3): a code must never leave the machine the portal runs on.
    const QString redirectText = params.value(QStringLiteral("redirect_uri")).toString();
    const QUrl redirectUri(redirectText, QUrl::StrictMode);
    const QString problem = redirectUriProblem(redirectText, redirectUri);
    if (!problem.isEmpty()) {
        return errorPage(tr("Invalid redirect_uri"), problem);
    }

    QList<std::pair<QString, QString>> items;
    if (options.authorizeDenies) {
        items.append({QStringLiteral("error"), QStringLiteral("access_denied")});
        items.append({QStringLiteral("error_description"),
                      QStringLiteral("The user did not allow the application access to the portal")});
    } else {
        items.append({QStringLiteral("code"), auth.issueAuthorizationCode(clientId)});
    }
    if (params.contains(QStringLiteral("state"))) {
        items.append({QStringLiteral("state"), params.value(QStringLiteral("state")).toString()});
    }
    if (!options.authorizeDenies) {
        items.append({QStringLiteral("domain"), portalUrl.authority()});
        items.append({QStringLiteral("member_id"), auth.memberId()});
        items.append({QStringLiteral("scope"), grantedScope()});
        // The real value is oauth.bitrix.info; the sandbox is its own OAuth server, and its
        // port is part of the address, so host:port.
        items.append({QStringLiteral("server_domain"), tokenEndpoint.authority()});
    }
    // Neither the code nor the state is logged: the code is a credential for 30 s.
    qCInfo(lcSandbox).noquote() << "oauth/authorize:"
                                << (options.authorizeDenies ? "access denied," : "code issued,")
                                << "redirecting to"
                                << redirectUri.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    return redirect(withQueryItems(redirectUri, items));
}

} // namespace b24::sandbox
