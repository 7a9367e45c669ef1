// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

class QNetworkReply;

namespace b24 {

// Certificates the admin explicitly accepted, by host and SHA-256 of the DER encoding. Only the
// TLS errors raised for exactly such a certificate may be ignored; anything else fails.
class CertificatePins
{
public:
    // sha256Hex: 64 hex digits, colons/spaces optional, any case.
    void pin(const QString &host, const QString &sha256Hex);
    [[nodiscard]] bool isPinned(const QString &host, const QSslCertificate &certificate) const;
    // True when every error concerns the pinned peer certificate (or names no certificate),
    // i.e. the errors may be passed to QNetworkReply::ignoreSslErrors(errors).
    [[nodiscard]] bool allowsErrors(const QString &host, const QSslCertificate &peer,
                                    const QList<QSslError> &errors) const;

    // The sslErrors() handling shared by every request: ignores exactly `errors` when the peer
    // certificate is pinned for the reply's host and returns true; otherwise fills the peer's
    // fingerprint and a readable list of the errors (for the explanation) and returns false.
    bool ignoreIfPinned(QNetworkReply *reply, const QList<QSslError> &errors, QString *peerFingerprint,
                        QString *errorText) const;

    // "AB:CD:…" upper-case, colon separated: the form browsers and openssl show.
    static QString fingerprint(const QSslCertificate &certificate);
    static QString normalise(const QString &sha256Hex); // 64 lower-case hex digits, or empty if invalid

private:
    QHash<QString, QStringList> m_pins; // lower-case host -> normalised fingerprints
};

} // namespace b24
