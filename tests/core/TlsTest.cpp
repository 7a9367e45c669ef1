// SPDX-License-Identifier: GPL-3.0-or-later
// Self-signed portal certificate: refused with host and fingerprint, accepted only when pinned.
#include "RestClientHarness.h"
#include "net/CertificatePins.h"

using namespace b24;
using namespace b24::test;

namespace {

struct TlsFixture : ::testing::Test {
    static void SetUpTestSuite()
    {
        QString error;
        s_ready = ScriptedHttpServer::makeSelfSignedCertificate(&s_certificate, &s_key, &error);
        s_error = error;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_ready) << s_error.toStdString();
        ASSERT_TRUE(harness.portal.listenTls(s_certificate, s_key));
        harness.client.setPortal(PortalAddress::parse(harness.portal.baseUrl().toString()));
        harness.portal.setHandler([](const HttpRequest &) { return ScriptedResponse::json(200, okList(1)); });
    }

    RestClientHarness harness {false};
    static inline QSslCertificate s_certificate {QByteArray()};
    static inline QSslKey s_key;
    static inline bool s_ready = false;
    static inline QString s_error;
};

} // namespace

TEST_F(TlsFixture, SelfSignedCertificateIsRefusedNamingHostAndFingerprint)
{
    const QString fingerprint = CertificatePins::fingerprint(s_certificate);
    ASSERT_EQ(fingerprint.size(), 95); // 32 bytes as "AB:" pairs
    const RestResult result = harness.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::TransportError);
    EXPECT_EQ(result.errorCode, QStringLiteral("TLS_CERTIFICATE"));
    EXPECT_TRUE(result.explanation.explanation.contains(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(result.explanation.explanation.contains(fingerprint))
        << result.explanation.explanation.toStdString();
    EXPECT_EQ(harness.portal.requestCount(), 0)
        << "no request (and no token) crossed an unverified connection";
}

TEST_F(TlsFixture, PinnedCertificateIsAccepted)
{
    harness.client.pinCertificate(QStringLiteral("127.0.0.1"),
                                  CertificatePins::fingerprint(s_certificate).toLower());
    const RestResult result = harness.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.status, CallStatus::Ok) << result.explanation.explanation.toStdString();
    EXPECT_EQ(harness.portal.requestCount(), 1);
}

TEST_F(TlsFixture, PinForAnotherHostOrCertificateDoesNotApply)
{
    harness.client.pinCertificate(QStringLiteral("localhost"), CertificatePins::fingerprint(s_certificate));
    harness.client.pinCertificate(QStringLiteral("127.0.0.1"), QString(64, QLatin1Char('a')));
    const RestResult result = harness.run(QStringLiteral("event.offline.list"));
    EXPECT_EQ(result.errorCode, QStringLiteral("TLS_CERTIFICATE"));
    EXPECT_EQ(harness.portal.requestCount(), 0);
}

TEST(CertificatePins, NormalisesFingerprintsAndRejectsGarbage)
{
    const QString colons = QStringLiteral(
        "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");
    EXPECT_EQ(CertificatePins::normalise(colons), colons.toLower().remove(QLatin1Char(':')));
    EXPECT_TRUE(CertificatePins::normalise(QStringLiteral("abc")).isEmpty());
    EXPECT_TRUE(CertificatePins::normalise(QString(64, QLatin1Char('z'))).isEmpty());
}
