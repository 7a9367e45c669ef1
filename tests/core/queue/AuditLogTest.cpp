// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/AuditLog.h"

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using b24::AuditLog;

TEST(AuditLog, AppendsJsonLinesWithUtcTimeInPrivateFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("nested/deeper/audit.jsonl"));
    AuditLog log(path);
    ASSERT_TRUE(log.append({{QStringLiteral("method"), QStringLiteral("event.offline.clear")},
                            {QStringLiteral("ids"), QJsonArray({1, 2})}}))
        << log.errorString().toStdString();
    ASSERT_TRUE(log.append({{QStringLiteral("method"), QStringLiteral("event.offline.error")}}));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(QFileInfo(path).permissions()
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                     | QFileDevice::WriteOther),
              QFileDevice::Permissions());

    const QList<QJsonObject> records = log.readAll();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].value(QStringLiteral("method")).toString(), QStringLiteral("event.offline.clear"));
    const QString time = records[0].value(QStringLiteral("time")).toString();
    EXPECT_TRUE(time.endsWith(QLatin1Char('Z'))) << time.toStdString();
    EXPECT_TRUE(QDateTime::fromString(time, Qt::ISODateWithMs).isValid());
}

TEST(AuditLog, ReportsUnwritablePath)
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    AuditLog log(blocker + QStringLiteral("/audit.jsonl")); // parent is a regular file
    EXPECT_FALSE(log.append({{QStringLiteral("a"), 1}}));
    EXPECT_FALSE(log.errorString().isEmpty());
}

TEST(AuditLog, DefaultPathIsInAppData)
{
    EXPECT_EQ(AuditLog::defaultPath(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                  + QStringLiteral("/audit.jsonl"));
    EXPECT_EQ(AuditLog().filePath(), AuditLog::defaultPath());
}
