// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdFileReader.h"

#include "TestSupport.h"

#include <QBuffer>

#include <gtest/gtest.h>

using b24::cli::IdFileReader;

namespace {
IdFileReader::Result readText(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return IdFileReader::read(&buffer, QStringLiteral("ids.txt"));
}
} // namespace

TEST(IdFileReader, ReadsIdsCommentsAndBlankLines)
{
    const auto result = readText("# header\n\n 12 \n13# trailing comment\n\t14\n");
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.ids, (QList<qint64> {12, 13, 14}));
    EXPECT_TRUE(result.messageIds.isEmpty());
}

TEST(IdFileReader, ReadsMessageIdsLowerCased)
{
    const auto result = readText("9F1C2B7A0D4E5F60718293A4B5C6D7E8\r\n00000000000000000000000000000001\n");
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.messageIds,
              (QStringList {QStringLiteral("9f1c2b7a0d4e5f60718293a4b5c6d7e8"),
                            QStringLiteral("00000000000000000000000000000001")}));
    EXPECT_TRUE(result.ids.isEmpty());
}

TEST(IdFileReader, BadLineNamesFileAndLineNumber)
{
    const auto result = readText("1\n2\n# fine\n3x\n4\n");
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("ids.txt, line 4"))) << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(QStringLiteral("3x")));
    EXPECT_TRUE(result.ids.isEmpty()) << "a bad file yields no partial list";
}

TEST(IdFileReader, ZeroNegativeAndTwoValuesPerLineAreRejected)
{
    EXPECT_TRUE(readText("0\n").error.contains(QStringLiteral("line 1")));
    EXPECT_TRUE(readText("5\n-5\n").error.contains(QStringLiteral("line 2")));
    EXPECT_TRUE(readText("5\n6 7\n").error.contains(QStringLiteral("line 2")));
    EXPECT_FALSE(readText("9f1c2b7a0d4e5f60718293a4b5c6d7e\n").ok()) << "31 characters";
}

TEST(IdFileReader, EmptyFileIsRefused)
{
    const auto result = readText("# only comments\n\n");
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("no IDs")));
}

TEST(IdFileReader, MissingFileNamesThePath)
{
    const auto result = IdFileReader::readFile(QStringLiteral("/nonexistent/dir/ids.txt"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("/nonexistent/dir/ids.txt")));
}
