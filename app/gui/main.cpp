// SPDX-License-Identifier: GPL-3.0-or-later
// The window: parse options, optionally start the demo sandbox, show the main window.
#include "DemoSession.h"
#include "MainWindow.h"
#include "QueueOverviewModel.h"
#include "RecordsFilterProxy.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("b24-offline-queue"));
    QApplication::setApplicationName(QStringLiteral("b24-offline-queue"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bitrix24 Offline Queue"));
    QApplication::setApplicationVersion(QStringLiteral(B24_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Inspect and safely clear a Bitrix24 application's offline event queue."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main",
                                                          "Start a local sandbox portal with demo data "
                                                          "and connect to it."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "After the first load, save the window to <file> and quit."),
        QStringLiteral("file"));
    parser.addOption(demo);
    parser.addOption(screenshot);
    parser.process(app);

    b24::ui::MainWindow window;
    window.show();

    b24::ui::DemoSession session;
    if (parser.isSet(demo)) {
        QString error;
        if (!session.start(&error)) {
            QMessageBox::critical(
                &window, QApplication::translate("main", "Demo"),
                QApplication::translate("main", "The sandbox portal did not start: %1").arg(error));
            return 1;
        }
        window.setDemoMode(true);
        window.connectWith(session.profile(), session.credentials());
    }

    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        const auto grabAndQuit = [&window, path] {
            // Show what the tool is for: the oldest stuck batch, with a few rows selected.
            const b24::ui::QueueOverviewModel *overview = window.overviewModel();
            for (const b24::QueueGroup &group : overview->groups()) {
                if (group.stuck) {
                    window.selectGroup(group.key());
                    b24::ui::RecordsFilterProxy *proxy = window.recordsProxy();
                    window.selectRecordIds(proxy->idsOfRows({1, 2, 4}));
                    break;
                }
            }
            // Let the views lay out the last page before grabbing.
            QTimer::singleShot(400, &window, [&window, path] {
                const bool saved = window.grab().save(path);
                QApplication::exit(saved ? 0 : 2);
            });
        };
        if (parser.isSet(demo)) {
            QObject::connect(&window, &b24::ui::MainWindow::loadFinished, &window, grabAndQuit,
                             Qt::SingleShotConnection);
            QObject::connect(&window, &b24::ui::MainWindow::preflightFinished, &window,
                             [grabAndQuit](bool ok) {
                                 if (!ok) {
                                     grabAndQuit();
                                 }
                             });
        } else {
            grabAndQuit();
        }
    }
    return QApplication::exec();
}
