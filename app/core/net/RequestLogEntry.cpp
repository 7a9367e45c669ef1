// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestLogEntry.h"

#include "SecretMasker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace b24 {

namespace {

int listSize(const QJsonValue &value)
{
    if (value.isArray()) {
        return int(value.toArray().size());
    }
    const QJsonValue events = value.toObject().value(QLatin1String("events"));
    if (events.isArray()) {
        return int(events.toArray().size());
    }
    return -1;
}

// For a double-quoted shell word: only \ " $ ` stay special.
QString shellDoubleQuoted(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$')
            || c == QLatin1Char('`')) {
            escaped += QLatin1Char('\\');
        }
        escaped += c;
    }
    return escaped;
}

QString shellSingleQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1String("'"), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

int RequestLogEntry::countRecords(const QString &method, const QJsonValue &result)
{
    if (method.compare(QLatin1String("batch"), Qt::CaseInsensitive) != 0) {
        return listSize(result);
    }
    const QJsonValue inner = result.toObject().value(QLatin1String("result"));
    QJsonArray values = inner.toArray();
    const QJsonObject object = inner.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        values.append(it.value());
    }
    int total = -1;
    for (const QJsonValue &value : std::as_const(values)) {
        const int size = listSize(value);
        if (size >= 0) {
            total = std::max(total, 0) + size;
        }
    }
    return total;
}

QJsonObject RequestLogEntry::toJson() const
{
    QJsonObject object {
        {QStringLiteral("id"), qint64(id)},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), method},
        {QStringLiteral("url"), url},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("durationMs"), durationMs},
        {QStringLiteral("status"), callStatusName(status)},
        {QStringLiteral("response"), QString::fromUtf8(responseBody)},
        {QStringLiteral("recordCount"), recordCount},
        {QStringLiteral("destructive"), destructive},
        {QStringLiteral("attempt"), attempt},
    };
    if (time.present) {
        object.insert(QStringLiteral("time"), time.toJson());
    }
    if (!explanation.isEmpty()) {
        object.insert(QStringLiteral("error"),
                      QJsonObject {
                          {QStringLiteral("code"), explanation.code},
                          {QStringLiteral("title"), explanation.title},
                          {QStringLiteral("explanation"), explanation.explanation},
                          {QStringLiteral("action"), explanation.action},
                      });
    }
    return object;
}

QString RequestLogEntry::toJsonLine() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

QString RequestLogEntry::toCurl(const QString &restBase) const
{
    // Secrets are never in the entry; the command refers to shell variables the user sets.
    if (method == QLatin1String("oauth.token")) {
        QString query;
        for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
            QString value = it.value().toString();
            if (it.key() == QLatin1String("client_secret")) {
                value = QStringLiteral("$B24_CLIENT_SECRET");
            } else if (it.key() == QLatin1String("refresh_token")) {
                value = QStringLiteral("$B24_REFRESH_TOKEN");
            } else {
                value = QString::fromLatin1(QUrl::toPercentEncoding(value));
            }
            query
                += (query.isEmpty() ? QString() : QStringLiteral("&")) + it.key() + QLatin1Char('=') + value;
        }
        return QStringLiteral("curl \"%1?%2\"").arg(shellDoubleQuoted(url), query);
    }
    QString target = url;
    if (target.isEmpty()) {
        QString base = restBase;
        if (!base.endsWith(QLatin1Char('/'))) {
            base += QLatin1Char('/');
        }
        target = base + method;
    }
    static const QString placeholder = QStringLiteral("B24TOKENPLACEHOLDER7f3a");
    QJsonObject body = parameters;
    body.insert(QStringLiteral("auth"), placeholder);
    QString json = shellDoubleQuoted(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    json.replace(placeholder, QStringLiteral("$B24_TOKEN"));
    return QStringLiteral("curl -sS -X POST %1 -H 'Content-Type: application/json' --data \"%2\"")
        .arg(shellSingleQuoted(target), json);
}

} // namespace b24
