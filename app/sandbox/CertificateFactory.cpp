// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateFactory.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace b24::sandbox {

bool CertificateFactory::generate(Result *out, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        return fail(QCoreApplication::translate("b24::sandbox::CertificateFactory",
                                                "HTTPS needs the openssl command to make a certificate; "
                                                "install the openssl package or use plain HTTP"));
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return fail(QCoreApplication::translate("b24::sandbox::CertificateFactory",
                                                "Cannot create a temporary directory for the certificate: %1")
                        .arg(dir.errorString()));
    }
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // A blocking wait is fine here: it runs once at start, before the server listens.
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                   QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1/O=b24-offline-queue sandbox"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost")});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        return fail(QCoreApplication::translate("b24::sandbox::CertificateFactory",
                                                "openssl could not make a certificate: %1")
                        .arg(QString::fromLocal8Bit(process.readAll()).trimmed()));
    }
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
        return fail(QCoreApplication::translate("b24::sandbox::CertificateFactory",
                                                "Cannot read the certificate openssl made"));
    }
    out->key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    out->certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
    if (out->key.isNull() || out->certificate.isNull()) {
        return fail(QCoreApplication::translate("b24::sandbox::CertificateFactory",
                                                "The certificate openssl made cannot be loaded"));
    }
    return true;
}

QString CertificateFactory::sha256Hex(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace b24::sandbox
