// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/Credentials.h"
#include "net/ErrorInfo.h"
#include "net/PortalAddress.h"

#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace b24 {
class OAuthSignIn;
}

namespace b24::ui {

// "Sign in with browser…" in the connection profile: runs an OAuthSignIn, opens the portal's
// authorization page in the browser, says what it waits for, and hands the token pair over. The
// port is where the portal sends its answer; the address shown must be the application's handler
// address in the portal.
class BrowserSignInRow : public QWidget
{
    Q_OBJECT

public:
    explicit BrowserSignInRow(QWidget *parent = nullptr);

    void setPort(int port);
    [[nodiscard]] int port() const;
    // Why the sign-in cannot start yet (missing portal, client ID, secret); empty enables the button.
    void setBlocker(const QString &whyNot);
    [[nodiscard]] bool isWaiting() const;

Q_SIGNALS:
    void startRequested(); // the owner answers with start()
    void signedIn(const b24::Credentials &credentials);
    void portChanged();

public Q_SLOTS:
    void start(const b24::PortalAddress &portal, const b24::Credentials &app, const QString &pinnedSha256);
    void cancel();

private:
    void showStatus(const QString &text, bool isError);
    void showFailure(const b24::ErrorInfo &why);
    void updateHandlerAddress();

    QNetworkAccessManager *m_network;
    b24::OAuthSignIn *m_signIn;
    QPushButton *m_button;
    QPushButton *m_cancel;
    QSpinBox *m_port;
    QLabel *m_handler;
    QLabel *m_status;
    QString m_blocker;
};

} // namespace b24::ui
