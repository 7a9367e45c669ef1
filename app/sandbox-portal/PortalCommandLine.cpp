// SPDX-License-Identifier: GPL-3.0-or-later
#include "PortalCommandLine.h"

#include "SandboxFaults.h"

#include <QCoreApplication>

namespace b24::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("b24::sandbox::PortalCommandLine", text);
}

} // namespace

PortalCommandLine::PortalCommandLine()
{
    m_parser.setApplicationDescription(
        tr("A local Bitrix24 portal for trying b24-offline-queue and for tests: event.offline.get/list/clear/"
           "error, batch, feature.get, OAuth (refresh at /oauth/token/; browser sign-in at /oauth/authorize/?"
           "client_id=…&state=…&redirect_uri=http://127.0.0.1:PORT/ with grant_type=authorization_code), "
           "rate and operating-time limits and fault injection, "
           "reproducing the server's behaviour including its traps.\n"
           "It prints the REST URL, an administrator access token, the refresh token, client id and secret, "
           "the certificate's SHA-256 and the admin key at start. Admin endpoint: GET <url>/sandbox/state, "
           "POST /sandbox/reset, /sandbox/events, /sandbox/seed, /sandbox/faults, /sandbox/features, "
           "/sandbox/expire-tokens, /sandbox/expire-codes, /sandbox/operating, /sandbox/cleanup (header "
           "X-Sandbox-Key: <admin key>)."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {{QStringLiteral("a"), QStringLiteral("address")},
         tr("Address to listen on (default 127.0.0.1)."),
         tr("address"),
         QStringLiteral("127.0.0.1")},
        {{QStringLiteral("p"), QStringLiteral("port")},
         tr("Port to listen on; 0 picks a free one (default 0)."),
         tr("port"),
         QStringLiteral("0")},
        {{QStringLiteral("http"), QStringLiteral("no-tls")},
         tr("Serve plain HTTP instead of HTTPS with a generated self-signed certificate.")},
        {QStringLiteral("seed"), tr("Put N generated events into the queue at start."), tr("N"),
         QStringLiteral("0")},
        {QStringLiteral("demo"),
         tr("Seed the realistic demo queue (~2,000 events, batches, stuck batches, error rows).")},
        {QStringLiteral("seed-events"),
         tr("Comma-separated event names for --seed (default ONCRMDEALUPDATE,…)."), tr("names")},
        {QStringLiteral("seed-payload"), tr("Extra bytes of padding in each seeded EVENT_DATA."), tr("bytes"),
         QStringLiteral("0")},
        {QStringLiteral("seed-reserved"), tr("Share (0..1) of seeded rows put into recent batches."),
         tr("share"), QStringLiteral("0")},
        {QStringLiteral("seed-errors"), tr("Share (0..1) of seeded rows marked ERROR=1."), tr("share"),
         QStringLiteral("0")},
        {QStringLiteral("seed-processes"), tr("Number of recent batches the reserved rows are spread over."),
         tr("n"), QStringLiteral("1")},
        {QStringLiteral("seed-stuck"), tr("Number of old \"stuck\" batches (rows days old, still reserved)."),
         tr("n"), QStringLiteral("0")},
        {QStringLiteral("seed-stuck-size"), tr("Rows in each stuck batch."), tr("n"), QStringLiteral("25")},
        {QStringLiteral("seed-connector"), tr("auth_connector of the seeded rows (default none)."), tr("id")},
        {QStringLiteral("rate"), tr("Leaky bucket drain in requests per second (default 2; Enterprise 5)."),
         tr("R"), QStringLiteral("2")},
        {QStringLiteral("burst"), tr("Leaky bucket size; above it 503 QUERY_LIMIT_EXCEEDED (default 50)."),
         tr("B"), QStringLiteral("50")},
        {QStringLiteral("no-rate-limit"), tr("Switch the leaky bucket off.")},
        {QStringLiteral("operating-limit"),
         tr("Operating-time limit per method over 10 minutes in seconds; above it 429 OPERATION_TIME_LIMIT "
            "(default 420)."),
         tr("S"), QStringLiteral("420")},
        {QStringLiteral("no-operating-limit"),
         tr("Switch the operating-time limiter off (no operating in time).")},
        {QStringLiteral("no-extended"),
         tr("Turn feature rest_offline_extended off: get with clear=0 answers 403 WRONG_LICENSE.")},
        {QStringLiteral("no-auth-connector-feature"),
         tr("Turn feature rest_auth_connector off: any auth_connector answers 403 WRONG_LICENSE.")},
        {QStringLiteral("authorize-denies"),
         tr("/oauth/authorize/ redirects with error=access_denied instead of a code (a user who declines).")},
        {QStringLiteral("token-lifetime"), tr("Access token lifetime in seconds (default 3600)."),
         tr("seconds"), QStringLiteral("3600")},
        {QStringLiteral("utc-offset"),
         tr("The portal's UTC offset in minutes for TIMESTAMP_X (default 180)."), tr("minutes"),
         QStringLiteral("180")},
        {QStringLiteral("write-cert"),
         tr("Save the generated certificate (PEM) to this file, e.g. for curl --cacert."), tr("file")},
        {QStringLiteral("fault"),
         tr("Inject a fault: method:kind[:ms][:count], kind one of delay, drop-before, drop-after, html-502, "
            "truncated-json, error-500, partial-body; method \"*\" hits all. Repeatable. E.g. "
            "event.offline.get:delay:1500."),
         tr("spec")},
    });
}

QString PortalCommandLine::certificateOutputPath() const
{
    return m_parser.value(QStringLiteral("write-cert"));
}

bool PortalCommandLine::parse(const QStringList &arguments, SandboxOptions *options, QString *error)
{
    m_parser.process(arguments);
    auto number = [&](const QString &name, double minimum, double *out) {
        bool ok = false;
        const double value = m_parser.value(name).toDouble(&ok);
        if (!ok || value < minimum) {
            *error = tr("--%1 needs a number of at least %2, not \"%3\"")
                         .arg(name)
                         .arg(minimum)
                         .arg(m_parser.value(name));
            return false;
        }
        *out = value;
        return true;
    };
    double value = 0;
    if (!options->address.setAddress(m_parser.value(QStringLiteral("address")))) {
        *error = tr("--address needs an IP address such as 127.0.0.1, not \"%1\"")
                     .arg(m_parser.value(QStringLiteral("address")));
        return false;
    }
    if (!number(QStringLiteral("port"), 0, &value) || value > 65535) {
        if (error->isEmpty()) {
            *error = tr("--port must be between 0 and 65535");
        }
        return false;
    }
    options->port = quint16(value);
    options->tls = !m_parser.isSet(QStringLiteral("http"));

    if (m_parser.isSet(QStringLiteral("demo"))) {
        options->seed = SeedOptions::demo();
    }
    if (!number(QStringLiteral("seed"), 0, &value)) {
        return false;
    }
    if (value > 0) {
        options->seed.count = int(value);
    }
    if (m_parser.isSet(QStringLiteral("seed-events"))) {
        options->seed.eventNames
            = m_parser.value(QStringLiteral("seed-events")).split(u',', Qt::SkipEmptyParts);
    }
    struct Share {
        const char *name;
        double *target;
    };
    if (!m_parser.isSet(QStringLiteral("demo"))) {
        if (!number(QStringLiteral("seed-payload"), 0, &value)) {
            return false;
        }
        options->seed.payloadBytes = int(value);
        for (const Share &share : {Share {"seed-reserved", &options->seed.reservedShare},
                                   Share {"seed-errors", &options->seed.errorShare}}) {
            if (!number(QString::fromLatin1(share.name), 0, share.target)) {
                return false;
            }
            if (*share.target > 1) {
                *error = tr("--%1 is a share between 0 and 1").arg(QString::fromLatin1(share.name));
                return false;
            }
        }
        if (!number(QStringLiteral("seed-processes"), 1, &value)) {
            return false;
        }
        options->seed.processes = int(value);
        if (!number(QStringLiteral("seed-stuck"), 0, &value)) {
            return false;
        }
        options->seed.stuckBatches = int(value);
        if (!number(QStringLiteral("seed-stuck-size"), 1, &value)) {
            return false;
        }
        options->seed.stuckBatchSize = int(value);
    }
    options->seed.connectorId = m_parser.value(QStringLiteral("seed-connector"));

    if (!number(QStringLiteral("rate"), 0.001, &options->rateLimitPerSecond)) {
        return false;
    }
    if (!number(QStringLiteral("burst"), 1, &value)) {
        return false;
    }
    options->rateLimitBurst = int(value);
    options->rateLimitEnabled = !m_parser.isSet(QStringLiteral("no-rate-limit"));
    if (!number(QStringLiteral("operating-limit"), 0, &options->operatingLimitSeconds)) {
        return false;
    }
    options->operatingLimitEnabled = !m_parser.isSet(QStringLiteral("no-operating-limit"));
    options->offlineExtended = !m_parser.isSet(QStringLiteral("no-extended"));
    options->authConnectorFeature = !m_parser.isSet(QStringLiteral("no-auth-connector-feature"));
    options->authorizeDenies = m_parser.isSet(QStringLiteral("authorize-denies"));
    if (!number(QStringLiteral("token-lifetime"), 1, &value)) {
        return false;
    }
    options->accessTokenLifetimeSeconds = int(value);
    bool ok = false;
    const int offsetMinutes = m_parser.value(QStringLiteral("utc-offset")).toInt(&ok);
    if (!ok || offsetMinutes < -14 * 60 || offsetMinutes > 14 * 60) {
        *error = tr("--utc-offset needs minutes between -840 and 840, e.g. 180 for Moscow");
        return false;
    }
    options->utcOffsetSeconds = offsetMinutes * 60;
    for (const QString &fault : m_parser.values(QStringLiteral("fault"))) {
        QString faultError;
        if (!SandboxFaults::parse(fault, &faultError)) {
            *error = faultError;
            return false;
        }
        options->faults.append(fault);
    }
    return true;
}

} // namespace b24::sandbox
