// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MainWindow.h"
#include "SandboxServer.h"
#include "TestSupport.h"

#include <QSettings>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>

namespace b24::test {

// A main window connected to an in-process sandbox portal over real loopback HTTP, with its
// settings and audit file in a temporary directory. The queue holds six unreserved rows, a
// stuck batch (five days old) and a recent batch.
class MainWindowFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    void startSandbox(const sandbox::SandboxOptions &options);
    void createWindow(); // a fresh window on the same settings, counted by loads/clears/preflights
    static sandbox::SandboxOptions plainOptions();

    // Rows appended as they are; returns their IDs.
    QList<qint64> seedBatch(const QString &processId, int count, qint64 ageSeconds, int firstEntity,
                            bool error = false);
    QList<qint64> seedUnreserved(int count, int firstEntity);

    // Connects and waits for the first load; false when the preflight or the load failed.
    bool connectAndLoad(const QString &accessToken = {}, int loadTimeoutMs = 15000);
    bool waitForLoads(int count, int timeoutMs = 15000);
    [[nodiscard]] bool sandboxHas(qint64 id) const;
    [[nodiscard]] QList<qint64> sandboxIdsOf(const QString &processId) const;

    // With B24_SCREENSHOT_DIR set, saves the widget there as PNG for a visual check.
    static void saveShot(QWidget *widget, const QString &name, bool adjust = true);

    static QString batchKey(const QString &processId) { return QStringLiteral("batch:") + processId; }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<ui::MainWindow> window;
    int loads = 0;
    int clears = 0;
    int preflights = 0;
    bool lastPreflightOk = false;

    QList<qint64> unreservedIds;
    QList<qint64> stuckIds;
    QList<qint64> recentIds;
    const QString stuckBatch = QStringLiteral("stuck0stuck0stuck0stuck0stuck0st");
    const QString recentBatch = QStringLiteral("recent0recent0recent0recent0rece");
};

} // namespace b24::test
