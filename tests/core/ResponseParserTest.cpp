// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ResponseParser.h"

#include "TestSupport.h"
#include "net/SecretMasker.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace b24;

namespace {

RestResult parse(int status, const QByteArray &body)
{
    return ResponseParser::parse(QStringLiteral("event.offline.get"), status, body, SecretMasker());
}

} // namespace

TEST(ResponseParser, SuccessWithResultNextTotalAndFloatTime)
{
    const RestResult result
        = parse(200, R"({"result":[1,2],"next":50,"total":"120","time":{"start":1740813302.11,
        "finish":1740813302.19,"duration":0.08,"processing":0.01,"date_start":"2025-03-01T10:15:02+03:00",
        "date_finish":"2025-03-01T10:15:02+03:00","operating_reset_at":1740813902,"operating":0.25}})");
    ASSERT_EQ(result.status, CallStatus::Ok);
    EXPECT_EQ(result.result.toArray().size(), 2);
    EXPECT_EQ(result.next, 50);
    EXPECT_EQ(result.total, 120);
    EXPECT_TRUE(result.time.present);
    EXPECT_DOUBLE_EQ(result.time.start, 1740813302.11);
    EXPECT_DOUBLE_EQ(result.time.duration, 0.08);
    EXPECT_EQ(result.time.dateStart, QStringLiteral("2025-03-01T10:15:02+03:00"));
    EXPECT_EQ(result.time.operatingResetAt, 1740813902);
    EXPECT_DOUBLE_EQ(result.time.operating.value_or(-1), 0.25);
}

TEST(ResponseParser, TimeBlockWithIntegersAndWithoutLimiterFields)
{
    const RestResult result = parse(200, R"({"result":true,"time":{"start":1774257804,"finish":1774257805,
        "duration":1,"processing":0,"date_start":"x","date_finish":"y"}})");
    ASSERT_EQ(result.status, CallStatus::Ok);
    EXPECT_DOUBLE_EQ(result.time.start, 1774257804.0);
    EXPECT_DOUBLE_EQ(result.time.processing, 0.0);
    EXPECT_FALSE(result.time.operating.has_value());
    EXPECT_FALSE(result.time.operatingResetAt.has_value());
    EXPECT_FALSE(result.next.has_value());
    EXPECT_FALSE(result.total.has_value());
}

TEST(ResponseParser, FloatOperatingResetAtIsRounded)
{
    const RestResult result = parse(200, R"({"result":true,"time":{"operating_reset_at":1740813902.6}})");
    EXPECT_EQ(result.time.operatingResetAt, 1740813903);
}

TEST(ResponseParser, ErrorEnvelopeForAnyStatus)
{
    for (const int status : {200, 400, 401, 403, 404, 429, 500, 503}) {
        const RestResult result = parse(
            status,
            R"({"error":"ERROR_ARGUMENT","error_description":"Value must be positive integer","argument":"LIMIT"})");
        EXPECT_EQ(result.status, CallStatus::ApiError) << status;
        EXPECT_EQ(result.httpStatus, status);
        EXPECT_EQ(result.errorCode, QStringLiteral("ERROR_ARGUMENT"));
        EXPECT_EQ(result.errorDescription, QStringLiteral("Value must be positive integer"));
        EXPECT_EQ(result.errorArgument, QStringLiteral("LIMIT"));
        EXPECT_EQ(result.explanation.code, QStringLiteral("ERROR_ARGUMENT"));
        EXPECT_FALSE(result.time.present);
    }
}

TEST(ResponseParser, NonJsonBodiesAreBadResponses)
{
    const QList<QPair<int, QByteArray>> bodies {
        {502, "<html><body><h1>502 Bad Gateway</h1></body></html>"},
        {200, R"({"result":{"process_id":"abc","events":[{"ID":"1")"},
        {200, ""},
        {200, "   \n"},
        {200, "[1,2,3]"},
        {200, R"({"unexpected":true})"},
        {500, R"({"result":true})"},
    };
    for (const auto &[status, body] : bodies) {
        const RestResult result = parse(status, body);
        EXPECT_EQ(result.status, CallStatus::BadResponse) << body.toStdString();
        EXPECT_EQ(result.httpStatus, status);
        EXPECT_EQ(result.errorCode, QStringLiteral("BAD_RESPONSE"));
        EXPECT_TRUE(result.explanation.explanation.contains(QString::number(status)));
    }
}

TEST(ResponseParser, ExcerptIsShortTagFreeAndMasked)
{
    SecretMasker masker;
    masker.addSecret(QStringLiteral("tok-SECRET-123456"));
    const QByteArray body = "<html><head><script>var x=1;</script></head><body>token tok-SECRET-123456 "
        + QByteArray(500, 'x') + "</body></html>";
    const QString excerpt = ResponseParser::excerpt(body, masker);
    EXPECT_LE(excerpt.size(), ResponseParser::ExcerptLength + 1);
    EXPECT_FALSE(excerpt.contains(QStringLiteral("tok-SECRET")));
    EXPECT_FALSE(excerpt.contains(QStringLiteral("<")));
    EXPECT_FALSE(excerpt.contains(QStringLiteral("var x")));
    EXPECT_TRUE(excerpt.startsWith(QStringLiteral("token ***")));
}
