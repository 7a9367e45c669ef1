// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialSource.h"

#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QPointer>
#include <QSettings>

namespace b24::cli {

namespace {
using namespace Qt::StringLiterals;

QString env(const QProcessEnvironment &environment, const char *name)
{
    return environment.value(QString::fromLatin1(name)).trimmed();
}

void fillMissing(QString &target, const QString &value)
{
    if (target.isEmpty()) {
        target = value;
    }
}
} // namespace

CredentialSource::CredentialSource(const CliOptions &options, const QProcessEnvironment &environment,
                                   QObject *parent)
    : QObject(parent), m_options(options), m_env(environment)
{ }

QString CredentialSource::originName(Origin origin)
{
    switch (origin) {
    case Origin::Profile:
        return tr("profile (keychain)");
    case Origin::TokenFile:
        return tr("token file");
    case Origin::Environment:
        return tr("environment");
    case Origin::None:
        break;
    }
    return tr("none");
}

void CredentialSource::resolve(const ResolvedCallback &done)
{
    Resolved resolved;
    if (!m_options.profile.isEmpty()) {
        QSettings settings;
        ProfileStore store(&settings);
        m_profile = store.profile(m_options.profile);
        if (!m_profile) {
            QStringList names;
            for (const ConnectionProfile &profile : store.profiles()) {
                names << profile.name;
            }
            resolved.failureCode = ExitCode::Usage;
            resolved.error = names.isEmpty()
                ? tr("There is no saved profile named \"%1\" (no profiles are saved; create one in the "
                     "window, or use --token-file or environment variables).")
                      .arg(m_options.profile)
                : tr("There is no saved profile named \"%1\". Saved profiles: %2.")
                      .arg(m_options.profile, names.join(u", "_s));
            done(resolved);
            return;
        }
        resolved.profile = m_profile;
        const bool changesData = m_options.command == Subcommand::Clear
            || m_options.command == Subcommand::Reserve || m_options.command == Subcommand::MarkError;
        if (m_profile->readOnly && changesData && !m_options.dryRun) {
            resolved.failureCode = ExitCode::Usage;
            resolved.error
                = tr("Profile \"%1\" is read-only, so commands that change the queue are refused. "
                     "Preview with --dry-run, or turn read-only off for this profile in the window.")
                      .arg(m_profile->name);
            done(resolved);
            return;
        }
    }

    if (!m_options.tokenFile.isEmpty()) {
        m_tokenFile = TokenFile::read(m_options.tokenFile, m_options.command != Subcommand::SignIn);
        if (!m_tokenFile.ok) {
            resolved.error = m_tokenFile.error;
            done(resolved);
            return;
        }
        resolved.warnings << m_tokenFile.warnings;
        resolved.origin = Origin::TokenFile;
        resolved.credentials.accessToken = m_tokenFile.accessToken;
        resolved.credentials.refreshToken = m_tokenFile.refreshToken;
        resolved.credentials.clientId = m_tokenFile.clientId;
        resolved.credentials.clientSecret = m_tokenFile.clientSecret;
        finish(resolved, done);
        return;
    }

    if (m_profile) {
        resolved.origin = Origin::Profile;
        m_secrets = new SecretStore(QStringLiteral("b24-offline-queue"), this);
        connect(m_secrets, &SecretStore::backendUnavailable, this,
                [this](const QString &explanation) { m_keychainProblem = explanation; });
        const QString key = m_profile->secretKey();
        QPointer<CredentialSource> self(this);
        m_secrets->load(
            key,
            [self, resolved, done](bool ok, const QString &accessToken, const QString &refreshToken,
                                   const QString &clientSecret, const QString &error) mutable {
                if (!self) {
                    return;
                }
                if (!ok) {
                    resolved.error = tr("Cannot read the profile's secrets from the keychain: %1").arg(error);
                    done(resolved);
                    return;
                }
                if (self->m_secrets->sessionOnly() && accessToken.isEmpty()) {
                    // Typical over SSH: no Secret Service on this session's D-Bus.
                    resolved.error
                        = tr("The system keychain is not available here (%1), so the profile's "
                             "tokens cannot be read. Use --token-file FILE or the B24_* environment "
                             "variables instead.")
                              .arg(self->m_keychainProblem.isEmpty() ? tr("no Secret Service")
                                                                     : self->m_keychainProblem);
                    done(resolved);
                    return;
                }
                resolved.credentials.accessToken = accessToken;
                resolved.credentials.refreshToken = refreshToken;
                resolved.credentials.clientSecret = clientSecret;
                self->finish(resolved, done);
            });
        return;
    }

    // sign-in starts from the application's id alone: the tokens are what it fetches.
    const bool signInFromEnvironment
        = m_options.command == Subcommand::SignIn && !env(m_env, "B24_CLIENT_ID").isEmpty();
    if (!env(m_env, "B24_ACCESS_TOKEN").isEmpty() || !env(m_env, "B24_REFRESH_TOKEN").isEmpty()
        || signInFromEnvironment) {
        resolved.origin = Origin::Environment;
        finish(resolved, done);
        return;
    }
    resolved.error = tr("No credentials. Give them through --profile NAME (keychain), --token-file FILE, "
                        "or the environment variable B24_ACCESS_TOKEN (with B24_REFRESH_TOKEN, "
                        "B24_CLIENT_ID and B24_CLIENT_SECRET for automatic refresh). They are never "
                        "accepted on the command line.");
    done(resolved);
}

void CredentialSource::applyEnvironment(Resolved &resolved) const
{
    Credentials &credentials = resolved.credentials;
    fillMissing(credentials.accessToken, env(m_env, "B24_ACCESS_TOKEN"));
    fillMissing(credentials.refreshToken, env(m_env, "B24_REFRESH_TOKEN"));
    fillMissing(credentials.clientId, env(m_env, "B24_CLIENT_ID"));
    fillMissing(credentials.clientSecret, env(m_env, "B24_CLIENT_SECRET"));
}

void CredentialSource::finish(Resolved resolved, const ResolvedCallback &done)
{
    m_origin = resolved.origin;
    applyEnvironment(resolved);
    Credentials &credentials = resolved.credentials;
    if (m_profile) {
        fillMissing(credentials.clientId, m_profile->clientId);
    }

    // Portal: command line, profile, token file, environment.
    resolved.portal = m_options.portal;
    if (m_profile) {
        fillMissing(resolved.portal, m_profile->portal);
    }
    fillMissing(resolved.portal, m_tokenFile.portal);
    fillMissing(resolved.portal, env(m_env, "B24_PORTAL"));
    resolved.allowHttp = m_options.allowHttp || (m_profile && m_profile->allowPlainHttp);

    // auth_connector: command line, profile, token file, environment ("" is a real choice).
    if (m_options.connector) {
        credentials.authConnector = *m_options.connector;
    } else if (m_profile) {
        credentials.authConnector = m_profile->authConnector;
    } else if (m_tokenFile.hasAuthConnector) {
        credentials.authConnector = m_tokenFile.authConnector;
    } else {
        credentials.authConnector = env(m_env, "B24_AUTH_CONNECTOR");
    }

    // Token endpoint: token file, environment, profile, default.
    QString endpoint = m_tokenFile.tokenEndpoint;
    fillMissing(endpoint, env(m_env, "B24_TOKEN_ENDPOINT"));
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
            resolved.failureCode = ExitCode::Usage;
            resolved.error = tr("The token endpoint \"%1\" is not an http(s) URL.").arg(endpoint);
            done(resolved);
            return;
        }
        credentials.tokenEndpoint = url;
    } else if (m_profile && m_profile->tokenEndpoint.isValid()) {
        credentials.tokenEndpoint = m_profile->tokenEndpoint;
    }

    if (resolved.portal.isEmpty()) {
        resolved.failureCode = ExitCode::Usage;
        resolved.error
            = tr("No portal address. Give --portal example.bitrix24.com, a profile, or B24_PORTAL.");
        done(resolved);
        return;
    }
    if (m_options.command == Subcommand::SignIn) {
        if (credentials.clientId.isEmpty() || credentials.clientSecret.isEmpty()) {
            resolved.failureCode = ExitCode::Usage;
            resolved.error = tr("sign-in needs the application's client id and client secret: in the "
                                "profile, in the token file (client_id, client_secret) or in B24_CLIENT_ID "
                                "and B24_CLIENT_SECRET.");
            done(resolved);
            return;
        }
        const bool storable = resolved.origin == Origin::Profile
            || (resolved.origin == Origin::TokenFile && m_tokenFile.isJson)
            || !env(m_env, "B24_TOKEN_OUT").isEmpty();
        if (!storable) {
            resolved.failureCode = ExitCode::Usage;
            resolved.error = tr("sign-in needs a place for the new token pair: a profile (keychain), a JSON "
                                "token file, or B24_TOKEN_OUT=FILE.");
            done(resolved);
            return;
        }
        m_current = credentials;
        resolved.ok = true;
        done(resolved);
        return;
    }
    if (credentials.accessToken.isEmpty()) {
        resolved.error = tr("No access token in the %1. Put access_token in the token file, set "
                            "B24_ACCESS_TOKEN, or sign in again in the window to refresh the profile.")
                             .arg(originName(resolved.origin));
        done(resolved);
        return;
    }
    m_current = credentials;
    resolved.ok = true;
    done(resolved);
}

void CredentialSource::storeRotated(const Credentials &rotated, const NoticeCallback &done)
{
    m_current = rotated;
    // A sign-in brings a first pair; nothing old was invalidated by it.
    const bool signIn = m_options.command == Subcommand::SignIn;
    switch (m_origin) {
    case Origin::Profile: {
        if (!m_secrets) {
            m_secrets = new SecretStore(QStringLiteral("b24-offline-queue"), this);
        }
        m_secrets->store(m_profile->secretKey(), rotated.accessToken, rotated.refreshToken,
                         rotated.clientSecret, [done, signIn](bool ok, const QString &error) {
                             if (signIn) {
                                 done(ok,
                                      ok ? tr("The new tokens were saved to the keychain.")
                                         : tr("The new tokens could not be saved to the keychain (%1); "
                                              "run sign-in again once it is available.")
                                               .arg(error));
                                 return;
                             }
                             done(ok,
                                  ok ? tr("The refreshed tokens were saved to the keychain.")
                                     : tr("The tokens were refreshed but could not be saved to the "
                                          "keychain (%1); the old refresh token is no longer valid: "
                                          "sign in again in the window.")
                                           .arg(error));
                         });
        return;
    }
    case Origin::TokenFile:
        if (m_tokenFile.isJson) {
            QString error;
            const bool ok = TokenFile::rewrite(m_options.tokenFile, m_tokenFile, rotated.accessToken,
                                               rotated.refreshToken, &error);
            if (ok) {
                m_tokenFile = TokenFile::read(m_options.tokenFile);
            }
            if (signIn) {
                done(ok,
                     ok ? tr("The new tokens were written to %1.").arg(m_options.tokenFile)
                        : tr("The new tokens could not be written: %1.").arg(error));
                return;
            }
            done(ok,
                 ok ? tr("The refreshed tokens were written to %1.").arg(m_options.tokenFile)
                    : tr("The tokens were refreshed but %1; the old refresh token is no longer valid.")
                          .arg(error));
            return;
        }
        break; // a plain token file had its refresh token from the environment
    case Origin::Environment:
    case Origin::None:
        break;
    }
    const QString out = env(m_env, "B24_TOKEN_OUT");
    if (!out.isEmpty()) {
        QString error;
        const bool ok = TokenFile::writePair(out, rotated.accessToken, rotated.refreshToken, &error);
        if (signIn) {
            done(ok,
                 ok ? tr("The new token pair was written to %1 (B24_TOKEN_OUT).").arg(out)
                    : tr("The new tokens could not be written: %1.").arg(error));
            return;
        }
        done(ok,
             ok ? tr("The refreshed token pair was written to %1 (B24_TOKEN_OUT); use it next time.").arg(out)
                : tr("The tokens were refreshed but %1; the old refresh token is no longer valid.")
                      .arg(error));
        return;
    }
    done(false,
         tr("The tokens were refreshed: the refresh token in B24_REFRESH_TOKEN is no longer valid "
            "and the new one was not stored. Set B24_TOKEN_OUT=FILE to receive the new pair, or "
            "use --token-file or --profile, which are updated automatically."));
}

} // namespace b24::cli
