// SPDX-License-Identifier: GPL-3.0-or-later
// Without any keychain backend the window still connects, and says that the secrets live for this
// session only. Its own executable: the D-Bus address is broken for the whole process.
#include "ConnectionDialog.h"
#include "MainWindowFixture.h"
#include "RecordsModel.h"
#include "settings/SecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <gtest/gtest.h>

using namespace b24;
using b24::test::waitUntil;

namespace {

class MainWindowNoKeychain : public b24::test::MainWindowFixture
{
protected:
    static void SetUpTestSuite()
    {
        // No Secret Service and no KWallet reachable: every keychain job fails.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/b24-no-bus");
    }
};

} // namespace

TEST_F(MainWindowNoKeychain, ConnectsAndSaysSecretsAreForThisSessionOnly)
{
    SecretStore secrets(QStringLiteral("b24-offline-queue-test-nobus"));
    window->setSecretStore(&secrets);
    window->findChild<QAction *>(QStringLiteral("actionConnect"))->trigger();
    auto *dialog = window->findChild<ui::ConnectionDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("nobus"));
    dialog->findChild<QLineEdit *>(QStringLiteral("portalEdit"))->setText(server->baseUrl().toString());
    dialog->findChild<QCheckBox *>(QStringLiteral("allowHttpCheck"))->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("accessTokenEdit"))->setText(server->adminAccessToken());
    auto *connectButton = dialog->findChild<QPushButton *>(QStringLiteral("connectButton"));
    ASSERT_NE(connectButton, nullptr);
    ASSERT_TRUE(waitUntil([connectButton] { return connectButton->isEnabled(); }, 5000));
    connectButton->click();

    ASSERT_TRUE(waitForLoads(1, 20000));
    EXPECT_TRUE(secrets.sessionOnly());
    EXPECT_EQ(window->recordsModel()->rowCount(), 20);
    auto *label = window->findChild<QLabel *>(QStringLiteral("connectionLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("session only"))) << label->text().toStdString();
}
