// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace b24::sandbox {

// One row of b_rest_event_offline. EVENT_DATA and EVENT_ADDITIONAL hold JSON text (the portal
// stores PHP-serialised arrays; JSON keeps the sandbox simple and round-trips the same values).
struct SandboxEvent {
    qint64 id = 0;
    qint64 timestamp = 0; // TIMESTAMP_X, Unix seconds
    QString eventName; // upper case
    QByteArray eventData; // JSON; empty means the stored value is `false`
    QByteArray eventAdditional; // JSON object; "LOCAL_USER" becomes {"user_id":…} on output
    QByteArray messageId; // md5(EVENT_NAME|json(EVENT_DATA)), 32 hex characters
    QByteArray processId; // '' while unreserved
    QString appId; // the application's client_id
    QString connectorId; // auth_connector, '' when none
    bool error = false;

    bool isReserved() const { return !processId.isEmpty(); }
};

} // namespace b24::sandbox
