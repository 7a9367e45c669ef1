// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestBrowser.h"

#include "TestSupport.h"

#include <QNetworkReply>
#include <QTcpServer>

#include <gtest/gtest.h>

namespace b24::test {

TestBrowser::Page TestBrowser::visit(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        QString fingerprint;
        QString problems;
        m_pins.ignoreIfPinned(reply, errors, &fingerprint, &problems);
    });
    EXPECT_TRUE(waitUntil([reply] { return reply->isFinished(); }, 5000)) << url.toString().toStdString();
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->hasRawHeader("Location"))
        page.location = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    page.body = QString::fromUtf8(reply->readAll());
    reply->deleteLater();
    return page;
}

quint16 TestBrowser::freeLoopbackPort()
{
    QTcpServer probe;
    EXPECT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

} // namespace b24::test
