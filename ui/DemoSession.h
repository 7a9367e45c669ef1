// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Credentials.h"
#include "settings/ConnectionProfile.h"

#include <QObject>

#include <memory>

namespace b24::sandbox {
class SandboxServer;
struct SandboxOptions;
} // namespace b24::sandbox

namespace b24::ui {

// The --demo mode: an in-process sandbox portal over HTTPS with a realistic queue and the cloud's
// rate limit, plus the profile and credentials to connect to it (its self-signed certificate
// pinned, its administrator token; nothing touches the keychain or the saved profiles).
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(QObject *parent = nullptr);
    ~DemoSession() override;

    static b24::sandbox::SandboxOptions defaultOptions();
    bool start(QString *error = nullptr);
    bool start(const b24::sandbox::SandboxOptions &options, QString *error = nullptr);

    [[nodiscard]] b24::ConnectionProfile profile() const;
    [[nodiscard]] b24::Credentials credentials() const;
    [[nodiscard]] b24::sandbox::SandboxServer *server() const { return m_server.get(); }

private:
    std::unique_ptr<b24::sandbox::SandboxServer> m_server;
};

} // namespace b24::ui
