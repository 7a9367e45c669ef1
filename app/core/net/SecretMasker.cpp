// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretMasker.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace b24 {

namespace {

const QString &mask()
{
    static const QString value = QString::fromLatin1(SecretMasker::Mask);
    return value;
}

// Secrets that show up as key=value (query strings, form bodies) or "key":"value" (JSON text),
// even when the concrete value was never registered.
const QRegularExpression &queryPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "((?:^|[?&\\s])(?:auth|access_token|refresh_token|client_secret|password|application_token)"
            "=)[^&\\s\"']*"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &jsonPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "(\"(?:auth|access_token|refresh_token|client_secret|password|application_token)\"\\s*:"
            "\\s*\")(?:[^\"\\\\]|\\\\.)*\""),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &bearerPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QJsonValue maskValue(const SecretMasker &masker, const QJsonValue &value);

QJsonArray maskArray(const SecretMasker &masker, const QJsonArray &array)
{
    QJsonArray masked;
    for (const QJsonValue &item : array) {
        masked.append(maskValue(masker, item));
    }
    return masked;
}

QJsonValue maskValue(const SecretMasker &masker, const QJsonValue &value)
{
    if (value.isObject()) {
        return masker.maskParameters(value.toObject());
    }
    if (value.isArray()) {
        return maskArray(masker, value.toArray());
    }
    if (value.isString()) {
        return masker.maskText(value.toString());
    }
    return value;
}

} // namespace

void SecretMasker::addSecret(const QString &value)
{
    // Very short values would mask ordinary words; real tokens are dozens of characters.
    if (value.size() < 6 || m_secrets.contains(value)) {
        return;
    }
    m_secrets.append(value);
    // Longest first, so a secret that contains another is replaced whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void SecretMasker::clear()
{
    m_secrets.clear();
}

bool SecretMasker::isSecretKey(const QString &key)
{
    static const QStringList keys {
        QStringLiteral("auth"),          QStringLiteral("access_token"),      QStringLiteral("refresh_token"),
        QStringLiteral("client_secret"), QStringLiteral("application_token"), QStringLiteral("password"),
        QStringLiteral("authorization"),
    };
    return keys.contains(key.trimmed(), Qt::CaseInsensitive);
}

QJsonObject SecretMasker::maskParameters(const QJsonObject &parameters) const
{
    QJsonObject masked;
    for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
        if (isSecretKey(it.key()) && !it.value().isNull()
            && !(it.value().isString() && it.value().toString().isEmpty())) {
            masked.insert(it.key(), mask());
        } else {
            masked.insert(it.key(), maskValue(*this, it.value()));
        }
    }
    return masked;
}

QString SecretMasker::maskText(const QString &text) const
{
    QString masked = text;
    for (const QString &secret : m_secrets) {
        masked.replace(secret, mask());
        // The same value percent-encoded (URLs, form bodies).
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret) {
            masked.replace(encoded, mask());
        }
    }
    masked.replace(queryPattern(), QStringLiteral("\\1***"));
    masked.replace(jsonPattern(), QStringLiteral("\\1***\""));
    masked.replace(bearerPattern(), QStringLiteral("\\1***"));
    return masked;
}

QByteArray SecretMasker::maskBytes(const QByteArray &bytes) const
{
    return maskText(QString::fromUtf8(bytes)).toUtf8();
}

} // namespace b24
