// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/PortalAddress.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using b24::PortalAddress;

namespace {

QString base(const QString &input, PortalAddress::HttpPolicy policy = PortalAddress::HttpPolicy::HttpsOnly)
{
    const PortalAddress address = PortalAddress::parse(input, policy);
    EXPECT_TRUE(address.isValid()) << input.toStdString() << ": " << address.error().toStdString();
    return address.restBase().toString();
}

QString refusal(const QString &input, PortalAddress::HttpPolicy policy = PortalAddress::HttpPolicy::HttpsOnly)
{
    const PortalAddress address = PortalAddress::parse(input, policy);
    EXPECT_FALSE(address.isValid()) << input.toStdString() << " was accepted as "
                                    << address.restBase().toString().toStdString();
    return address.error();
}

} // namespace

TEST(PortalAddress, AcceptsBareHost)
{
    EXPECT_EQ(base(QStringLiteral("portal.bitrix24.com")),
              QStringLiteral("https://portal.bitrix24.com/rest/"));
    EXPECT_EQ(base(QStringLiteral("  portal.bitrix24.com  ")),
              QStringLiteral("https://portal.bitrix24.com/rest/"));
}

TEST(PortalAddress, AcceptsPortalUrlWithSlash)
{
    EXPECT_EQ(base(QStringLiteral("https://portal.bitrix24.ru/")),
              QStringLiteral("https://portal.bitrix24.ru/rest/"));
    EXPECT_EQ(base(QStringLiteral("HTTPS://Portal.Bitrix24.ru")),
              QStringLiteral("https://portal.bitrix24.ru/rest/"));
}

TEST(PortalAddress, AcceptsRestBaseAndMethodUrl)
{
    EXPECT_EQ(base(QStringLiteral("https://portal.bitrix24.de/rest/")),
              QStringLiteral("https://portal.bitrix24.de/rest/"));
    EXPECT_EQ(base(QStringLiteral("https://portal.bitrix24.de/rest/event.offline.list.json?start=50")),
              QStringLiteral("https://portal.bitrix24.de/rest/"));
}

TEST(PortalAddress, PagePathIsDropped)
{
    EXPECT_EQ(base(QStringLiteral("https://portal.bitrix24.com/crm/deal/list/")),
              QStringLiteral("https://portal.bitrix24.com/rest/"));
}

TEST(PortalAddress, OnPremiseHostWithPortAndFolder)
{
    EXPECT_EQ(base(QStringLiteral("intranet.example.com:8443")),
              QStringLiteral("https://intranet.example.com:8443/rest/"));
    EXPECT_EQ(base(QStringLiteral("https://intranet.example.com:8443/portal/rest/")),
              QStringLiteral("https://intranet.example.com:8443/portal/rest/"));
}

TEST(PortalAddress, IdnHostBecomesPunycodeAndStaysReadable)
{
    const PortalAddress address = PortalAddress::parse(QStringLiteral("портал.рф"));
    ASSERT_TRUE(address.isValid()) << address.error().toStdString();
    EXPECT_EQ(address.host(), QStringLiteral("xn--80awhdgm.xn--p1ai"));
    EXPECT_EQ(address.restBase().toString(QUrl::FullyEncoded),
              QStringLiteral("https://xn--80awhdgm.xn--p1ai/rest/"));
    EXPECT_EQ(address.displayHost(), QStringLiteral("портал.рф"));
}

TEST(PortalAddress, MethodUrlAppendsMethod)
{
    const PortalAddress address = PortalAddress::parse(QStringLiteral("portal.bitrix24.com"));
    EXPECT_EQ(address.methodUrl(QStringLiteral("event.offline.list")).toString(),
              QStringLiteral("https://portal.bitrix24.com/rest/event.offline.list"));
}

TEST(PortalAddress, RefusesPlainHttpUnlessAllowed)
{
    const QString why = refusal(QStringLiteral("http://intranet.example.com/"));
    EXPECT_TRUE(why.contains(QStringLiteral("https://"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("Allow plain HTTP"))) << why.toStdString();
    EXPECT_EQ(base(QStringLiteral("http://intranet.example.com/"), PortalAddress::HttpPolicy::AllowHttp),
              QStringLiteral("http://intranet.example.com/rest/"));
}

TEST(PortalAddress, LoopbackHttpIsAlwaysAllowed)
{
    EXPECT_EQ(base(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("http://127.0.0.1:8080/rest/"));
    EXPECT_EQ(base(QStringLiteral("http://localhost:9000/rest/")),
              QStringLiteral("http://localhost:9000/rest/"));
    EXPECT_EQ(base(QStringLiteral("http://[::1]:9000/")), QStringLiteral("http://[::1]:9000/rest/"));
    EXPECT_TRUE(PortalAddress::parse(QStringLiteral("http://127.0.0.1:8080")).isLoopback());
}

TEST(PortalAddress, RefusesEmbeddedCredentials)
{
    const QString why = refusal(QStringLiteral("https://admin:secret@portal.bitrix24.com/"));
    EXPECT_TRUE(why.contains(QStringLiteral("user name or password"))) << why.toStdString();
    EXPECT_FALSE(why.contains(QStringLiteral("secret")));
}

TEST(PortalAddress, RefusesWebhookUrlAndNamesWrongAuthType)
{
    const QString why = refusal(QStringLiteral("https://portal.bitrix24.com/rest/1/abcdef1234567890/"));
    EXPECT_TRUE(why.contains(QStringLiteral("WRONG_AUTH_TYPE"))) << why.toStdString();
    EXPECT_TRUE(why.contains(QStringLiteral("OAuth"))) << why.toStdString();
    refusal(QStringLiteral("https://portal.bitrix24.com/rest/17/k3v9x0c2m1q8/event.offline.list.json"));
}

TEST(PortalAddress, RefusesTokenInQuery)
{
    const QString why
        = refusal(QStringLiteral("https://portal.bitrix24.com/rest/event.offline.list?auth=abcdef123456"));
    EXPECT_TRUE(why.contains(QStringLiteral("token"))) << why.toStdString();
    EXPECT_FALSE(why.contains(QStringLiteral("abcdef123456")));
}

TEST(PortalAddress, RefusesGarbageWithMessage)
{
    EXPECT_FALSE(refusal(QString()).isEmpty());
    EXPECT_FALSE(refusal(QStringLiteral("   ")).isEmpty());
    EXPECT_TRUE(refusal(QStringLiteral("ftp://portal.bitrix24.com")).contains(QStringLiteral("ftp")));
    EXPECT_FALSE(refusal(QStringLiteral("https://")).isEmpty());
    EXPECT_FALSE(refusal(QStringLiteral("portal with spaces.com")).isEmpty());
}
