// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "net/Credentials.h"

class QNetworkAccessManager;

namespace b24 {
class OAuthSignIn;
struct ErrorInfo;
} // namespace b24

namespace b24::cli {

// `sign-in`: the window's browser sign-in without a window. Prints the portal's authorization
// page, waits for the answer on http://127.0.0.1:PORT/, and hands the new token pair to the runner,
// which stores it where the credentials came from. Never prints a token or the code.
class SignInCommand : public Command
{
    Q_OBJECT

public:
    // app: client id, client secret, token endpoint; pinnedSha256 applies to the token endpoint.
    SignInCommand(const CommandContext &context, QNetworkAccessManager *network, const b24::Credentials &app,
                  int port, const QString &pinnedSha256, QObject *parent = nullptr);
    void start() override;

Q_SIGNALS:
    void signedIn(const b24::Credentials &credentials);

private:
    void onFailed(const b24::ErrorInfo &why);

    b24::OAuthSignIn *m_signIn;
    b24::Credentials m_app;
    int m_port;
};

} // namespace b24::cli
