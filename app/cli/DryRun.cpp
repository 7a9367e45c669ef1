// SPDX-License-Identifier: GPL-3.0-or-later
#include "DryRun.h"

#include "Console.h"
#include "net/SecretMasker.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace b24::cli {

DryRun::DryRun(const QUrl &restBase, const QString &authConnector)
    : m_restBase(restBase), m_connector(authConnector)
{ }

void DryRun::add(const QString &method, const QJsonObject &parameters)
{
    m_requests.append({method, parameters});
}

QJsonObject DryRun::wireParameters(const Request &request) const
{
    QJsonObject parameters = request.parameters;
    parameters.insert(QStringLiteral("auth"), QLatin1String(SecretMasker::Mask));
    if (!m_connector.isEmpty()) {
        parameters.insert(QStringLiteral("auth_connector"), m_connector);
    }
    return parameters;
}

QString DryRun::toText() const
{
    QString text;
    int index = 0;
    for (const Request &request : m_requests) {
        ++index;
        text += tr("# request %1 of %2\n").arg(index).arg(m_requests.size());
        text += QStringLiteral("POST %1\n").arg(m_restBase.resolved(QUrl(request.method)).toString());
        text += QStringLiteral("Content-Type: application/json\n\n");
        text += QString::fromUtf8(QJsonDocument(wireParameters(request)).toJson(QJsonDocument::Indented));
        text += QLatin1Char('\n');
    }
    return text;
}

QJsonObject DryRun::toJson() const
{
    QJsonArray requests;
    for (const Request &request : m_requests) {
        requests.append(
            QJsonObject {{QStringLiteral("http"), QStringLiteral("POST")},
                         {QStringLiteral("url"), m_restBase.resolved(QUrl(request.method)).toString()},
                         {QStringLiteral("method"), request.method},
                         {QStringLiteral("parameters"), wireParameters(request)}});
    }
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("dryRun"), true},
            {QStringLiteral("requests"), requests}};
}

void DryRun::print(Console *console, bool json, const QString &summary) const
{
    if (json) {
        QJsonObject document = toJson();
        document.insert(QStringLiteral("summary"), summary);
        console->outJson(document);
    } else {
        console->out(summary + QLatin1Char('\n')
                     + tr("Dry run: nothing was sent. These requests would be:\n\n") + toText());
    }
}

} // namespace b24::cli
