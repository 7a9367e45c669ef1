// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorCatalog.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace b24 {

namespace {

constexpr auto Context = "b24::ErrorCatalog";

QString tr(const char *text)
{
    return QCoreApplication::translate(Context, text);
}

struct Entry {
    const char *code;
    const char *title;
    const char *explanation;
    const char *action;
    ErrorSeverity severity;
    bool retryable;
    bool authProblem;
};

// Portal (and OAuth server) error codes. Texts follow the reference §5/§9 and the REST docs.
const std::array ApiEntries {
    Entry {"ERROR_ARGUMENT", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Invalid parameter"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The portal rejected one of the parameters of the call."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Check the parameter named in the message (filter, order, limit, process_id, id "
                             "or message_id) and correct it."),
           ErrorSeverity::Error, false, false},
    Entry {"NO_AUTH_FOUND", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "No authorization found"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The portal did not find a usable access token in the request."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Enter the application's access token in the connection profile, or reconnect "
                             "the application."),
           ErrorSeverity::Error, false, true},
    Entry {
        "expired_token", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Access token expired"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Access tokens live one hour. This one has expired and could not be renewed "
                          "automatically."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Add the refresh token, client id and client secret to the connection profile so "
                          "the token can be renewed, or paste a fresh access token."),
        ErrorSeverity::Error, false, true},
    Entry {"invalid_token", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Invalid access token"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The OAuth server does not recognise the access token (mistyped, revoked, or "
                             "issued for another portal)."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Paste the access token again or reconnect the application to get a new one."),
           ErrorSeverity::Error, false, true},
    Entry {"insufficient_scope", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Insufficient scope"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The token does not carry the permissions (scope) this method needs."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Add the required scope to the application's settings in the portal, reinstall "
                             "or reauthorize it, and use the new token."),
           ErrorSeverity::Error, false, true},
    Entry {"WRONG_AUTH_TYPE", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Webhook token used"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "event.offline.* methods accept only an application's OAuth token; incoming "
                             "webhooks and browser sessions are refused."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Use the access token of the application that owns the offline queue (local or "
                             "market application), not a webhook URL."),
           ErrorSeverity::Error, false, true},
    Entry {"ACCESS_DENIED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Access denied"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The token's user is not a portal administrator, or REST is not available on "
                             "this plan."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Authorize the application as a portal administrator, and check that the portal "
                             "plan allows REST."),
           ErrorSeverity::Error, false, true},
    Entry {"WRONG_LICENSE", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Feature not in this plan"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The portal's plan does not include a feature the call needs: reading without "
                             "deleting (clear=0) or auth_connector."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Upgrade the plan, or switch off the option that needs it (use the default get "
                             "or list, or leave auth_connector empty)."),
           ErrorSeverity::Error, false, false},
    Entry {
        "ERROR_METHOD_NOT_FOUND", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Method not found"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "The portal does not know this REST method (typo, or an old portal version)."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Check the method name and that the portal address points at a Bitrix24 portal."),
        ErrorSeverity::Error, false, false},
    Entry {"OPERATION_TIME_LIMIT", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Operating time limit reached"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "This application spent too much server time in this method during the last "
                             "10 minutes, so the portal blocks it for a while."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Wait until the limit resets (reads are resumed automatically), then continue "
                             "with smaller pages."),
           ErrorSeverity::Warning, true, false},
    Entry {"QUERY_LIMIT_EXCEEDED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Too many requests"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The portal's request-rate limit was exceeded (2 requests per second, bursts of "
                             "50; 5/250 on Enterprise)."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Reads are retried automatically. Lower the request rate in the connection "
                             "profile if this keeps happening; other applications may share the limit."),
           ErrorSeverity::Warning, true, false},
    Entry {"OVERLOAD_LIMIT", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "REST blocked due to overload"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The portal blocked REST access for this application because of overload."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Stop sending requests for a while; if the block stays, contact Bitrix24 "
                             "support."),
           ErrorSeverity::Error, false, false},
    Entry {
        "INTERNAL_SERVER_ERROR", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Portal internal error"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The portal's infrastructure failed to process the request."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Try again in a minute. For clear or error calls, re-list the queue first to see "
                          "whether the call took effect."),
        ErrorSeverity::Error, true, false},
    Entry {
        "ERROR_CORE", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Portal core error"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "The portal hit an unexpected error (for example an SQL error) while running the "
                          "method."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Try again later; if it repeats, report it to the portal administrator or "
                          "Bitrix24 support with the request log."),
        ErrorSeverity::Error, false, false},
    Entry {"PORTAL_DELETED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Portal deleted"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The portal at this address has been deleted."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Check the portal address; if the portal moved, enter its new address."),
           ErrorSeverity::Error, false, false},
    Entry {"INVALID_REQUEST", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "HTTPS required"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The portal refuses this kind of request over plain HTTP."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Use an https:// portal address."), ErrorSeverity::Error,
           false, false},
    Entry {
        "APPLICATION_NOT_FOUND", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Application not found"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "The application the token belongs to is not installed on this portal (any more)."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Install the application again, or use a token of an installed application."),
        ErrorSeverity::Error, false, true},
    Entry {"authorization_error", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Unable to authorize user"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The portal could not authorize the user the token was issued for (deactivated "
                             "or deleted user)."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Reauthorize the application as an active portal administrator."),
           ErrorSeverity::Error, false, true},
    Entry {
        "user_access_error", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "User has no access to the application"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The token's user is not allowed to use this application."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Grant the user access to the application in the portal, or use an administrator's "
                          "token."),
        ErrorSeverity::Error, false, true},
    Entry {"WRONG_ENCODING", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Result could not be encoded"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The portal could not encode the result as JSON, usually because an event holds "
                             "invalid UTF-8 data."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Narrow the filter (smaller limit or ID range) to find and skip the event with "
                             "broken data."),
           ErrorSeverity::Error, false, false},
    Entry {"CODE_EMPTY", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Feature code missing"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "feature.get was called without a CODE parameter."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Pass the feature code, e.g. rest_offline_extended."),
           ErrorSeverity::Error, false, false},
    Entry {"ERROR_BATCH_LENGTH_EXCEEDED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Batch too long"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "A batch may hold at most 50 commands; the ones beyond were not executed."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Split the work into batches of 50 commands or fewer."),
           ErrorSeverity::Error, false, false},
    Entry {"ERROR_BATCH_METHOD_NOT_ALLOWED",
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Method not allowed in batch"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "This method (a nested batch, or a file upload/download) cannot run inside a "
                             "batch."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Call the method on its own, outside the batch."),
           ErrorSeverity::Error, false, false},
    Entry {"METHOD_CONFIRM_WAITING",
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Waiting for administrator approval"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The method needs a portal administrator to confirm the application's access."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Ask a portal administrator to approve the request in the portal, then retry."),
           ErrorSeverity::Warning, false, true},
    Entry {
        "METHOD_CONFIRM_DENIED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Administrator denied access"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "A portal administrator refused the application's access to the method."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Ask the administrator to allow it in the portal settings."),
        ErrorSeverity::Error, false, true},
    // OAuth server (token endpoint) errors.
    Entry {
        "invalid_request", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Invalid token request"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The OAuth server rejected the token request as malformed."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Check the token endpoint URL and that client id, client secret and refresh token "
                          "are filled in."),
        ErrorSeverity::Error, false, true},
    Entry {
        "invalid_client", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Invalid client id or secret"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "The OAuth server does not accept the application's client id or client secret."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Copy the client id and client secret again from the application's settings in "
                          "the portal."),
        ErrorSeverity::Error, false, true},
    Entry {"invalid_grant", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Refresh token rejected"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The refresh token is expired (after 180 days), was already used, or belongs to "
                             "another application."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Reauthorize the application to get a new token pair and enter it in the "
                             "connection profile."),
           ErrorSeverity::Error, false, true},
    Entry {"invalid_scope", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Invalid scope"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The OAuth server refused the requested scope."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Check the application's scopes in the portal and reauthorize it."),
           ErrorSeverity::Error, false, true},
    Entry {"PAYMENT_REQUIRED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Application subscription required"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The OAuth server refuses tokens for this application until its subscription or "
                             "the portal's plan is paid."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Renew the application's subscription or the portal plan."),
           ErrorSeverity::Error, false, true},
};

// Conditions detected by the client itself (not sent by any server).
const std::array ClientEntries {
    // Browser sign-in (OAuthSignIn).
    Entry {"SIGN_IN_CODE_REJECTED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Sign-in code rejected"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The OAuth server refused the portal's one-time sign-in code. A code is valid "
                             "for 30 seconds, works once and belongs to one application."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Sign in with the browser again; check that the client id and secret are the "
                             "application's."),
           ErrorSeverity::Error, false, true},
    Entry {"SIGN_IN_DENIED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Sign-in refused"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The portal did not grant the application access."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Sign in to the portal as an administrator and allow the application; check "
                             "that the client id belongs to the application installed on this portal."),
           ErrorSeverity::Error, false, true},
    Entry {"SIGN_IN_STATE_MISMATCH", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Sign-in answer not ours"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The browser delivered a sign-in answer this sign-in did not ask for (its state "
                             "did not match), so it was not used."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Start the sign-in again and finish it in the browser tab it opens."),
           ErrorSeverity::Error, false, true},
    Entry {"SIGN_IN_WRONG_PORTAL", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Signed in to another portal"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The browser signed in to a different portal than the one in this profile; its "
                             "token would not work here, so it was not used."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Sign in to the portal named in the profile (in the browser, log out of the "
                             "other portal first if it signs you in there automatically)."),
           ErrorSeverity::Error, false, true},
    Entry {"SIGN_IN_TIMEOUT", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "No answer from the browser"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The browser did not come back with the portal's answer within five minutes."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Start the sign-in again; if no browser opened, open the address shown in the "
                             "profile yourself."),
           ErrorSeverity::Error, false, false},
    Entry {"SIGN_IN_PORT_BUSY", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Sign-in port in use"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Another program already listens on the local port where the portal's answer "
                             "is expected."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Choose another port in the profile, and set the application's handler address "
                             "in the portal to the one shown."),
           ErrorSeverity::Error, false, false},
    Entry {"PORTAL_MOVED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Portal moved"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The portal redirected the request to another address. The request was not "
                             "repeated there, so the access token was not sent to the new host."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "If the new address is really your portal's, enter it in the connection profile "
                             "and try again."),
           ErrorSeverity::Error, false, false},
    Entry {
        "REDIRECT_NOT_FOLLOWED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Redirect not followed"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "The portal answered with a redirect. Calls that delete or change events are never "
                          "repeated automatically, and too many redirects are not followed either."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Check the portal address in the connection profile; use the address the browser "
                          "ends up on."),
        ErrorSeverity::Error, false, false},
    Entry {"OUTCOME_UNKNOWN", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Outcome unknown"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The request may have reached the portal, but no complete answer came back. It "
                             "was not repeated, because repeating it could delete or mark other events."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Reload the queue to see whether the events are gone, then decide whether to "
                             "repeat the action."),
           ErrorSeverity::Warning, false, false},
    Entry {"REFUSED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Request refused by the client"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The request was not sent because it would be unsafe or invalid."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Correct the request as described and try again."),
           ErrorSeverity::Error, false, false},
    Entry {
        "BAD_RESPONSE", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Unreadable answer"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "The server's answer is not the JSON a Bitrix24 portal sends (an error page from "
                          "a proxy, an empty or cut-off body)."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Check the portal address and any proxy in between; try again in a minute."),
        ErrorSeverity::Error, false, false},
    Entry {"PORTAL_NOT_SET", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "No portal address"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "No valid portal address is configured."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Enter the portal address in the connection profile."),
           ErrorSeverity::Error, false, false},
    Entry {
        "TLS_CERTIFICATE", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Untrusted certificate"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "The server's TLS certificate could not be verified, so the connection was "
                          "closed before the token was sent."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Install the certificate's issuer as trusted, or, for an on-premise portal you "
                          "control, pin this exact certificate by its SHA-256 fingerprint after checking it "
                          "with the server's administrator."),
        ErrorSeverity::Error, false, false},
    Entry {"TRANSPORT_HOST_NOT_FOUND", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Host not found"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The portal's host name could not be resolved (DNS)."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Check the spelling of the portal address and your network or DNS settings."),
           ErrorSeverity::Error, false, false},
    Entry {"TRANSPORT_CONNECTION_REFUSED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Connection refused"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The host refused the connection; nothing listens on that port."),
           QT_TRANSLATE_NOOP(
               "b24::ErrorCatalog",
               "Check the port in the portal address and that the portal (or sandbox) is running."),
           ErrorSeverity::Error, true, false},
    Entry {
        "TRANSPORT_TIMEOUT", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Timed out"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The portal did not answer within the transfer timeout."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Try again; if the portal is slow, raise the timeout in the connection profile."),
        ErrorSeverity::Error, true, false},
    Entry {"TRANSPORT_REMOTE_CLOSED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Connection closed"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The server closed the connection before the answer was complete."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Try again; check any proxy or firewall in between."),
           ErrorSeverity::Error, true, false},
    Entry {"TRANSPORT_TLS", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Secure connection failed"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The TLS handshake with the server failed."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Check the portal address (https) and the system clock; see the details for the "
                             "certificate problem."),
           ErrorSeverity::Error, false, false},
    Entry {"TRANSPORT_PROXY", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Proxy failed"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The configured proxy could not be reached or closed the connection."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Check the proxy settings of the system or the profile."),
           ErrorSeverity::Error, false, false},
    Entry {"TRANSPORT_PROXY_AUTH", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Proxy needs authentication"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The proxy requires a user name and password."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Enter the proxy credentials in the proxy settings."),
           ErrorSeverity::Error, false, false},
    Entry {"TRANSPORT_NETWORK", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Network unavailable"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The network connection was lost or is not available."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Check the network connection and try again."),
           ErrorSeverity::Error, true, false},
    Entry {
        "TRANSPORT_PROTOCOL", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Protocol error"),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The server's answer broke the HTTP protocol."),
        QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                          "Check that the address points at a Bitrix24 portal and not at another service."),
        ErrorSeverity::Error, false, false},
    Entry {"TRANSPORT_CANCELLED", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Cancelled"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The request was cancelled."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Start the action again when you are ready."),
           ErrorSeverity::Info, false, false},
    Entry {"TRANSPORT_HTTP", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "HTTP error"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "The server answered with an HTTP error and no Bitrix24 error details."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog",
                             "Check the portal address; see the HTTP status in the details."),
           ErrorSeverity::Error, false, false},
    Entry {"TRANSPORT_UNKNOWN", QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Network error"),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "The request failed for a network reason."),
           QT_TRANSLATE_NOOP("b24::ErrorCatalog", "Try again; the details name the exact problem."),
           ErrorSeverity::Error, false, false},
};

const Entry *findIn(const auto &entries, const QString &code, Qt::CaseSensitivity cs)
{
    for (const Entry &entry : entries) {
        if (code.compare(QLatin1String(entry.code), cs) == 0) {
            return &entry;
        }
    }
    return nullptr;
}

const Entry *find(const QString &code)
{
    // Exact first (INVALID_REQUEST and invalid_request differ), then case-insensitive.
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        if (const Entry *entry = findIn(ApiEntries, code, cs)) {
            return entry;
        }
        if (const Entry *entry = findIn(ClientEntries, code, cs)) {
            return entry;
        }
    }
    return nullptr;
}

ErrorInfo fromEntry(const Entry &entry)
{
    ErrorInfo info;
    info.code = QLatin1String(entry.code);
    info.title = tr(entry.title);
    info.explanation = tr(entry.explanation);
    info.action = tr(entry.action);
    info.severity = entry.severity;
    info.retryable = entry.retryable;
    info.authProblem = entry.authProblem;
    return info;
}

ErrorInfo clientEntry(const char *code)
{
    return fromEntry(*findIn(ClientEntries, QLatin1String(code), Qt::CaseSensitive));
}

QString withDetail(const QString &text, const QString &detail)
{
    return detail.isEmpty() ? text : text + QLatin1Char(' ') + detail;
}

} // namespace

ErrorInfo ErrorCatalog::forApiError(const QString &code, const QString &description, int httpStatus,
                                    const QString &method)
{
    const QString portalSaid = httpStatus > 0
        ? tr("Portal answer: %1 “%2” (HTTP %3).").arg(code, description).arg(httpStatus)
        : tr("Portal answer: %1 “%2”.").arg(code, description);
    const QString where = method.isEmpty() ? QString() : tr("Method: %1.").arg(method);
    if (const Entry *entry = find(code)) {
        ErrorInfo info = fromEntry(*entry);
        info.code = code;
        info.explanation = withDetail(withDetail(info.explanation, portalSaid), where);
        return info;
    }
    ErrorInfo info;
    info.code = code.isEmpty() ? QStringLiteral("UNKNOWN_ERROR") : code;
    info.title = tr("Portal error %1").arg(info.code);
    info.explanation = withDetail(tr("The portal reported an error this program does not know."),
                                  withDetail(portalSaid, where));
    info.action = tr("Look the code up in the Bitrix24 REST documentation; the request log shows the full "
                     "answer.");
    info.severity = ErrorSeverity::Error;
    // 401/403 from an unknown code still means the token or its user is the problem.
    info.authProblem = httpStatus == 401 || httpStatus == 403;
    return info;
}

ErrorInfo ErrorCatalog::forNetworkError(QNetworkReply::NetworkError error, const QString &host,
                                        const QString &detail)
{
    const char *code = "TRANSPORT_UNKNOWN";
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::HostNotFoundError:
        code = "TRANSPORT_HOST_NOT_FOUND";
        break;
    case QNetworkReply::ConnectionRefusedError:
        code = "TRANSPORT_CONNECTION_REFUSED";
        break;
    case QNetworkReply::TimeoutError:
        code = "TRANSPORT_TIMEOUT";
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // QNAM wanted to re-send after a drop; we refused
        code = "TRANSPORT_REMOTE_CLOSED";
        break;
    case QNetworkReply::SslHandshakeFailedError:
        code = "TRANSPORT_TLS";
        break;
    case QNetworkReply::OperationCanceledError:
        code = "TRANSPORT_CANCELLED";
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        code = "TRANSPORT_NETWORK";
        break;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        code = "REDIRECT_NOT_FOLLOWED";
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        code = "TRANSPORT_PROXY";
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        code = "TRANSPORT_PROXY_AUTH";
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        code = "TRANSPORT_PROTOCOL";
        break;
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        code = "TRANSPORT_HTTP";
        break;
    case QNetworkReply::UnknownNetworkError:
        code = "TRANSPORT_UNKNOWN";
        break;
    }
    ErrorInfo info = clientEntry(code);
    const QString who = host.isEmpty() ? QString() : tr("Host: %1.").arg(host);
    info.explanation = withDetail(withDetail(info.explanation, who), detail);
    return info;
}

ErrorInfo ErrorCatalog::forTlsFailure(const QString &host, const QString &sha256Fingerprint,
                                      const QString &errors)
{
    ErrorInfo info = clientEntry("TLS_CERTIFICATE");
    info.explanation = withDetail(info.explanation,
                                  tr("Host: %1. Certificate SHA-256 fingerprint: %2. Problems: %3.")
                                      .arg(host, sha256Fingerprint, errors));
    return info;
}

ErrorInfo ErrorCatalog::forRedirect(const QString &fromHost, const QString &toUrl, bool movedPortal)
{
    ErrorInfo info = clientEntry(movedPortal ? "PORTAL_MOVED" : "REDIRECT_NOT_FOLLOWED");
    info.explanation = withDetail(info.explanation, tr("%1 redirected to %2.").arg(fromHost, toUrl));
    return info;
}

ErrorInfo ErrorCatalog::forBadResponse(int httpStatus, const QString &excerpt)
{
    ErrorInfo info = clientEntry("BAD_RESPONSE");
    const QString body
        = excerpt.isEmpty() ? tr("The body was empty.") : tr("Body starts with: “%1”.").arg(excerpt);
    info.explanation = withDetail(info.explanation, tr("HTTP status %1. %2").arg(httpStatus).arg(body));
    return info;
}

ErrorInfo ErrorCatalog::forOutcomeUnknown(const QString &method)
{
    ErrorInfo info = clientEntry("OUTCOME_UNKNOWN");
    info.explanation = withDetail(info.explanation, tr("Method: %1.").arg(method));
    return info;
}

ErrorInfo ErrorCatalog::forRefused(const QString &reason)
{
    ErrorInfo info = clientEntry("REFUSED");
    info.explanation = withDetail(info.explanation, reason);
    return info;
}

ErrorInfo ErrorCatalog::forClientCode(const QString &code, const QString &detail)
{
    const Entry *entry = findIn(ClientEntries, code, Qt::CaseSensitive);
    if (!entry) {
        return forApiError(code, detail, 0);
    }
    ErrorInfo info = fromEntry(*entry);
    info.explanation = withDetail(info.explanation, detail);
    return info;
}

QStringList ErrorCatalog::knownApiCodes()
{
    QStringList codes;
    for (const Entry &entry : ApiEntries) {
        codes.append(QLatin1String(entry.code));
    }
    return codes;
}

QStringList ErrorCatalog::knownClientCodes()
{
    QStringList codes;
    for (const Entry &entry : ClientEntries) {
        codes.append(QLatin1String(entry.code));
    }
    return codes;
}

} // namespace b24
