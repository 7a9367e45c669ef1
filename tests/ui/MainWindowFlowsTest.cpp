// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's flows end to end through the real widgets: File > Connect with the real
// connection dialog against the sandbox, and File > Export to a file.
#include "ConnectionDialog.h"
#include "MainWindowFixture.h"
#include "RecordsModel.h"
#include "settings/ProfileStore.h"
#include "settings/SecretStore.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QUuid>

#include <gtest/gtest.h>

using namespace b24;
using b24::test::waitUntil;

namespace {

QSet<qint64> idsOf(const QJsonArray &rows)
{
    QSet<qint64> ids;
    for (const QJsonValue &row : rows) {
        ids.insert(row.toObject().value(QStringLiteral("ID")).toString().toLongLong());
    }
    return ids;
}

} // namespace

class MainWindowFlows : public b24::test::MainWindowFixture
{
protected:
    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QString::fromLatin1(name));
    }

    template<typename T> T *child(QObject *parent, const char *name) const
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    // Triggers an export action and answers its file chooser with path; the file is written then.
    bool exportTo(const char *actionName, const QString &path)
    {
        const QList<QFileDialog *> before = window->findChildren<QFileDialog *>();
        action(actionName)->trigger();
        QFileDialog *chooser = nullptr;
        for (QFileDialog *candidate : window->findChildren<QFileDialog *>()) {
            if (!before.contains(candidate) && candidate->objectName() == QStringLiteral("exportChooser")) {
                chooser = candidate;
            }
        }
        EXPECT_NE(chooser, nullptr) << actionName;
        if (!chooser) {
            return false;
        }
        EXPECT_EQ(chooser->acceptMode(), QFileDialog::AcceptSave);
        chooser->selectFile(path);
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog::accept() is protected
        EXPECT_FALSE(chooser->isVisible());
        return QFile::exists(path);
    }
};

TEST_F(MainWindowFlows, ConnectActionRunsTheDialogThePreflightAndTheLoad)
{
    // A keychain service of its own, so runs never see each other's (or the user's) entries.
    SecretStore secrets(QStringLiteral("b24-offline-queue-test-")
                        + QUuid::createUuid().toString(QUuid::Id128));
    window->setSecretStore(&secrets);
    const quint64 requestsBefore = server->requestCount();

    ASSERT_TRUE(action("actionConnect")->isEnabled());
    action("actionConnect")->trigger();
    auto *dialog = window->findChild<ui::ConnectionDialog *>();
    ASSERT_NE(dialog, nullptr);
    child<QLineEdit>(dialog, "profileNameEdit")->setText(QStringLiteral("flows"));
    child<QLineEdit>(dialog, "portalEdit")->setText(server->baseUrl().toString());
    child<QCheckBox>(dialog, "allowHttpCheck")->setChecked(true);
    child<QLineEdit>(dialog, "accessTokenEdit")->setText(server->adminAccessToken());
    QPushButton *connectButton = child<QPushButton>(dialog, "connectButton");
    ASSERT_NE(connectButton, nullptr);
    ASSERT_TRUE(connectButton->isEnabled());
    connectButton->click();

    ASSERT_TRUE(waitUntil([this] { return preflights > 0; }, 20000));
    EXPECT_TRUE(lastPreflightOk);
    ASSERT_TRUE(window->lastPreflight().has_value());
    EXPECT_TRUE(window->lastPreflight()->ok);
    ASSERT_TRUE(waitForLoads(1, 20000));
    EXPECT_TRUE(window->isConnected());
    EXPECT_GT(server->requestCount(), requestsBefore);
    EXPECT_EQ(window->recordsModel()->rowCount(), 20);
    EXPECT_GE(window->recordsModel()->rowOfId(stuckIds.first()), 0);

    // The profile went to the settings, the token did not.
    ProfileStore profiles(settings.get());
    const auto saved = profiles.profile(QStringLiteral("flows"));
    ASSERT_TRUE(saved.has_value());
    settings->sync();
    QFile ini(settings->fileName());
    ASSERT_TRUE(ini.open(QIODevice::ReadOnly));
    EXPECT_FALSE(ini.readAll().contains(server->adminAccessToken().toUtf8()));

    bool removed = false;
    secrets.remove(saved->secretKey(), [&removed](bool, const QString &) { removed = true; });
    EXPECT_TRUE(waitUntil([&removed] { return removed; }, 10000));
}

TEST_F(MainWindowFlows, ExportWritesTheSelectedAndAllLoadedRowsWithoutTheToken)
{
    ASSERT_TRUE(connectAndLoad());
    window->selectGroup(batchKey(stuckBatch));
    window->selectRecordIds({stuckIds.at(0), stuckIds.at(2)});
    ASSERT_TRUE(action("actionExportSelected")->isEnabled());

    const QString selectedPath = dir.filePath(QStringLiteral("selected.json"));
    ASSERT_TRUE(exportTo("actionExportSelected", selectedPath));
    QFile selected(selectedPath);
    ASSERT_TRUE(selected.open(QIODevice::ReadOnly));
    const QByteArray selectedText = selected.readAll();
    QJsonParseError error;
    const QJsonDocument selectedDoc = QJsonDocument::fromJson(selectedText, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(selectedDoc.isArray());
    EXPECT_EQ(idsOf(selectedDoc.array()), (QSet<qint64> {stuckIds.at(0), stuckIds.at(2)}));
    EXPECT_EQ(selectedDoc.array().first().toObject().value(QStringLiteral("PROCESS_ID")).toString(),
              stuckBatch);
    EXPECT_FALSE(selectedText.contains(server->adminAccessToken().toUtf8()));

    const QString allPath = dir.filePath(QStringLiteral("all.jsonl"));
    ASSERT_TRUE(exportTo("actionExportAll", allPath));
    QFile all(allPath);
    ASSERT_TRUE(all.open(QIODevice::ReadOnly));
    const QByteArray allText = all.readAll();
    EXPECT_FALSE(allText.contains(server->adminAccessToken().toUtf8()));
    QJsonArray rows;
    for (const QByteArray &line : allText.split('\n')) {
        if (line.isEmpty()) {
            continue;
        }
        const QJsonDocument row = QJsonDocument::fromJson(line, &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        rows.append(row.object());
    }
    QSet<qint64> expected;
    for (const QList<qint64> &ids : {unreservedIds, stuckIds, recentIds}) {
        for (qint64 id : ids) {
            expected.insert(id);
        }
    }
    EXPECT_EQ(rows.size(), 20);
    EXPECT_EQ(idsOf(rows), expected);
}
