// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxServer.h"
#include "TestSupport.h"
#include "net/RestClient.h"
#include "queue/AuditLog.h"
#include "queue/ClearExecutor.h"
#include "queue/QueueLoader.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

#include <gtest/gtest.h>

namespace b24::test {

// A sandbox portal on loopback (plain HTTP unless tls is asked for, then HTTPS with the
// certificate pinned) and a RestClient logged in as the sandbox application's administrator.
class SandboxFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void startPortal(const sandbox::SandboxOptions &options);
    void connectClient(QNetworkAccessManager *network, const QString &accessToken,
                       const QString &connector = {});

    // Adds `count` distinct unreserved events and returns their IDs (ascending).
    QList<qint64> addEvents(int count, const QString &eventName = QStringLiteral("ONCRMDEALUPDATE"),
                            qint64 timestamp = 0);
    qint64 addEvent(const QString &eventName, const QByteArray &data, qint64 timestamp = 0);
    // Puts the rows into batch processId, as event.offline.get clear=0 would.
    void reserve(const QList<qint64> &ids, const QByteArray &processId);
    void markErrorRow(qint64 id);
    [[nodiscard]] bool exists(qint64 id) const;
    [[nodiscard]] const sandbox::SandboxEvent *row(qint64 id) const;
    [[nodiscard]] QList<qint64> allIds() const;

    QueueLoader::Report load(QueueLoader &loader, const ListFilter &filter, QList<OfflineEvent> *rows);
    ClearReport runClear(ClearExecutor &executor, const ClearPlan &plan);

    sandbox::SandboxServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<RestClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    int m_eventCounter = 0;
};

QueueGroup batchGroup(const QByteArray &processId);
QueueGroup unreservedGroup();
QueueGroup errorsGroup();

} // namespace b24::test
