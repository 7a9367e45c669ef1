// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/SecretMasker.h"

#include "TestSupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using b24::SecretMasker;

TEST(SecretMasker, MasksSecretKeysAtAnyDepth)
{
    SecretMasker masker;
    const QJsonObject masked = masker.maskParameters(QJsonObject {
        {QStringLiteral("auth"), QStringLiteral("abc")},
        {QStringLiteral("filter"), QJsonObject {{QStringLiteral("ID"), 5}}},
        {QStringLiteral("nested"),
         QJsonArray {QJsonObject {{QStringLiteral("Client_Secret"), QStringLiteral("zzz")}}}},
        {QStringLiteral("refresh_token"), QStringLiteral("r")},
    });
    EXPECT_EQ(masked.value(QLatin1String("auth")).toString(), QStringLiteral("***"));
    EXPECT_EQ(masked.value(QLatin1String("refresh_token")).toString(), QStringLiteral("***"));
    EXPECT_EQ(masked.value(QLatin1String("filter")).toObject().value(QLatin1String("ID")).toInt(), 5);
    EXPECT_EQ(masked.value(QLatin1String("nested"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QLatin1String("Client_Secret"))
                  .toString(),
              QStringLiteral("***"));
}

TEST(SecretMasker, MasksRegisteredValuesAnywhereInTextUrlsAndBytes)
{
    SecretMasker masker;
    masker.addSecret(QStringLiteral("tok/with+special=chars"));
    masker.addSecret(QStringLiteral("short")); // too short to mask safely; ignored
    EXPECT_EQ(masker.maskText(QStringLiteral("echo tok/with+special=chars end")),
              QStringLiteral("echo *** end"));
    EXPECT_EQ(masker.maskText(QStringLiteral("u?x=tok%2Fwith%2Bspecial%3Dchars")), QStringLiteral("u?x=***"));
    EXPECT_EQ(masker.maskText(QStringLiteral("short story")), QStringLiteral("short story"));
    EXPECT_EQ(masker.maskBytes("a tok/with+special=chars"), QByteArray("a ***"));
    const QJsonObject masked = masker.maskParameters(
        QJsonObject {{QStringLiteral("note"), QStringLiteral("the token is tok/with+special=chars")}});
    EXPECT_EQ(masked.value(QLatin1String("note")).toString(), QStringLiteral("the token is ***"));
}

TEST(SecretMasker, MasksSecretPatternsEvenWhenUnregistered)
{
    const SecretMasker masker;
    EXPECT_EQ(
        masker.maskText(
            QStringLiteral("GET /oauth/token/?grant_type=refresh_token&client_secret=abc&refresh_token=def")),
        QStringLiteral("GET /oauth/token/?grant_type=refresh_token&client_secret=***&refresh_token=***"));
    EXPECT_EQ(masker.maskText(QStringLiteral(R"({"auth":"x\"y","a":1,"access_token":"zz"})")),
              QStringLiteral(R"({"auth":"***","a":1,"access_token":"***"})"));
    EXPECT_EQ(masker.maskText(QStringLiteral("Authorization: Bearer abc.def-123")),
              QStringLiteral("Authorization: Bearer ***"));
    EXPECT_TRUE(SecretMasker::isSecretKey(QStringLiteral("ACCESS_TOKEN")));
    EXPECT_FALSE(SecretMasker::isSecretKey(QStringLiteral("process_id")));
}
