// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "ExitCode.h"
#include "TokenFile.h"
#include "net/Credentials.h"
#include "settings/ConnectionProfile.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <optional>

namespace b24 {
class SecretStore;
}

namespace b24::cli {

// Where the connection comes from: a saved profile (secrets in the keychain), a token file, or
// environment variables. Never the command line. Also writes a rotated token pair back to where
// it came from, so the next cron run still has a valid refresh token.
class CredentialSource : public QObject
{
    Q_OBJECT

public:
    enum class Origin { None, Profile, TokenFile, Environment };

    struct Resolved {
        bool ok = false;
        ExitCode failureCode = ExitCode::Auth;
        QString error;
        QStringList warnings;
        Origin origin = Origin::None;
        Credentials credentials;
        QString portal; // as typed; parse with PortalAddress
        bool allowHttp = false;
        std::optional<ConnectionProfile> profile;
    };
    using ResolvedCallback = std::function<void(const Resolved &)>;
    using NoticeCallback = std::function<void(bool ok, const QString &notice)>;

    CredentialSource(const CliOptions &options, const QProcessEnvironment &environment,
                     QObject *parent = nullptr);

    // Calls back once, possibly after the keychain answered.
    void resolve(const ResolvedCallback &done);

    // Stores a rotated pair where the old one came from and reports what happened (the notice
    // never contains a secret).
    void storeRotated(const Credentials &rotated, const NoticeCallback &done);

    static QString originName(Origin origin);

private:
    void finish(Resolved resolved, const ResolvedCallback &done);
    void applyEnvironment(Resolved &resolved) const;

    CliOptions m_options;
    QProcessEnvironment m_env;
    Origin m_origin = Origin::None;
    TokenFile::Content m_tokenFile;
    std::optional<ConnectionProfile> m_profile;
    Credentials m_current;
    SecretStore *m_secrets = nullptr;
    QString m_keychainProblem; // why the keychain could not be used, for the error message
};

} // namespace b24::cli
