// SPDX-License-Identifier: GPL-3.0-or-later
// b24-offline-queue-cli: the command-line companion. All logic lives in the b24cli library.
#include "CliRunner.h"
#include "Console.h"
#include "Translations.h"
#include "settings/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Same names as the window, so --profile finds the profiles saved there.
    QCoreApplication::setOrganizationName(QStringLiteral("b24-offline-queue"));
    QCoreApplication::setApplicationName(QStringLiteral("b24-offline-queue"));
    QCoreApplication::setApplicationVersion(QStringLiteral(B24_VERSION));
    {
        // The window's language setting ("system" by default) applies to the CLI too.
        QSettings settings;
        b24::Translations::install(&app, b24::AppSettings(&settings).language());
    }

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    b24::cli::Console console(&out, &err, b24::cli::Console::stderrIsTerminalNow());
    b24::cli::CliRunner runner(&console, QProcessEnvironment::systemEnvironment());
    return runner.exec(QCoreApplication::arguments());
}
