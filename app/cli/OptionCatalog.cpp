// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionCatalog.h"

#include "CommandLine.h"

#include <QSet>

#include <algorithm>

namespace b24::cli {

using namespace Qt::StringLiterals;

// Free functions call CommandLine::tr() rather than a tr() helper: lupdate files an unqualified call
// under the enclosing namespace or class, which would not match this context at run time.

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &valueName)
{
    return QCommandLineOption(name, description, valueName);
}

QList<QCommandLineOption> groupOptions()
{
    return {
        valueOption(opt::Process, CommandLine::tr("The reserved batch with this PROCESS_ID."),
                    CommandLine::tr("P")),
        {opt::Unreserved, CommandLine::tr("The unreserved rows (PROCESS_ID empty, ERROR 0).")},
        {opt::Errors, CommandLine::tr("The error rows (marked failed with event.offline.error, ERROR 1).")},
    };
}

QList<QCommandLineOption> selectionFilterOptions()
{
    return {
        valueOption(opt::Event,
                    CommandLine::tr("Only this event, e.g. ONCRMDEALUPDATE (case does not matter)."),
                    CommandLine::tr("NAME")),
        valueOption(opt::IdFrom, CommandLine::tr("Only rows with ID >= N."), CommandLine::tr("N")),
        valueOption(opt::IdTo, CommandLine::tr("Only rows with ID <= N."), CommandLine::tr("N")),
        valueOption(opt::Since, CommandLine::tr("Only rows with TIMESTAMP_X at or after this ISO-8601 time."),
                    CommandLine::tr("TIME")),
        valueOption(opt::Until,
                    CommandLine::tr("Only rows with TIMESTAMP_X at or before this ISO-8601 time."),
                    CommandLine::tr("TIME")),
    };
}

QList<QCommandLineOption> listFilterOptions()
{
    QList<QCommandLineOption> options = selectionFilterOptions();
    options << QCommandLineOption(opt::ErrorOnly, CommandLine::tr("Only rows with ERROR 1."))
            << QCommandLineOption(opt::NoError, CommandLine::tr("Only rows with ERROR 0."))
            << valueOption(
                   opt::Order,
                   CommandLine::tr("Sort by ID, TIMESTAMP_X, EVENT_NAME, MESSAGE_ID, PROCESS_ID or ERROR "
                                   "(default ID:ASC)."),
                   CommandLine::tr("FIELD:ASC|DESC"));
    return options;
}

QList<QCommandLineOption> scopeOptions()
{
    return {
        valueOption(opt::Id, CommandLine::tr("Event ID to act on; repeat it or give a comma list (1,2,3)."),
                    CommandLine::tr("ID")),
        valueOption(opt::MessageId,
                    CommandLine::tr("MESSAGE_ID (32 hex characters); repeatable, comma lists allowed."),
                    CommandLine::tr("MID")),
        valueOption(opt::IdsFrom,
                    CommandLine::tr("Read IDs or MESSAGE_IDs from FILE, one per line, '#' comments."),
                    CommandLine::tr("FILE")),
    };
}

QCommandLineOption dryRunOption()
{
    return {opt::DryRun,
            CommandLine::tr("Print exactly the HTTP requests that would be sent (token masked); send "
                            "nothing that changes data.")};
}

} // namespace

QList<QCommandLineOption> OptionCatalog::globalOptions()
{
    return {
        {{u"h"_s, opt::Help},
         CommandLine::tr("Show help. After a command: that command's options and examples.")},
        {opt::Version, CommandLine::tr("Show the version and exit.")},
        {opt::Portal,
         CommandLine::tr("Portal address, e.g. example.bitrix24.com (default: profile, then B24_PORTAL)."),
         CommandLine::tr("URL")},
        {opt::Profile, CommandLine::tr("Use a saved connection profile; its secrets come from the keychain."),
         CommandLine::tr("NAME")},
        {opt::Connector,
         CommandLine::tr(
             "auth_connector whose queue to use (default: profile, then B24_AUTH_CONNECTOR; \"\" = none)."),
         CommandLine::tr("ID")},
        {opt::TokenFile,
         CommandLine::tr(
             "Read credentials from FILE: the access token on the first line, or a JSON object with "
             "access_token, refresh_token, client_id, client_secret. Keep it mode 0600."),
         CommandLine::tr("FILE")},
        {opt::Rate,
         CommandLine::tr("Client-side pacing: R requests per second, optional burst B (default 2/50; "
                         "Enterprise portals allow 5/250)."),
         CommandLine::tr("R[/B]")},
        {opt::Burst, CommandLine::tr("Burst size of the pacing bucket (same as the /B of --rate)."),
         CommandLine::tr("B")},
        {opt::InsecurePin,
         CommandLine::tr(
             "Accept this exact self-signed certificate (SHA-256 of the certificate, hex) for the portal "
             "host."),
         CommandLine::tr("SHA256")},
        {opt::Timeout, CommandLine::tr("Transfer timeout per request in seconds (default 30)."),
         CommandLine::tr("S")},
        {opt::AllowHttp,
         CommandLine::tr("Allow plain http:// for an on-premise intranet portal (loopback always is).")},
        {{u"v"_s, opt::Verbose},
         CommandLine::tr("Log every request and response to stderr, secrets masked.")},
        {opt::Json, CommandLine::tr("Print one JSON document on stdout instead of tables.")},
    };
}

QList<QCommandLineOption> OptionCatalog::commandOptions(Subcommand command)
{
    QList<QCommandLineOption> options;
    switch (command) {
    case Subcommand::Check:
    case Subcommand::None:
        break;
    case Subcommand::Processes:
        options << valueOption(opt::StuckAfter,
                               CommandLine::tr("Flag batches older than this many hours (default 24)."),
                               CommandLine::tr("HOURS"));
        break;
    case Subcommand::List:
        options << groupOptions() << listFilterOptions()
                << valueOption(opt::Limit, CommandLine::tr("Show at most N rows (default 100; 0 = all)."),
                               CommandLine::tr("N"));
        break;
    case Subcommand::Export:
        options << groupOptions() << listFilterOptions()
                << valueOption(opt::Limit, CommandLine::tr("Write at most N rows (default: all)."),
                               CommandLine::tr("N"))
                << valueOption(
                       opt::Format,
                       CommandLine::tr("jsonl (default on stdout), csv or json; default from the --output "
                                       "extension."),
                       CommandLine::tr("FORMAT"))
                << valueOption(opt::Output, CommandLine::tr("Write to FILE instead of stdout."),
                               CommandLine::tr("FILE"));
        break;
    case Subcommand::Clear:
        options << groupOptions() << scopeOptions()
                << QCommandLineOption(
                       opt::AllInGroup,
                       CommandLine::tr("Every row of the group: its IDs are loaded first and exactly "
                                       "those are cleared."))
                << QCommandLineOption(
                       opt::Yes, CommandLine::tr("Do not ask for confirmation (needed without a terminal)."))
                << dryRunOption();
        break;
    case Subcommand::Reserve:
        options << valueOption(opt::Event, CommandLine::tr("Only this event, e.g. ONCRMLEADADD."),
                               CommandLine::tr("NAME"))
                << valueOption(opt::IdFrom, CommandLine::tr("Only rows with ID >= N."), CommandLine::tr("N"))
                << valueOption(opt::IdTo, CommandLine::tr("Only rows with ID <= N."), CommandLine::tr("N"))
                << QCommandLineOption(opt::ErrorOnly,
                                      CommandLine::tr("Reserve error rows (ERROR 1) instead of normal ones."))
                << valueOption(opt::Limit,
                               CommandLine::tr("Reserve at most N rows (default 50, at most 5000)."),
                               CommandLine::tr("N"))
                << valueOption(opt::Order, CommandLine::tr("Not supported: rows are reserved in ID order."),
                               CommandLine::tr("FIELD:DIR"))
                << dryRunOption();
        break;
    case Subcommand::MarkError:
        options << valueOption(opt::Process,
                               CommandLine::tr("The reserved batch (PROCESS_ID) holding the rows."),
                               CommandLine::tr("P"))
                << valueOption(opt::MessageId,
                               CommandLine::tr("MESSAGE_ID to mark failed; repeatable, comma lists allowed."),
                               CommandLine::tr("MID"))
                << valueOption(opt::IdsFrom,
                               CommandLine::tr("Read MESSAGE_IDs from FILE, one per line, '#' comments."),
                               CommandLine::tr("FILE"))
                << dryRunOption();
        break;
    case Subcommand::SignIn:
        options << valueOption(opt::Port,
                               CommandLine::tr("Local port for the portal's answer (default: the profile's, "
                                               "else 52180); the application's handler address must be "
                                               "http://127.0.0.1:PORT/."),
                               CommandLine::tr("PORT"));
        break;
    }
    return options;
}

const QList<Subcommand> &OptionCatalog::allCommands()
{
    static const QList<Subcommand> commands {
        Subcommand::Check, Subcommand::Processes, Subcommand::List,      Subcommand::Export,
        Subcommand::Clear, Subcommand::Reserve,   Subcommand::MarkError, Subcommand::SignIn};
    return commands;
}

QString OptionCatalog::summary(Subcommand command)
{
    switch (command) {
    case Subcommand::Check:
        return CommandLine::tr("Check the connection: app token, admin right, features, rows visible.");
    case Subcommand::Processes:
        return CommandLine::tr(
            "Show the groups (unreserved, errors, reserved batches) with counts and ages.");
    case Subcommand::List:
        return CommandLine::tr("List rows (read-only), with group, filters, order and limit.");
    case Subcommand::Export:
        return CommandLine::tr("Write rows as JSON lines, CSV or JSON (read-only).");
    case Subcommand::Clear:
        return CommandLine::tr(
            "Delete rows of one group by ID, MESSAGE_ID or the whole group; verified by re-listing.");
    case Subcommand::Reserve:
        return CommandLine::tr("Reserve unreserved rows into a new batch (event.offline.get with clear=0).");
    case Subcommand::MarkError:
        return CommandLine::tr("Mark rows of a batch as failed (event.offline.error).");
    case Subcommand::SignIn:
        return CommandLine::tr(
            "Get a new token pair through the browser and store it (keychain, token file).");
    case Subcommand::None:
        break;
    }
    return {};
}

QStringList OptionCatalog::examples(Subcommand command)
{
    const QString p = CommandLine::programName();
    switch (command) {
    case Subcommand::Check:
        return {p + u" --portal example.bitrix24.com --token-file ~/.config/b24/token.json check"_s,
                p + u" --profile prod --json check"_s};
    case Subcommand::Processes:
        return {p + u" --profile prod processes"_s, p + u" --profile prod processes --stuck-after 2"_s};
    case Subcommand::List:
        return {p + u" --profile prod list --unreserved --event ONCRMDEALUPDATE --limit 20"_s,
                p + u" --profile prod list --since 2025-03-01T00:00:00+03:00 --order TIMESTAMP_X:DESC"_s,
                p + u" --profile prod --json list --errors --limit 0"_s};
    case Subcommand::Export:
        return {p + u" --profile prod export --output queue.jsonl"_s,
                p + u" --profile prod export --process k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8 --format csv"_s};
    case Subcommand::Clear:
        return {p + u" --profile prod clear --process k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8 --id 41,42"_s,
                p + u" --profile prod clear --unreserved --ids-from stale-ids.txt --dry-run"_s,
                p + u" --profile prod clear --errors --all-in-group --yes"_s};
    case Subcommand::Reserve:
        return {p + u" --profile prod reserve --limit 10 --event ONCRMLEADADD --dry-run"_s,
                p + u" --profile prod reserve --limit 100 --id-to 5000"_s};
    case Subcommand::MarkError:
        return {p
                + u" --profile prod mark-error --process k3v9x0c2m1q8z7w6r5t4y3u2i1o0p9a8 "
                  "--message-id 9f1c2b7a0d4e5f60718293a4b5c6d7e8 --dry-run"_s};
    case Subcommand::SignIn:
        return {p + u" --profile prod sign-in"_s,
                u"B24_PORTAL=example.bitrix24.com B24_CLIENT_ID=local.abc.123 B24_CLIENT_SECRET=… "
                "B24_TOKEN_OUT=token.json "_s
                    + p + u" sign-in --port 52180"_s};
    case Subcommand::None:
        break;
    }
    return {};
}

QString OptionCatalog::formatOptions(const QList<QCommandLineOption> &options)
{
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names()) {
            names << (name.size() == 1 ? u"-"_s : u"--"_s) + name;
        }
        QString left = names.join(u", "_s);
        if (!option.valueName().isEmpty()) {
            left += u' ' + option.valueName();
        }
        width = std::max(width, left.size());
        rows.append({left, option.description()});
    }
    // Descriptions wrap at 100 columns under their own column, like QCommandLineParser's help.
    constexpr qsizetype LineWidth = 100;
    const qsizetype indent = 2 + width + 2;
    const qsizetype room = std::max<qsizetype>(LineWidth - indent, 30);
    QString text;
    for (const auto &[left, description] : rows) {
        QString line = u"  "_s + left.leftJustified(width + 2);
        qsizetype used = 0;
        for (const QString &word : description.split(u' ', Qt::SkipEmptyParts)) {
            if (used > 0 && used + 1 + word.size() > room) {
                text += line + u'\n';
                line = QString(indent, u' ');
                used = 0;
            }
            if (used > 0) {
                line += u' ';
                ++used;
            }
            line += word;
            used += word.size();
        }
        text += line + u'\n';
    }
    return text;
}

bool OptionCatalog::isSecretOption(const QString &argument)
{
    static const QSet<QString> refused {u"--token"_s,         u"--access-token"_s, u"--refresh-token"_s,
                                        u"--client-secret"_s, u"--auth"_s,         u"--secret"_s};
    return refused.contains(argument.section(u'=', 0, 0));
}

QList<QCommandLineOption> OptionCatalog::allOptions()
{
    QList<QCommandLineOption> everything = globalOptions();
    QSet<QString> seen;
    for (const QCommandLineOption &option : std::as_const(everything)) {
        seen.insert(option.names().constLast());
    }
    for (Subcommand command : allCommands()) {
        for (const QCommandLineOption &option : commandOptions(command)) {
            if (!seen.contains(option.names().constLast())) {
                seen.insert(option.names().constLast());
                everything.append(option);
            }
        }
    }
    return everything;
}

} // namespace b24::cli
