// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestDispatcher.h"

#include "OrderedJsonReader.h"
#include "PhpQueryParser.h"

#include <QDateTime>

namespace b24::sandbox {

namespace {

RestError makeError(int status, const QString &code, const QString &description)
{
    RestError error;
    error.httpStatus = status;
    error.code = code;
    error.description = description;
    return error;
}

QByteArray html502()
{
    return QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                             "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                             "</body>\r\n</html>\r\n");
}

} // namespace

RestDispatcher::RestDispatcher(SandboxOptions &options, SandboxQueue &queue, SandboxAuth &auth,
                               SandboxFaults &faults)
    : m_options(options),
      m_queue(queue),
      m_auth(auth),
      m_faults(faults),
      m_offline(
          queue, [this] { return m_options.offlineExtended; }, options.utcOffsetSeconds),
      m_bucket(options.rateLimitPerSecond, options.rateLimitBurst),
      m_operating(options.operatingLimitSeconds)
{
    m_monotonic.start();
    m_methods.insert(QStringLiteral("event.offline.get"),
                     [this](const RestCallContext &c) { return m_offline.get(c); });
    m_methods.insert(QStringLiteral("event.offline.list"),
                     [this](const RestCallContext &c) { return m_offline.list(c); });
    m_methods.insert(QStringLiteral("event.offline.clear"),
                     [this](const RestCallContext &c) { return m_offline.clear(c); });
    m_methods.insert(QStringLiteral("event.offline.error"),
                     [this](const RestCallContext &c) { return m_offline.error(c); });
    m_methods.insert(QStringLiteral("feature.get"), [this](const RestCallContext &c) {
        const PhpValue query = c.params.withKeyCase(true);
        const QString code = query.value(QStringLiteral("CODE")).toString();
        if (!query.value(QStringLiteral("CODE")).toBool()) {
            return RestResult::failure(
                makeError(400, QStringLiteral("CODE_EMPTY"), QStringLiteral("CODE can't be empty")));
        }
        bool enabled = false;
        if (code == u"rest_offline_extended") {
            enabled = m_options.offlineExtended;
        } else if (code == u"rest_auth_connector") {
            enabled = m_options.authConnectorFeature;
        }
        PhpValue result = PhpValue::array();
        result.insert(QStringLiteral("value"),
                      PhpValue::fromString(enabled ? QStringLiteral("Y") : QStringLiteral("N")));
        return RestResult::success(result);
    });
    m_methods.insert(QStringLiteral("server.time"), [this](const RestCallContext &) {
        return RestResult::success(PhpValue::fromString(
            SandboxQueue::isoTime(QDateTime::currentSecsSinceEpoch(), m_options.utcOffsetSeconds)));
    });
    m_methods.insert(QStringLiteral("profile"), [](const RestCallContext &c) {
        PhpValue result = PhpValue::array();
        result.insert(QStringLiteral("ID"), PhpValue::fromString(QString::number(c.userId)));
        result.insert(QStringLiteral("ADMIN"), PhpValue::fromBool(c.admin));
        result.insert(QStringLiteral("NAME"),
                      PhpValue::fromString(c.admin ? QStringLiteral("Sandbox") : QStringLiteral("Ordinary")));
        result.insert(
            QStringLiteral("LAST_NAME"),
            PhpValue::fromString(c.admin ? QStringLiteral("Administrator") : QStringLiteral("User")));
        return RestResult::success(result);
    });
    m_methods.insert(QStringLiteral("batch"), [this](const RestCallContext &c) {
        return BatchMethod::run(
            c, [this](const RestCallContext &sub) { return runMethod(sub); }, maxInputVars);
    });
}

void RestDispatcher::resetLimits()
{
    m_bucket.reset();
    m_operating.reset();
}

void RestDispatcher::applyOptions()
{
    m_bucket.configure(m_options.rateLimitPerSecond, m_options.rateLimitBurst);
    m_operating.setLimit(m_options.operatingLimitSeconds);
}

double RestDispatcher::nowSeconds() const
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

PhpValue RestDispatcher::requestParams(const HttpRequest &request, int maxVars)
{
    PhpValue params = PhpQueryParser::parse(request.query, maxVars);
    if (request.body.isEmpty()) {
        return params;
    }
    PhpValue body = PhpValue::array();
    const QByteArray contentType = request.header("content-type").toLower();
    if (contentType.startsWith("application/json")) {
        // Invalid JSON (or a JSON scalar) silently counts as no parameters.
        PhpValue decoded;
        if (OrderedJsonReader::parse(request.body, &decoded) && decoded.isArray()) {
            body = decoded;
        }
    } else if (!contentType.startsWith("multipart/")) {
        // application/x-www-form-urlencoded, and any other raw body through parse_str().
        PhpQueryParser::parseInto(request.body, &body, maxVars);
    }
    for (const PhpArrayEntry &entry : body.entries()) {
        params.insert(entry.key, entry.value);
    }
    return params;
}

HttpResponse RestDispatcher::errorResponse(const RestError &error) const
{
    return HttpResponse::json(error.httpStatus, error.toPhp().toJsonBytes());
}

PhpValue RestDispatcher::timeBlock(double start, double finish, double processing,
                                   const QString &operatingKey)
{
    PhpValue time = PhpValue::array();
    time.insert(QStringLiteral("start"), PhpValue::fromDouble(start));
    time.insert(QStringLiteral("finish"), PhpValue::fromDouble(finish));
    time.insert(QStringLiteral("duration"), PhpValue::fromDouble(finish - start));
    time.insert(QStringLiteral("processing"), PhpValue::fromDouble(processing));
    time.insert(QStringLiteral("date_start"),
                PhpValue::fromString(SandboxQueue::isoTime(qint64(start), m_options.utcOffsetSeconds)));
    time.insert(QStringLiteral("date_finish"),
                PhpValue::fromString(SandboxQueue::isoTime(qint64(finish), m_options.utcOffsetSeconds)));
    if (m_options.operatingLimitEnabled && !operatingKey.isEmpty()) {
        const qint64 now = qint64(finish);
        time.insert(QStringLiteral("operating_reset_at"),
                    PhpValue::fromInt(m_operating.resetAt(operatingKey, now).value_or(now + 600)));
        time.insert(QStringLiteral("operating"),
                    PhpValue::fromDouble(m_operating.operating(operatingKey, now)));
    }
    return time;
}

BatchMethod::SubCall RestDispatcher::runMethod(const RestCallContext &call, double injectedSeconds)
{
    BatchMethod::SubCall done;
    const auto method = m_methods.constFind(call.method);
    if (method == m_methods.constEnd()) {
        done.result = RestResult::failure(
            makeError(404, QStringLiteral("ERROR_METHOD_NOT_FOUND"), QStringLiteral("Method not found!")));
        return done;
    }
    const bool limited
        = m_options.operatingLimitEnabled && call.method != u"batch" && call.authType != AuthType::None;
    const QString key = limited ? OperatingLimiter::keyFor(call.clientId, call.method) : QString();
    const double start = nowSeconds();
    if (limited && m_operating.isBlocked(key, qint64(start))) {
        done.result = RestResult::failure(
            makeError(429, QStringLiteral("OPERATION_TIME_LIMIT"),
                      QStringLiteral("Method is blocked due to operation time limit.")));
        return done;
    }
    done.result = method.value()(call);
    done.result.extraProcessingSeconds += injectedSeconds;
    const double finish = nowSeconds();
    const double processing = finish - start + done.result.extraProcessingSeconds;
    if (limited) {
        m_operating.record(key, processing, qint64(finish));
    }
    done.time = timeBlock(start, finish + done.result.extraProcessingSeconds, processing, key);
    return done;
}

HttpResponse RestDispatcher::handle(const HttpRequest &request, const QString &restPath)
{
    const double received = nowSeconds();
    QString path = restPath;
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    QStringList segments = path.split(u'/');
    QString webhookUser;
    QString webhookCode;
    if (segments.size() == 3) {
        webhookUser = segments.at(0);
        webhookCode = segments.at(1);
        segments = {segments.at(2)};
    }
    QString methodName = segments.size() == 1 ? segments.constFirst() : QString();
    for (const QString &suffix : {QStringLiteral(".json"), QStringLiteral(".xml")}) {
        if (methodName.endsWith(suffix, Qt::CaseInsensitive)) {
            methodName.chop(suffix.size());
        }
    }
    const QString method = methodName.toLower();

    std::optional<FaultSpec> fault = m_faults.take(method);
    if (fault) {
        switch (fault->kind) {
        case FaultKind::DropBeforeApply: {
            HttpResponse dropped;
            dropped.disposition = HttpResponse::Disposition::CloseWithoutReply;
            dropped.delayMs = fault->delayMs;
            return dropped;
        }
        case FaultKind::Html502: {
            HttpResponse page;
            page.status = 502;
            page.headers.append(
                std::make_pair(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")));
            page.body = html502();
            page.delayMs = fault->delayMs;
            return page;
        }
        case FaultKind::Internal500: {
            HttpResponse failed = errorResponse(makeError(500, QStringLiteral("INTERNAL_SERVER_ERROR"),
                                                          QStringLiteral("Internal server error")));
            failed.delayMs = fault->delayMs;
            return failed;
        }
        default:
            break;
        }
    }

    if (m_options.rateLimitEnabled && !m_bucket.tryAdd(double(m_monotonic.nsecsElapsed()) / 1e9)) {
        return errorResponse(
            makeError(503, QStringLiteral("QUERY_LIMIT_EXCEEDED"), QStringLiteral("Too many requests")));
    }

    PhpValue params = requestParams(request, maxInputVars);
    RestCallContext call;
    call.method = method;

    if (!webhookUser.isEmpty()) {
        if (!m_options.tls) {
            return errorResponse(
                makeError(401, QStringLiteral("INVALID_REQUEST"), QStringLiteral("Https required.")));
        }
        if (!m_auth.isWebhook(webhookUser, webhookCode)) {
            return errorResponse(makeError(401, QStringLiteral("INVALID_CREDENTIALS"),
                                           QStringLiteral("Invalid request credentials")));
        }
        call.authType = AuthType::Webhook;
        call.clientId = QStringLiteral("webhook:") + webhookCode;
        call.userId = webhookUser.toInt();
        call.admin = true;
    } else {
        QString token;
        const QByteArray authorization = request.header("authorization");
        if (authorization.toLower().startsWith("bearer ")) {
            token = QString::fromUtf8(authorization.mid(7).trimmed());
        } else if (params.contains(QStringLiteral("auth"))) {
            token = params.value(QStringLiteral("auth")).toString();
        } else {
            token = params.value(QStringLiteral("access_token")).toString();
        }
        SandboxAuth::TokenInfo info;
        const SandboxAuth::TokenState state
            = token.isEmpty() ? SandboxAuth::TokenState::Unknown : m_auth.check(token, &info);
        if (state == SandboxAuth::TokenState::Unknown) {
            return errorResponse(
                makeError(401, QStringLiteral("NO_AUTH_FOUND"), QStringLiteral("Wrong authorization data")));
        }
        if (state == SandboxAuth::TokenState::Expired) {
            return errorResponse(makeError(401, QStringLiteral("expired_token"),
                                           QStringLiteral("The access token provided has expired")));
        }
        call.authType = AuthType::OAuth;
        call.clientId = info.clientId;
        call.userId = info.userId;
        call.admin = info.admin;
        call.accessToken = token;
    }
    // The auth layer consumes these; they never reach the method.
    params.remove(QStringLiteral("auth"));
    params.remove(QStringLiteral("access_token"));
    if (const PhpValue *connector = params.find(QStringLiteral("auth_connector"))) {
        if (!m_options.authConnectorFeature) {
            return errorResponse(
                makeError(403, QStringLiteral("WRONG_LICENSE"),
                          QStringLiteral("This feature is not enabled for the current license: "
                                         "auth_connector")));
        }
        call.connectorId = connector->toString();
        call.connectorSent = true;
        params.remove(QStringLiteral("auth_connector"));
    }
    call.start = params.value(QStringLiteral("start")).toInt();
    call.params = params;

    const double injected = fault && fault->kind == FaultKind::Delay ? fault->delayMs / 1000.0 : 0.0;
    BatchMethod::SubCall done = runMethod(call, injected);
    if (!done.result.ok()) {
        HttpResponse failed = errorResponse(*done.result.error);
        if (fault && fault->kind == FaultKind::Delay) {
            failed.delayMs = fault->delayMs;
        }
        return failed;
    }
    // The outer time block starts when the request arrived.
    if (PhpValue *start = done.time.find(QStringLiteral("start"))) {
        *start = PhpValue::fromDouble(received);
        const double finish = done.time.value(QStringLiteral("finish")).toDouble();
        done.time.insert(QStringLiteral("duration"), PhpValue::fromDouble(finish - received));
    }
    PhpValue envelope = PhpValue::array();
    envelope.insert(QStringLiteral("result"), done.result.result);
    if (done.result.next) {
        envelope.insert(QStringLiteral("next"), PhpValue::fromInt(*done.result.next));
    }
    if (done.result.total) {
        envelope.insert(QStringLiteral("total"), PhpValue::fromInt(*done.result.total));
    }
    envelope.insert(QStringLiteral("time"), done.time);
    HttpResponse response = HttpResponse::json(200, envelope.toJsonBytes());
    if (fault) {
        response.delayMs = fault->delayMs;
        if (fault->kind == FaultKind::DropAfterApply) {
            response.disposition = HttpResponse::Disposition::CloseWithoutReply;
        } else if (fault->kind == FaultKind::TruncatedJson) {
            response.disposition = HttpResponse::Disposition::SendTruncated;
        } else if (fault->kind == FaultKind::PartialBody) {
            response.disposition = HttpResponse::Disposition::SendPartial;
        }
    }
    return response;
}

} // namespace b24::sandbox
