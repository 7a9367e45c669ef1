// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeedOptions.h"

#include <QHostAddress>
#include <QStringList>

namespace b24::sandbox {

struct SandboxOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    bool tls = true; // HTTPS with a self-signed certificate generated at start

    double rateLimitPerSecond = 2.0; // leaky bucket drain (Enterprise: 5)
    int rateLimitBurst = 50; // bucket size (Enterprise: 250); above it 503 QUERY_LIMIT_EXCEEDED
    bool rateLimitEnabled = true;

    double operatingLimitSeconds = 420; // per app and method over 10 minutes; above it 429
    bool operatingLimitEnabled = true;

    bool offlineExtended = true; // feature rest_offline_extended (gates get clear=0)
    bool authConnectorFeature = true; // feature rest_auth_connector (gates auth_connector)

    int accessTokenLifetimeSeconds = 3600;
    // /oauth/authorize/ redirects with error=access_denied instead of a code, as when the
    // person signing in declines or is not allowed to use the application.
    bool authorizeDenies = false;
    int utcOffsetSeconds = 3 * 3600; // the portal's time zone, used in TIMESTAMP_X and date_* values

    SeedOptions seed; // rows put into the queue at start (count 0 = empty queue)
    QStringList faults; // "method:kind[:ms]" specs applied at start, see SandboxFaults::parse
};

} // namespace b24::sandbox
