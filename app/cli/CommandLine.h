// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"
#include "ExitCode.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace b24::cli {

// Turns argv into CliOptions with QCommandLineParser: global options, then a subcommand with its
// own options and its own --help. Never exits the process and never prints: the caller decides.
// Secrets are never accepted here; --token and friends are refused with the reason.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(b24::cli::CommandLine)

public:
    enum class Action { Run, Help, Version, UsageError };

    struct Outcome {
        Action action = Action::UsageError;
        CliOptions options;
        QString text; // help text, or the usage error message (with a hint to --help)
    };

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    static Outcome parse(const QStringList &arguments);

    static QString programName();
    static QString mainHelp();
    static QString commandHelp(Subcommand command);
    static QString exitCodeHelp();
    static QString commandName(Subcommand command);
    static std::optional<Subcommand> commandFromName(const QString &name);
};

} // namespace b24::cli
