// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preflight.h"

#include "net/RestClient.h"

#include <QJsonObject>

namespace b24 {

namespace {

// feature.get answers {"value":"Y"|"N"} in the cloud; self-hosted portals may answer a plain
// string or "<lang>_selfhosted". Anything else is "unknown", not "off".
std::optional<bool> featureValue(const RestResult &result)
{
    if (!result.ok())
        return std::nullopt;
    QJsonValue value = result.result;
    if (value.isObject())
        value = value.toObject().value(QLatin1String("value"));
    const QString text = value.toString().trimmed().toUpper();
    if (text == QLatin1String("Y"))
        return true;
    if (text == QLatin1String("N"))
        return false;
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

QString explain(const ErrorInfo &info)
{
    QStringList parts;
    for (const QString &part : {info.title, info.explanation, info.action}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

Preflight::Preflight(RestClient *client, QObject *parent) : QObject(parent), m_client(client)
{ }

void Preflight::start()
{
    m_report = Report();
    m_errors.clear();
    m_warnings.clear();
    m_infos.clear();
    if (m_client->portal().isPlainHttp() && !m_client->portal().isLoopback())
        m_warnings << tr("The portal address uses plain HTTP: the access token travels unencrypted. Use "
                         "https:// unless this is a trusted intranet portal.");
    else if (m_client->portal().isPlainHttp())
        m_infos << tr("The portal address uses plain HTTP on this computer (loopback); fine for a local test "
                      "portal only.");
    askFeature(QStringLiteral("rest_offline_extended"));
}

void Preflight::askFeature(const QString &code)
{
    RestCall *call
        = m_client->call(QStringLiteral("feature.get"), QJsonObject {{QLatin1String("CODE"), code}});
    connect(call, &RestCall::finished, this,
            [this, code](const RestResult &result) { onFeature(code, result); });
}

void Preflight::onFeature(const QString &code, const RestResult &result)
{
    const std::optional<bool> value = featureValue(result);
    if (code == QLatin1String("rest_offline_extended")) {
        m_report.offlineExtended = value;
        askFeature(QStringLiteral("rest_auth_connector"));
        return;
    }
    m_report.authConnector = value;
    if (!result.ok() && result.status != CallStatus::ApiError) {
        // No answer at all (network, TLS, redirect): the list would fail the same way.
        m_report.failure = result;
        m_errors << explain(result.explanation);
        finish();
        return;
    }
    if (!value && result.ok())
        m_infos << tr(
            "The portal did not say whether optional features are on (a self-hosted portal, perhaps); "
            "the checks below show what works.");
    RestCall *call = m_client->call(
        QStringLiteral("event.offline.list"),
        QJsonObject {{QLatin1String("order"), QJsonObject {{QLatin1String("ID"), QLatin1String("ASC")}}}});
    connect(call, &RestCall::finished, this, &Preflight::onList);
}

void Preflight::onList(const RestResult &result)
{
    const QString connector = m_client->credentials().authConnector;
    m_report.ok = result.ok();
    if (!result.ok()) {
        m_report.failure = result;
        m_errors << explain(result.explanation);
        const QString code = result.errorCode;
        if (code == QLatin1String("WRONG_AUTH_TYPE"))
            m_errors << tr(
                "The offline queue accepts only an application's OAuth token. A webhook (an address "
                "with /rest/<user>/<code>/) or a browser session cannot read it: use the access token "
                "of the application whose queue you want to see.");
        else if (code == QLatin1String("ACCESS_DENIED"))
            m_errors << tr(
                "The token's user is not a portal administrator. Offline events are visible only to "
                "administrators: authorise the application as an administrator.");
        else if (code == QLatin1String("WRONG_LICENSE") && !connector.isEmpty())
            m_errors
                << tr("The connector \"%1\" needs the rest_auth_connector feature, which this portal's plan "
                      "does not include. Remove the connector to see the application's own queue.")
                       .arg(connector);
    } else {
        m_report.total = result.total.value_or(-1);
        if (!connector.isEmpty() && m_report.total == 0)
            m_infos
                << tr("The queue of connector \"%1\" is empty. The portal does not check connector names: a "
                      "mistyped or unknown connector simply shows an empty queue.")
                       .arg(connector);
    }
    if (!connector.isEmpty() && m_report.authConnector == false)
        m_errors << tr("The rest_auth_connector feature is off, so calls with the connector \"%1\" fail with "
                       "WRONG_LICENSE.")
                        .arg(connector);
    if (m_report.offlineExtended == false)
        m_warnings << tr(
            "The rest_offline_extended feature is off: reserving rows (event.offline.get clear=0) is "
            "not available. Listing, clearing and marking errors still work.");
    finish();
}

void Preflight::finish()
{
    m_errors.removeDuplicates();
    m_report.notes = m_errors + m_warnings + m_infos;
    Q_EMIT finished(m_report);
}

} // namespace b24
