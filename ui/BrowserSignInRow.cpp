// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserSignInRow.h"

#include "net/OAuthSignIn.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace b24::ui {

BrowserSignInRow::BrowserSignInRow(QWidget *parent)
    : QWidget(parent),
      m_network(new QNetworkAccessManager(this)),
      m_signIn(new OAuthSignIn(m_network, this)),
      m_button(new QPushButton(tr("Sign in with &browser…"))),
      m_cancel(new QPushButton(tr("Cancel sign-in"))),
      m_port(new QSpinBox),
      m_handler(new QLabel),
      m_status(new QLabel)
{
    m_button->setObjectName(QStringLiteral("browserSignInButton"));
    m_button->setToolTip(tr("Opens the portal's authorization page; after you allow the application, the "
                            "access and refresh tokens are filled in here."));
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancel->hide();
    m_port->setObjectName(QStringLiteral("signInPortSpin"));
    m_port->setRange(1024, 65535);
    m_port->setPrefix(tr("port "));
    m_port->setToolTip(tr("Local port where the portal's answer arrives (127.0.0.1 only)."));
    m_handler->setObjectName(QStringLiteral("signInHandlerLabel"));
    m_handler->setWordWrap(true);
    m_handler->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_handler->setEnabled(false); // muted hint colour
    m_status->setObjectName(QStringLiteral("signInStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(true);
    m_status->hide();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_button);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_port);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_handler);
    layout->addWidget(m_status);

    connect(m_button, &QPushButton::clicked, this, &BrowserSignInRow::startRequested);
    connect(m_cancel, &QPushButton::clicked, this, &BrowserSignInRow::cancel);
    connect(m_port, &QSpinBox::valueChanged, this, [this] {
        updateHandlerAddress();
        Q_EMIT portChanged();
    });
    connect(m_signIn, &OAuthSignIn::signedIn, this, [this](const Credentials &credentials) {
        m_cancel->hide();
        m_button->setEnabled(m_blocker.isEmpty());
        showStatus(tr("Signed in: the access and refresh tokens are filled in. Save the profile to keep them "
                      "in the keychain."),
                   false);
        Q_EMIT signedIn(credentials);
    });
    connect(m_signIn, &OAuthSignIn::failed, this, &BrowserSignInRow::showFailure);
    setPort(52180);
    updateHandlerAddress();
}

void BrowserSignInRow::setPort(int port)
{
    m_port->setValue(port);
}

int BrowserSignInRow::port() const
{
    return m_port->value();
}

bool BrowserSignInRow::isWaiting() const
{
    return m_signIn->isRunning();
}

void BrowserSignInRow::setBlocker(const QString &whyNot)
{
    m_blocker = whyNot;
    m_button->setEnabled(whyNot.isEmpty() && !m_signIn->isRunning());
    m_button->setToolTip(
        whyNot.isEmpty() ? tr("Opens the portal's authorization page; after you allow the application, the "
                              "access and refresh tokens are filled in here.")
                         : whyNot);
}

void BrowserSignInRow::updateHandlerAddress()
{
    m_handler->setText(tr("The application's handler address in the portal must be %1")
                           .arg(OAuthSignIn::redirectUri(quint16(m_port->value())).toString()));
}

void BrowserSignInRow::start(const PortalAddress &portal, const Credentials &app, const QString &pinnedSha256)
{
    if (!pinnedSha256.isEmpty())
        m_signIn->pinCertificate(app.tokenEndpoint.host(), pinnedSha256);
    ErrorInfo problem;
    if (!m_signIn->start(portal, app, quint16(m_port->value()), &problem)) {
        showFailure(problem);
        return;
    }
    const QUrl page = m_signIn->authorizeUrl();
    const bool opened = QDesktopServices::openUrl(page);
    m_button->setEnabled(false);
    m_cancel->show();
    const QString link
        = QStringLiteral("<a href=\"%1\">%2</a>")
              .arg(page.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("the authorization page"));
    showStatus(
        opened ? tr("Waiting for the portal's answer: allow the application in the browser (%1).").arg(link)
               : tr("No browser could be opened. Open %1 yourself and allow the application.").arg(link),
        false);
}

void BrowserSignInRow::cancel()
{
    m_signIn->cancel();
    m_cancel->hide();
    m_button->setEnabled(m_blocker.isEmpty());
    showStatus(tr("Sign-in cancelled."), false);
}

void BrowserSignInRow::showFailure(const ErrorInfo &why)
{
    m_cancel->hide();
    m_button->setEnabled(m_blocker.isEmpty());
    showStatus(
        QStringLiteral("<b>%1</b> %2 %3")
            .arg(why.title.toHtmlEscaped(), why.explanation.toHtmlEscaped(), why.action.toHtmlEscaped()),
        true);
}

void BrowserSignInRow::showStatus(const QString &text, bool isError)
{
    QPalette palette = this->palette();
    if (isError)
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x2b, 0x2b));
    m_status->setPalette(palette);
    m_status->setText(text);
    m_status->show();
}

} // namespace b24::ui
