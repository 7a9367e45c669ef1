// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificatePins.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace b24 {

QString CertificatePins::normalise(const QString &sha256Hex)
{
    QString hex = sha256Hex.toLower();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f]{64}$"));
    return valid.match(hex).hasMatch() ? hex : QString();
}

QString CertificatePins::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

void CertificatePins::pin(const QString &host, const QString &sha256Hex)
{
    const QString hex = normalise(sha256Hex);
    if (hex.isEmpty() || host.trimmed().isEmpty()) {
        return;
    }
    QStringList &pins = m_pins[host.trimmed().toLower()];
    if (!pins.contains(hex)) {
        pins.append(hex);
    }
}

bool CertificatePins::isPinned(const QString &host, const QSslCertificate &certificate) const
{
    if (certificate.isNull()) {
        return false;
    }
    const QString hex = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    return m_pins.value(host.trimmed().toLower()).contains(hex);
}

bool CertificatePins::allowsErrors(const QString &host, const QSslCertificate &peer,
                                   const QList<QSslError> &errors) const
{
    if (errors.isEmpty() || !isPinned(host, peer)) {
        return false;
    }
    for (const QSslError &error : errors) {
        if (!error.certificate().isNull() && error.certificate() != peer) {
            return false; // an error about another certificate in the chain is not covered
        }
    }
    return true;
}

bool CertificatePins::ignoreIfPinned(QNetworkReply *reply, const QList<QSslError> &errors,
                                     QString *peerFingerprint, QString *errorText) const
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty()) {
        peer = errors.first().certificate();
    }
    if (allowsErrors(reply->url().host(), peer, errors)) {
        // Exactly these errors, for exactly the pinned certificate; never the blanket overload.
        reply->ignoreSslErrors(errors);
        return true;
    }
    QStringList texts;
    for (const QSslError &error : errors) {
        texts.append(error.errorString());
    }
    *peerFingerprint = fingerprint(peer);
    *errorText = texts.join(QLatin1String("; "));
    return false;
}

} // namespace b24
