// SPDX-License-Identifier: GPL-3.0-or-later
#include "queue/RecordExporter.h"

#include "TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using b24::OfflineEvent;
using b24::RecordExporter;

namespace {

QList<OfflineEvent> sample()
{
    OfflineEvent first = OfflineEvent::fromJson(QJsonDocument::fromJson(R"({"ID":"1","TIMESTAMP_X":
        "2025-03-01T10:15:02+03:00","EVENT_NAME":"ONCRMDEALUPDATE","EVENT_DATA":{"FIELDS":{"TITLE":"a \"quoted\", comma"}},
        "EVENT_ADDITIONAL":{"user_id":"1"},"MESSAGE_ID":"9f1c2b7a0d4e5f60718293a4b5c6d7e8","PROCESS_ID":"","ERROR":"0"})")
                                                    .object());
    OfflineEvent second = first;
    second.id = 2;
    second.eventData = "{\"TEXT\":\"line1\\nline2\"}";
    second.error = true;
    return {first, second};
}

QByteArray render(RecordExporter::Format format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    EXPECT_TRUE(RecordExporter::write(&buffer, sample(), format, &error)) << error.toStdString();
    return buffer.data();
}

} // namespace

TEST(RecordExporter, JsonArrayParsesBackToPortalRows)
{
    const QJsonDocument document = QJsonDocument::fromJson(render(RecordExporter::Format::Json));
    ASSERT_TRUE(document.isArray());
    const QJsonArray rows = document.array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject(), sample()[0].toJson());
    EXPECT_EQ(rows[1].toObject().value(QStringLiteral("ERROR")).toString(), QStringLiteral("1"));
}

TEST(RecordExporter, JsonLinesHasOneCompactObjectPerLine)
{
    const QList<QByteArray> lines = render(RecordExporter::Format::JsonLines).trimmed().split('\n');
    ASSERT_EQ(lines.size(), 2);
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(QJsonDocument::fromJson(lines[i]).object(), sample()[i].toJson());
}

TEST(RecordExporter, CsvQuotesPerRfc4180)
{
    const QByteArray csv = render(RecordExporter::Format::Csv);
    EXPECT_TRUE(csv.startsWith(
        "ID,TIMESTAMP_X,EVENT_NAME,MESSAGE_ID,PROCESS_ID,ERROR,EVENT_DATA,EVENT_ADDITIONAL\r\n"));
    EXPECT_TRUE(
        csv.contains("1,2025-03-01T10:15:02+03:00,ONCRMDEALUPDATE,9f1c2b7a0d4e5f60718293a4b5c6d7e8,,0,"
                     "\"{\"\"FIELDS\"\":{\"\"TITLE\"\":\"\"a \\\"\"quoted\\\"\", comma\"\"}}\","
                     "\"{\"\"user_id\"\":\"\"1\"\"}\"\r\n"))
        << csv.toStdString();
    EXPECT_TRUE(csv.endsWith("\r\n"));
    EXPECT_EQ(csv.count("\r\n"), 3);
}

TEST(RecordExporter, WriteFileAndFormatForPath)
{
    EXPECT_EQ(RecordExporter::formatForPath(QStringLiteral("a/b.CSV")), RecordExporter::Format::Csv);
    EXPECT_EQ(RecordExporter::formatForPath(QStringLiteral("x.jsonl")), RecordExporter::Format::JsonLines);
    EXPECT_EQ(RecordExporter::formatForPath(QStringLiteral("x.ndjson")), RecordExporter::Format::JsonLines);
    EXPECT_EQ(RecordExporter::formatForPath(QStringLiteral("x.json")), RecordExporter::Format::Json);
    EXPECT_EQ(RecordExporter::formatForPath(QStringLiteral("x")), RecordExporter::Format::Json);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.jsonl"));
    QString error;
    ASSERT_TRUE(RecordExporter::writeFile(path, sample(), RecordExporter::Format::JsonLines, &error));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), render(RecordExporter::Format::JsonLines));

    EXPECT_FALSE(RecordExporter::writeFile(dir.filePath(QStringLiteral("missing/dir/out.json")), sample(),
                                           RecordExporter::Format::Json, &error));
    EXPECT_FALSE(error.isEmpty());
}
