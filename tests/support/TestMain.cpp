// SPDX-License-Identifier: GPL-3.0-or-later
// GoogleTest main for non-GUI tests: a QCoreApplication so QNetworkAccessManager, timers and
// queued signals work.
#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char *argv[])
{
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("b24-offline-queue-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("b24-offline-queue-tests"));
    return RUN_ALL_TESTS();
}
