// SPDX-License-Identifier: GPL-3.0-or-later
// The window: parse options, optionally start the demo sandbox, show the main window.
#include "DemoSession.h"
#include "LogPanel.h"
#include "MainWindow.h"
#include "QueueOverviewModel.h"
#include "RecordsFilterProxy.h"
#include "Translations.h"
#include "settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("b24-offline-queue"));
    QCoreApplication::setApplicationName(QStringLiteral("b24-offline-queue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B24_VERSION));
}

// The language chosen in the settings ("system" follows the locale). Installed before any text
// is built, so --help and the window come up in that language.
void installTranslations(QCoreApplication *app)
{
    QSettings settings;
    b24::Translations::install(app, b24::AppSettings(&settings).language());
}

struct Options {
    QCommandLineOption demo {QStringLiteral("demo"),
                             QCoreApplication::translate("main",
                                                         "Start a local sandbox portal with demo data "
                                                         "and connect to it.")};
    QCommandLineOption screenshot {
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "After the first load, save the window to <file> and quit."),
        QStringLiteral("file")};
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Inspect and safely clear a Bitrix24 application's offline event queue."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
    parser.addOption(options.screenshot);
}

// --help and --version print and exit; they must work without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(&app);
        QCommandLineParser parser;
        const Options options;
        configure(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    installTranslations(&app);
    QApplication::setApplicationDisplayName(QStringLiteral("Bitrix24 Offline Queue"));
    // Matches the installed .desktop file, so Wayland compositors find the icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.b24offlinequeue.B24OfflineQueue"));
    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    parser.process(app);
    const QCommandLineOption &demo = options.demo;
    const QCommandLineOption &screenshot = options.screenshot;

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
            // Show what the tool is for: the oldest stuck batch, with a few rows selected, and
            // the log panel explaining the requests that loaded it.
            if (auto *log = window.findChild<b24::ui::LogPanel *>(QStringLiteral("logPanel"))) {
                log->show();
                log->tableView()->selectRow(log->tableView()->model()->rowCount() - 1);
            }
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
