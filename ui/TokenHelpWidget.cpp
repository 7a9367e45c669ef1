// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenHelpWidget.h"

#include <QLabel>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace b24::ui {

TokenHelpWidget::TokenHelpWidget(QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_text(new QLabel(helpHtml(), this))
{
    m_toggle->setObjectName(QStringLiteral("tokenHelpToggle"));
    m_toggle->setText(tr("How do I get a token?"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_text->setObjectName(QStringLiteral("tokenHelpText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setFrameShape(QFrame::StyledPanel);
    m_text->setMargin(8);
    m_text->setAutoFillBackground(true);
    m_text->setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
    connect(m_toggle, &QToolButton::toggled, this, &TokenHelpWidget::setExpanded);
    setExpanded(false);
}

void TokenHelpWidget::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(expanded);
}

bool TokenHelpWidget::isExpanded() const
{
    return m_toggle->isChecked();
}

QString TokenHelpWidget::helpText() const
{
    QTextDocument document;
    document.setHtml(m_text->text());
    return document.toPlainText();
}

QString TokenHelpWidget::helpHtml()
{
    return tr("<p><b>Offline event methods (event.offline.*) accept only an application's OAuth token, and "
              "only for a portal administrator.</b> An incoming webhook gets "
              "<code>403 WRONG_AUTH_TYPE</code>; a user who is not an administrator gets "
              "<code>403 ACCESS_DENIED</code>.</p>"
              "<ol>"
              "<li>In Bitrix24 open <i>Applications → Developer resources → Other → Local "
              "application</i>.</li>"
              "<li>Choose a <i>server-side</i> application, give it the scopes your event handlers need "
              "(the offline methods themselves need no particular scope) and save. Note the "
              "<i>Application ID</i> (client ID) and <i>Application key</i> (client secret).</li>"
              "<li>As an administrator, get the tokens through the OAuth flow: open "
              "<code>https://PORTAL/oauth/authorize/?client_id=…</code>, then exchange the returned "
              "<code>code</code> (valid for 30 seconds) at "
              "<code>https://oauth.bitrix.info/oauth/token/?grant_type=authorization_code&amp;client_id=…"
              "&amp;client_secret=…&amp;code=…</code>. The answer holds <code>access_token</code> (valid one "
              "hour) and <code>refresh_token</code> (valid 180 days).</li>"
              "<li>Paste both here together with the client ID and secret: the tool then renews the access "
              "token by itself and keeps the rotated refresh token.</li>"
              "</ol>"
              "<p>If your application bound its handlers with an <code>auth_connector</code>, enter the same "
              "key: every connector has its own queue.</p>")
        + tr("<p><b>Easier than steps 3 and 4:</b> set the application's handler address in the portal "
             "to <code>http://127.0.0.1:52180/</code> (or the port chosen next to the button), enter the "
             "client ID and secret here and press <i>Sign in with browser</i>. Allow the application in "
             "the browser as an administrator and both tokens are filled in.</p>");
}

} // namespace b24::ui
