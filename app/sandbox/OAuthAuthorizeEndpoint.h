// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SandboxAuth.h"
#include "SandboxOptions.h"

#include <QCoreApplication>
#include <QUrl>

namespace b24::sandbox {

// https://PORTAL/oauth/authorize/ for browser sign-in (RFC 8252 loopback redirect):
// ?client_id=…&state=…&redirect_uri=http://127.0.0.1:<port>/ answers 302 to redirect_uri with
// code, state, domain, member_id, scope and server_domain added to its own query. The sandbox
// acts as if the administrator were signed in and agreed; SandboxOptions::authorizeDenies makes
// it redirect with error=access_denied instead. Bad client_id or redirect_uri: a 400 HTML page
// (never a redirect, so a code cannot be sent to an unchecked address).
class OAuthAuthorizeEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(b24::sandbox::OAuthAuthorizeEndpoint)

public:
    static HttpResponse handle(const HttpRequest &request, SandboxAuth &auth, const SandboxOptions &options,
                               const QUrl &portalUrl, const QUrl &tokenEndpoint);

    // The scope put into the redirect: the sandbox application only uses the event methods.
    static QString grantedScope() { return QStringLiteral("event"); }
};

} // namespace b24::sandbox
