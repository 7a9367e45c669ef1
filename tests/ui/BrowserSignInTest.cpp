// SPDX-License-Identifier: GPL-3.0-or-later
// "Sign in with browser" in the connection profile, against the sandbox portal's authorization
// page. The offscreen platform cannot open a browser, so the row offers the page as a link; the
// test follows it like a browser would and expects the token fields to fill in.
#include "ProfileEditor.h"
#include "SandboxServer.h"
#include "SecretField.h"
#include "TestBrowser.h"
#include "TestSupport.h"
#include "net/OAuthSignIn.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTcpServer>
#include <QTextDocumentFragment>

#include <gtest/gtest.h>

using namespace b24;
using b24::test::TestBrowser;
using b24::test::waitUntil;
using b24::ui::ProfileEditor;

namespace {

// The page the status label links to ("open it yourself").
QUrl linkIn(const QLabel *label)
{
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
    const QString escaped = href.match(label->text()).captured(1);
    return QUrl(QTextDocumentFragment::fromHtml(escaped).toPlainText());
}

class BrowserSignIn : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions options;
        options.tls = false;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
        editor.findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("Sandbox"));
        editor.findChild<QLineEdit *>(QStringLiteral("portalEdit"))->setText(server.baseUrl().toString());
        editor.findChild<QLineEdit *>(QStringLiteral("tokenEndpointEdit"))
            ->setText(server.tokenEndpoint().toString());
        port()->setValue(TestBrowser::freeLoopbackPort());
    }

    QPushButton *button() { return editor.findChild<QPushButton *>(QStringLiteral("browserSignInButton")); }
    QSpinBox *port() { return editor.findChild<QSpinBox *>(QStringLiteral("signInPortSpin")); }
    QLabel *status() { return editor.findChild<QLabel *>(QStringLiteral("signInStatusLabel")); }
    void enterApp()
    {
        editor.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))->setText(server.clientId());
        editor.setSecrets({}, {}, server.clientSecret());
    }

    sandbox::SandboxServer server;
    ProfileEditor editor;
};

} // namespace

TEST_F(BrowserSignIn, ButtonWaitsForPortalClientIdAndSecret)
{
    ASSERT_NE(button(), nullptr);
    EXPECT_FALSE(button()->isEnabled());
    EXPECT_TRUE(button()->toolTip().contains(QStringLiteral("client secret")))
        << button()->toolTip().toStdString();
    enterApp();
    EXPECT_TRUE(button()->isEnabled());
    const QLabel *handler = editor.findChild<QLabel *>(QStringLiteral("signInHandlerLabel"));
    EXPECT_TRUE(handler->text().contains(QStringLiteral("http://127.0.0.1:%1/").arg(port()->value())))
        << "the admin sees which handler address to register";
}

TEST_F(BrowserSignIn, FollowingThePortalsPageFillsTheTokenPair)
{
    enterApp();
    EXPECT_TRUE(editor.credentials().accessToken.isEmpty());
    button()->click();
    ASSERT_TRUE(status()->isVisibleTo(&editor));
    EXPECT_FALSE(button()->isEnabled()) << "one sign-in at a time";
    const QUrl page = linkIn(status());
    ASSERT_EQ(page.path(), QStringLiteral("/oauth/authorize/")) << status()->text().toStdString();

    TestBrowser browser;
    const TestBrowser::Page authorize = browser.visit(page);
    ASSERT_EQ(authorize.status, 302);
    EXPECT_EQ(browser.visit(authorize.location).status, 200);

    ASSERT_TRUE(waitUntil([this] { return !editor.credentials().accessToken.isEmpty(); }, 5000))
        << status()->text().toStdString();
    const Credentials filled = editor.credentials();
    EXPECT_FALSE(filled.refreshToken.isEmpty());
    EXPECT_EQ(filled.clientSecret, server.clientSecret());
    EXPECT_TRUE(editor.isComplete()) << editor.problem().toStdString();
    EXPECT_TRUE(status()->text().contains(QStringLiteral("Signed in")));
    EXPECT_FALSE(status()->text().contains(filled.accessToken)) << "tokens are filled in, never shown";
    EXPECT_TRUE(button()->isEnabled());
    EXPECT_EQ(editor.profile().signInPort, port()->value());
}

TEST_F(BrowserSignIn, DeclinedSignInIsExplainedUnderTheButton)
{
    server.stop();
    sandbox::SandboxOptions options;
    options.tls = false;
    options.authorizeDenies = true;
    QString error;
    ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
    editor.findChild<QLineEdit *>(QStringLiteral("portalEdit"))->setText(server.baseUrl().toString());
    editor.findChild<QLineEdit *>(QStringLiteral("tokenEndpointEdit"))
        ->setText(server.tokenEndpoint().toString());
    enterApp();
    button()->click();
    TestBrowser browser;
    const TestBrowser::Page authorize = browser.visit(linkIn(status()));
    ASSERT_EQ(authorize.status, 302);
    browser.visit(authorize.location);
    ASSERT_TRUE(waitUntil([this] { return status()->text().contains(QStringLiteral("refused")); }, 5000))
        << status()->text().toStdString();
    EXPECT_TRUE(editor.credentials().accessToken.isEmpty());
    EXPECT_TRUE(button()->isEnabled()) << "the admin can try again";
}

TEST_F(BrowserSignIn, BusyPortIsSaidAtOnce)
{
    enterApp();
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, quint16(port()->value())));
    button()->click();
    EXPECT_TRUE(status()->text().contains(QStringLiteral("port"))) << status()->text().toStdString();
    EXPECT_TRUE(button()->isEnabled());
}
