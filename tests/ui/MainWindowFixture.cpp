// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindowFixture.h"

#include <QDateTime>
#include <QDir>
#include <QWidget>

namespace b24::test {

void MainWindowFixture::SetUp()
{
    ASSERT_TRUE(dir.isValid());
    settings
        = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    startSandbox(plainOptions());
    unreservedIds = seedUnreserved(6, 100);
    stuckIds = seedBatch(stuckBatch, 10, 5 * 86400, 200);
    recentIds = seedBatch(recentBatch, 4, 120, 300);

    createWindow();
}

void MainWindowFixture::createWindow()
{
    window = std::make_unique<ui::MainWindow>(settings.get());
    window->setAuditLogPath(dir.filePath(QStringLiteral("audit.jsonl")));
    QObject::connect(window.get(), &ui::MainWindow::loadFinished, window.get(), [this] { ++loads; });
    QObject::connect(window.get(), &ui::MainWindow::clearFinished, window.get(), [this] { ++clears; });
    QObject::connect(window.get(), &ui::MainWindow::preflightFinished, window.get(), [this](bool ok) {
        ++preflights;
        lastPreflightOk = ok;
    });
}

void MainWindowFixture::TearDown()
{
    window.reset();
    server.reset();
}

sandbox::SandboxOptions MainWindowFixture::plainOptions()
{
    sandbox::SandboxOptions options;
    options.tls = false;
    options.rateLimitEnabled = false;
    return options;
}

void MainWindowFixture::startSandbox(const sandbox::SandboxOptions &options)
{
    server = std::make_unique<sandbox::SandboxServer>();
    QString error;
    ASSERT_TRUE(server->start(options, &error)) << error.toStdString();
}

QList<qint64> MainWindowFixture::seedBatch(const QString &processId, int count, qint64 ageSeconds,
                                           int firstEntity, bool error)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::vector<sandbox::SandboxEvent> rows;
    for (int i = 0; i < count; ++i) {
        sandbox::SandboxEvent row;
        row.timestamp = now - ageSeconds + i;
        row.eventName = QStringLiteral("ONCRMDEALUPDATE");
        row.eventData = "{\"FIELDS\":{\"ID\":\"" + QByteArray::number(firstEntity + i) + "\"}}";
        row.eventAdditional = "{\"LOCAL_USER\":1}";
        row.messageId = sandbox::SandboxQueue::messageIdFor(row.eventName, row.eventData);
        row.processId = processId.toLatin1();
        row.error = error;
        rows.push_back(std::move(row));
    }
    const qsizetype before = server->queue().size();
    server->queue().appendRows(std::move(rows));
    QList<qint64> ids;
    for (qsizetype i = before; i < server->queue().size(); ++i) {
        ids.append(server->queue().rows().at(size_t(i)).id);
    }
    return ids;
}

QList<qint64> MainWindowFixture::seedUnreserved(int count, int firstEntity)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        sandbox::SandboxQueue::NewEvent event;
        event.eventName = QStringLiteral("ONCRMLEADADD");
        event.eventData = "{\"FIELDS\":{\"ID\":\"" + QByteArray::number(firstEntity + i) + "\"}}";
        event.timestamp = QDateTime::currentSecsSinceEpoch() - 600 + i;
        ids.append(server->queue().addEvent(event));
    }
    return ids;
}

bool MainWindowFixture::connectAndLoad(const QString &accessToken, int loadTimeoutMs)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("test");
    profile.portal = server->baseUrl().toString();
    profile.allowPlainHttp = true;
    profile.rateLimit.ratePerSecond = 1000;
    profile.rateLimit.burst = 1000;
    profile.timeoutSeconds = 10;
    if (server->options().tls) {
        profile.pinnedCertificateSha256 = server->certificateSha256Hex();
    }
    Credentials credentials;
    credentials.accessToken = accessToken.isEmpty() ? server->adminAccessToken() : accessToken;
    const int loadsBefore = loads;
    const int preflightsBefore = preflights;
    window->connectWith(profile, credentials);
    if (!waitUntil([&] { return preflights > preflightsBefore; }, 15000) || !lastPreflightOk) {
        return false;
    }
    return waitForLoads(loadsBefore + 1, loadTimeoutMs);
}

bool MainWindowFixture::waitForLoads(int count, int timeoutMs)
{
    return waitUntil([&] { return loads >= count && !window->isBusy(); }, timeoutMs);
}

void MainWindowFixture::saveShot(QWidget *widget, const QString &name, bool adjust)
{
    if (const QString out = qEnvironmentVariable("B24_SCREENSHOT_DIR"); !out.isEmpty()) {
        if (adjust) {
            widget->adjustSize();
        }
        EXPECT_TRUE(widget->grab().save(QDir(out).filePath(name)));
    }
}

bool MainWindowFixture::sandboxHas(qint64 id) const
{
    return server->queue().findById(id) != nullptr;
}

QList<qint64> MainWindowFixture::sandboxIdsOf(const QString &processId) const
{
    QList<qint64> ids;
    for (const sandbox::SandboxEvent &row : server->queue().rows()) {
        if (row.processId == processId.toLatin1()) {
            ids.append(row.id);
        }
    }
    return ids;
}

} // namespace b24::test
