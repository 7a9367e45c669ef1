// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/CertificatePins.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

namespace b24::test {

// Plays the administrator's browser in sign-in tests. visit() never follows a redirect, so a test
// sees the portal's 302 and follows it itself, as a browser does (also from https to the loopback
// http address, which Qt's safe policy would refuse). TLS errors are ignored only for a pinned
// certificate, through the same CertificatePins the client uses.
class TestBrowser
{
public:
    struct Page {
        int status = 0;
        QUrl location; // resolved Location header, empty without one
        QString body;
    };

    void trust(const QString &host, const QString &sha256Hex) { m_pins.pin(host, sha256Hex); }
    Page visit(const QUrl &url);

    static quint16 freeLoopbackPort(); // free now; a test listens on it right after

private:
    QNetworkAccessManager m_network;
    CertificatePins m_pins;
};

} // namespace b24::test
