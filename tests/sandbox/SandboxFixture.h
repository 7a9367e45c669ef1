// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxHttp.h"
#include "SandboxServer.h"

#include <QJsonArray>

#include <memory>

#include <gtest/gtest.h>

namespace b24::test {

// A sandbox on a free loopback port, plain HTTP and no rate limit unless a test asks otherwise
// (HTTPS has its own tests; most behaviour does not depend on the transport).
class SandboxFixture : public ::testing::Test
{
protected:
    void SetUp() override { startSandbox(defaultOptions()); }

    static sandbox::SandboxOptions defaultOptions()
    {
        sandbox::SandboxOptions options;
        options.tls = false;
        options.rateLimitEnabled = false;
        return options;
    }

    void startSandbox(const sandbox::SandboxOptions &options)
    {
        http.reset();
        server = std::make_unique<sandbox::SandboxServer>();
        QString error;
        ASSERT_TRUE(server->start(options, &error)) << error.toStdString();
        http = std::make_unique<SandboxHttp>(*server);
    }

    // Adds an event for the sandbox application; returns its ID.
    qint64 addEvent(const QString &name, int entityId, const QString &connector = {})
    {
        sandbox::SandboxQueue::NewEvent event;
        event.eventName = name;
        event.eventData = QByteArrayLiteral("{\"FIELDS\":{\"ID\":\"") + QByteArray::number(entityId) + "\"}}";
        event.connectorId = connector;
        return server->queue().addEvent(event);
    }

    void addEvents(int count, const QString &name = QStringLiteral("ONCRMDEALUPDATE"))
    {
        for (int i = 0; i < count; ++i) {
            addEvent(name, 1000 + i);
        }
    }

    // Reserves up to `limit` rows with get clear=0 and returns the process id.
    QString reserve(int limit, const QJsonObject &extra = {})
    {
        QJsonObject params = extra;
        params.insert(QStringLiteral("clear"), 0);
        params.insert(QStringLiteral("limit"), limit);
        const HttpResult reply = http->admin(QStringLiteral("event.offline.get"), params);
        EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
        return reply.json.value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("process_id"))
            .toString();
    }

    qsizetype rowsOf(const QString &processId) const
    {
        qsizetype count = 0;
        for (const sandbox::SandboxEvent &row : server->queue().rows()) {
            count += row.processId == processId.toLatin1() ? 1 : 0;
        }
        return count;
    }

    const sandbox::SandboxEvent *row(qint64 id) const { return server->queue().findById(id); }

    static QJsonArray events(const HttpResult &reply)
    {
        return reply.json.value(QStringLiteral("result"))
            .toObject()
            .value(QStringLiteral("events"))
            .toArray();
    }

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<SandboxHttp> http;
};

} // namespace b24::test
