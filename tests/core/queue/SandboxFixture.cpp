// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"

#include <QSet>

namespace b24::test {

void SandboxFixture::SetUp()
{
    sandbox::SandboxOptions options;
    options.tls = false;
    options.rateLimitEnabled = false;
    options.operatingLimitEnabled = false;
    startPortal(options);
    connectClient(&m_network, m_server.adminAccessToken());
}

void SandboxFixture::startPortal(const sandbox::SandboxOptions &options)
{
    QString error;
    ASSERT_TRUE(m_server.start(options, &error)) << error.toStdString();
    ASSERT_TRUE(m_dir.isValid());
    m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit.jsonl")));
}

void SandboxFixture::connectClient(QNetworkAccessManager *network, const QString &accessToken,
                                   const QString &connector)
{
    m_client = std::make_unique<RestClient>(network);
    const PortalAddress portal
        = PortalAddress::parse(m_server.baseUrl().toString(), PortalAddress::HttpPolicy::AllowHttp);
    ASSERT_TRUE(portal.isValid()) << portal.error().toStdString();
    m_client->setPortal(portal);
    if (!m_server.certificateSha256Hex().isEmpty())
        m_client->pinCertificate(portal.host(), m_server.certificateSha256Hex());
    Credentials credentials;
    credentials.accessToken = accessToken;
    credentials.authConnector = connector;
    m_client->setCredentials(credentials);
    RateLimitConfig limits;
    limits.ratePerSecond = 1000;
    limits.burst = 1000;
    limits.baseBackoffMs = 10;
    m_client->setRateLimit(limits);
}

qint64 SandboxFixture::addEvent(const QString &eventName, const QByteArray &data, qint64 timestamp)
{
    sandbox::SandboxQueue::NewEvent event;
    event.eventName = eventName;
    event.eventData = data;
    event.timestamp = timestamp;
    return m_server.queue().addEvent(event);
}

QList<qint64> SandboxFixture::addEvents(int count, const QString &eventName, qint64 timestamp)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        const QByteArray data = R"({"FIELDS":{"ID":")" + QByteArray::number(++m_eventCounter) + R"("}})";
        ids.append(addEvent(eventName, data, timestamp));
    }
    return ids;
}

void SandboxFixture::reserve(const QList<qint64> &ids, const QByteArray &processId)
{
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    std::vector<qsizetype> indices;
    const auto &rows = m_server.queue().rows();
    for (qsizetype i = 0; i < qsizetype(rows.size()); ++i) {
        if (wanted.contains(rows[size_t(i)].id))
            indices.push_back(i);
    }
    ASSERT_EQ(qsizetype(indices.size()), wanted.size());
    m_server.queue().update(indices,
                            [processId](sandbox::SandboxEvent &event) { event.processId = processId; });
}

void SandboxFixture::markErrorRow(qint64 id)
{
    const auto &rows = m_server.queue().rows();
    for (qsizetype i = 0; i < qsizetype(rows.size()); ++i) {
        if (rows[size_t(i)].id == id) {
            m_server.queue().update({i}, [](sandbox::SandboxEvent &event) { event.error = true; });
            return;
        }
    }
    FAIL() << "no row " << id;
}

bool SandboxFixture::exists(qint64 id) const
{
    return row(id) != nullptr;
}

const sandbox::SandboxEvent *SandboxFixture::row(qint64 id) const
{
    return const_cast<sandbox::SandboxServer &>(m_server).queue().findById(id);
}

QList<qint64> SandboxFixture::allIds() const
{
    QList<qint64> ids;
    for (const auto &event : const_cast<sandbox::SandboxServer &>(m_server).queue().rows())
        ids.append(event.id);
    return ids;
}

QueueLoader::Report SandboxFixture::load(QueueLoader &loader, const ListFilter &filter,
                                         QList<OfflineEvent> *rows)
{
    std::optional<QueueLoader::Report> report;
    QObject::connect(&loader, &QueueLoader::rowsLoaded, &loader,
                     [rows](const QList<OfflineEvent> &page) { rows->append(page); });
    QObject::connect(&loader, &QueueLoader::finished, &loader,
                     [&report](const QueueLoader::Report &done) { report = done; });
    loader.start(filter);
    EXPECT_TRUE(waitUntil([&report] { return report.has_value(); }, 120000));
    return report.value_or(QueueLoader::Report());
}

ClearReport SandboxFixture::runClear(ClearExecutor &executor, const ClearPlan &plan)
{
    std::optional<ClearReport> report;
    QObject::connect(&executor, &ClearExecutor::finished, &executor,
                     [&report](const ClearReport &done) { report = done; });
    executor.start(plan);
    EXPECT_TRUE(waitUntil([&report] { return report.has_value(); }, 120000));
    return report.value_or(ClearReport());
}

QueueGroup batchGroup(const QByteArray &processId)
{
    QueueGroup group;
    group.kind = QueueGroup::Kind::Batch;
    group.processId = QString::fromLatin1(processId);
    return group;
}

QueueGroup unreservedGroup()
{
    return QueueGroup();
}

QueueGroup errorsGroup()
{
    QueueGroup group;
    group.kind = QueueGroup::Kind::Errors;
    return group;
}

} // namespace b24::test
