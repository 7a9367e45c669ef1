// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QJsonObject>

namespace b24::sandbox {

class SandboxServer;

// /sandbox/* — inspect and arrange the sandbox over HTTP (the standalone portal's control
// surface). Every request needs the admin key in the X-Sandbox-Key header (or ?key=).
//   GET  /sandbox/state[?limit=20&offset=0]  counts, batches, features, faults, a page of rows
//   POST /sandbox/reset          empties the queue, clears faults and limits; body {"seed":{…}} optional
//   POST /sandbox/events         {"events":[{"event_name","data","user_id","connector","timestamp"}]}
//   POST /sandbox/seed           seed options: {"count","event_names","payload_bytes","reserved_share",…}
//   POST /sandbox/faults         {"method","kind","delay_ms","count"} or {"clear":true|"<method>"}
//   POST /sandbox/features       {"rest_offline_extended":bool,"rest_auth_connector":bool,
//                                 "authorize_denies":bool}
//   POST /sandbox/expire-tokens  every access token issued so far expires
//   POST /sandbox/expire-codes   every /oauth/authorize/ code issued so far expires
//   POST /sandbox/operating      {"method","seconds"}: add operating time for the application
//   POST /sandbox/cleanup        run the stale-batch agent now (reserved rows older than 2,952,000 s)
class AdminEndpoint
{
public:
    explicit AdminEndpoint(SandboxServer &server) : m_server(server) { }

    HttpResponse handle(const HttpRequest &request, const QString &subPath);

private:
    HttpResponse state(const HttpRequest &request);
    HttpResponse reset(const QJsonObject &body);
    HttpResponse events(const QJsonObject &body);
    HttpResponse seed(const QJsonObject &body);
    HttpResponse faults(const QJsonObject &body);
    HttpResponse features(const QJsonObject &body);
    HttpResponse operating(const QJsonObject &body);

    static HttpResponse ok(const QJsonObject &body = {});
    static HttpResponse fail(int status, const QString &message);

    SandboxServer &m_server;
};

} // namespace b24::sandbox
