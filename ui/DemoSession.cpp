// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSession.h"

#include "SandboxServer.h"

namespace b24::ui {

DemoSession::DemoSession(QObject *parent)
    : QObject(parent), m_server(std::make_unique<sandbox::SandboxServer>())
{ }

DemoSession::~DemoSession() = default;

sandbox::SandboxOptions DemoSession::defaultOptions()
{
    sandbox::SandboxOptions options;
    options.tls = true;
    // The cloud's non-Enterprise leaky bucket, so the demo paces and batches like a real portal.
    options.rateLimitPerSecond = 2.0;
    options.rateLimitBurst = 50;
    options.seed = sandbox::SeedOptions::demo();
    return options;
}

bool DemoSession::start(QString *error)
{
    return start(defaultOptions(), error);
}

bool DemoSession::start(const sandbox::SandboxOptions &options, QString *error)
{
    return m_server->start(options, error);
}

ConnectionProfile DemoSession::profile() const
{
    ConnectionProfile profile;
    profile.name = tr("Sandbox (demo)");
    profile.portal = m_server->baseUrl().toString();
    profile.allowPlainHttp = !m_server->options().tls;
    profile.clientId = m_server->clientId();
    profile.tokenEndpoint = m_server->tokenEndpoint();
    profile.rateLimit.ratePerSecond = m_server->options().rateLimitPerSecond;
    profile.rateLimit.burst = m_server->options().rateLimitBurst;
    profile.pinnedCertificateSha256 = m_server->certificateSha256Hex();
    return profile;
}

Credentials DemoSession::credentials() const
{
    Credentials credentials;
    credentials.accessToken = m_server->adminAccessToken();
    credentials.refreshToken = m_server->refreshToken();
    credentials.clientId = m_server->clientId();
    credentials.clientSecret = m_server->clientSecret();
    credentials.tokenEndpoint = m_server->tokenEndpoint();
    return credentials;
}

} // namespace b24::ui
