// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "SandboxAuth.h"

#include <QUrl>

namespace b24::sandbox {

// oauth.bitrix.info/oauth/token/ as far as an installed application uses it (GET or POST):
// grant_type=refresh_token with client_id, client_secret and refresh_token, rotating the refresh
// token on every use; grant_type=authorization_code with client_id, client_secret and the code
// from /oauth/authorize/ (browser sign-in), which answers exactly like a refresh.
class OAuthTokenEndpoint
{
public:
    static HttpResponse handle(const HttpRequest &request, SandboxAuth &auth, const QUrl &portalUrl);
};

} // namespace b24::sandbox
