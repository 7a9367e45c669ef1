// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace b24::sandbox {

// A throw-away self-signed certificate for 127.0.0.1/::1/localhost, made with the openssl
// command-line tool (Debian's `openssl` package) in a temporary directory.
class CertificateFactory
{
public:
    struct Result {
        QSslCertificate certificate;
        QSslKey key;
    };

    static bool generate(Result *out, QString *error);
    static QString sha256Hex(const QSslCertificate &certificate);
};

} // namespace b24::sandbox
