// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "OptionCatalog.h"
#include "OptionReader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace b24::cli {

namespace {

using namespace Qt::StringLiterals;

CommandLine::Outcome usageError(const QString &message, Subcommand command = Subcommand::None)
{
    CommandLine::Outcome outcome;
    outcome.action = CommandLine::Action::UsageError;
    const QString helpHint = command == Subcommand::None
        ? CommandLine::programName() + u" --help"_s
        : CommandLine::programName() + u' ' + CommandLine::commandName(command) + u" --help"_s;
    outcome.text = message + u'\n' + CommandLine::tr("Run '%1' for the options and examples.").arg(helpHint);
    return outcome;
}

// Wraps a paragraph at 100 columns (translations have their own lengths, so no fixed breaks).
QString wrapped(const QString &paragraph)
{
    constexpr qsizetype LineWidth = 100;
    QString text;
    qsizetype used = 0;
    for (const QString &line : paragraph.split(u'\n')) {
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            if (used > 0 && used + 1 + word.size() > LineWidth) {
                text += u'\n';
                used = 0;
            } else if (used > 0) {
                text += u' ';
                ++used;
            }
            text += word;
            used += word.size();
        }
        text += u'\n';
        used = 0;
    }
    text.chop(1);
    return text;
}

} // namespace

QString CommandLine::programName()
{
    return u"b24-offline-queue-cli"_s;
}

QString CommandLine::commandName(Subcommand command)
{
    switch (command) {
    case Subcommand::Check:
        return u"check"_s;
    case Subcommand::Processes:
        return u"processes"_s;
    case Subcommand::List:
        return u"list"_s;
    case Subcommand::Export:
        return u"export"_s;
    case Subcommand::Clear:
        return u"clear"_s;
    case Subcommand::Reserve:
        return u"reserve"_s;
    case Subcommand::MarkError:
        return u"mark-error"_s;
    case Subcommand::SignIn:
        return u"sign-in"_s;
    case Subcommand::None:
        break;
    }
    return {};
}

std::optional<Subcommand> CommandLine::commandFromName(const QString &name)
{
    for (Subcommand command : OptionCatalog::allCommands()) {
        if (commandName(command) == name) {
            return command;
        }
    }
    return std::nullopt;
}

QString CommandLine::exitCodeHelp()
{
    return CommandLine::tr(
        "Exit codes:\n"
        "  0  success (a clear: every row in scope verified gone)\n"
        "  1  error: the portal or the network refused or failed; nothing (more) was changed\n"
        "  2  usage: bad options or input file, or a needed confirmation was not given\n"
        "  3  partial or unknown outcome: some rows are still there, or a request may or may not\n"
        "     have been applied (connection dropped); re-list before acting again\n"
        "  4  authentication or permission: token missing/expired/invalid, not an admin, webhook\n");
}

QString CommandLine::mainHelp()
{
    QString text;
    text += CommandLine::tr("Usage: %1 [global options] <command> [command options]\n\n").arg(programName());
    text += CommandLine::tr("Inspect and safely clear a Bitrix24 application's offline event queue.\n\n");
    text += CommandLine::tr("Commands:\n");
    for (Subcommand command : OptionCatalog::allCommands()) {
        text += u"  "_s + commandName(command).leftJustified(12) + OptionCatalog::summary(command) + u'\n';
    }
    text += CommandLine::tr("\nGlobal options (before or after the command):\n");
    text += OptionCatalog::formatOptions(OptionCatalog::globalOptions());
    text += CommandLine::tr(
        "\nCredentials (never on the command line; there is deliberately no --token option):\n"
        "  --profile NAME   a saved profile; tokens and client secret from the OS keychain\n"
        "  --token-file F   first line = access token, or JSON with access_token, refresh_token,\n"
        "                   client_id, client_secret (optional portal, auth_connector,\n"
        "                   token_endpoint); rewritten in place (mode 0600) when tokens rotate\n"
        "  environment      B24_ACCESS_TOKEN, B24_REFRESH_TOKEN, B24_CLIENT_ID,\n"
        "                   B24_CLIENT_SECRET, B24_PORTAL, B24_AUTH_CONNECTOR, B24_TOKEN_ENDPOINT;\n"
        "                   a rotated token pair is written to the file named by B24_TOKEN_OUT\n");
    text += u'\n' + exitCodeHelp();
    text += CommandLine::tr("\nExamples:\n");
    for (Subcommand command :
         {Subcommand::Check, Subcommand::Processes, Subcommand::List, Subcommand::Clear}) {
        text += u"  "_s + OptionCatalog::examples(command).constFirst() + u'\n';
    }
    text += CommandLine::tr("\nRun '%1 <command> --help' for a command's options and examples.\n")
                .arg(programName());
    return text;
}

QString CommandLine::commandHelp(Subcommand command)
{
    QString text;
    text += CommandLine::tr("Usage: %1 [global options] %2 [options]\n\n")
                .arg(programName(), commandName(command));
    text += OptionCatalog::summary(command) + u'\n';
    if (command == Subcommand::Clear) {
        text += wrapped(CommandLine::tr(
            "\nRows are cleared in one group (the portal addresses a batch by its PROCESS_ID, and \"\" "
            "means every unreserved row). The group's rows are loaded first; IDs that are not in "
            "the group are left out and reported. --all-in-group and any clear of unreserved or "
            "error rows need --yes or a typed confirmation on a terminal. Afterwards the group is "
            "re-listed and the verified outcome printed.\n"));
    } else if (command == Subcommand::MarkError) {
        text += CommandLine::tr(
            "\nThe MESSAGE_IDs are checked against the batch's rows before anything is sent.\n");
    } else if (command == Subcommand::SignIn) {
        text += wrapped(CommandLine::tr(
            "\nPrints the portal's authorization page; open it in a browser signed in to the portal as an "
            "administrator and allow the application. The portal sends its answer to "
            "http://127.0.0.1:PORT/ on this machine, which must be the application's handler address. "
            "On a server, forward the port from your desktop first (ssh -L PORT:127.0.0.1:PORT server). "
            "The new pair goes to the profile's keychain entry, the token file, or the file named by "
            "B24_TOKEN_OUT. Needs the application's client id and client secret, no token.\n"));
    } else if (command == Subcommand::Reserve) {
        text += wrapped(CommandLine::tr(
            "\nReserved rows are hidden from your production consumer until cleared. Needs the "
            "rest_offline_extended feature.\n"));
    }
    const QList<QCommandLineOption> options = OptionCatalog::commandOptions(command);
    if (!options.isEmpty()) {
        text += CommandLine::tr("\nOptions:\n") + OptionCatalog::formatOptions(options);
    }
    text += CommandLine::tr("\nGlobal options: see '%1 --help'.\n").arg(programName());
    text += CommandLine::tr("\nExamples:\n");
    for (const QString &example : OptionCatalog::examples(command)) {
        text += u"  "_s + example + u'\n';
    }
    text += u'\n' + exitCodeHelp();
    return text;
}

CommandLine::Outcome CommandLine::parse(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--"_s) {
            break;
        }
        if (OptionCatalog::isSecretOption(argument)) {
            return usageError(
                CommandLine::tr(
                    "%1 is refused on purpose: a command line is visible to every user of this machine "
                    "(ps, /proc) and ends up in shell history. Give the token through --token-file FILE "
                    "(mode 0600), the environment (B24_ACCESS_TOKEN, B24_REFRESH_TOKEN, B24_CLIENT_ID, "
                    "B24_CLIENT_SECRET) or a saved profile (--profile NAME, secrets in the keychain).")
                    .arg(argument.section(u'=', 0, 0)));
        }
    }

    // First pass: find the command. Every option is known here so a value is never mistaken for it.
    QCommandLineParser first;
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    first.addOptions(OptionCatalog::allOptions());
    if (!first.parse(arguments)) {
        return usageError(first.errorText());
    }
    QStringList positional = first.positionalArguments();
    if (first.isSet(opt::Version)) {
        Outcome outcome;
        outcome.action = Action::Version;
        outcome.text = u"%1 %2\n"_s.arg(programName(), QStringLiteral(B24_VERSION));
        return outcome;
    }
    bool helpCommand = false;
    if (!positional.isEmpty() && positional.constFirst() == u"help"_s) {
        helpCommand = true;
        positional.removeFirst();
    }
    if (positional.isEmpty()) {
        if (first.isSet(opt::Help) || helpCommand) {
            Outcome outcome;
            outcome.action = Action::Help;
            outcome.text = mainHelp();
            return outcome;
        }
        return usageError(CommandLine::tr("No command given."));
    }
    const QString name = positional.constFirst();
    const std::optional<Subcommand> command = commandFromName(name);
    if (!command) {
        QStringList names;
        for (Subcommand known : OptionCatalog::allCommands()) {
            names << commandName(known);
        }
        return usageError(
            CommandLine::tr("Unknown command \"%1\". Commands: %2.").arg(name, names.join(u", "_s)));
    }
    if (helpCommand) {
        Outcome outcome;
        outcome.action = Action::Help;
        outcome.text = commandHelp(*command);
        return outcome;
    }

    // Second pass: the command's own options, before or after its name.
    QCommandLineParser second;
    const QList<QCommandLineOption> defined
        = OptionCatalog::globalOptions() + OptionCatalog::commandOptions(*command);
    second.addOptions(defined);
    if (!second.parse(arguments)) {
        return usageError(second.errorText(), *command);
    }
    if (second.isSet(opt::Help)) {
        Outcome outcome;
        outcome.action = Action::Help;
        outcome.text = commandHelp(*command);
        return outcome;
    }
    const QStringList rest = second.positionalArguments();
    if (rest.size() > 1) {
        return usageError(CommandLine::tr("Unexpected argument \"%1\" after the command.").arg(rest.at(1)),
                          *command);
    }

    Outcome outcome;
    outcome.action = Action::Run;
    CliOptions &options = outcome.options;
    options.command = *command;
    const QString problem = OptionReader::read(second, defined, *command, options);
    if (!problem.isEmpty()) {
        return usageError(problem, *command);
    }
    return outcome;
}

} // namespace b24::cli
