// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "IdFileReader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace b24::cli {

namespace {

using namespace Qt::StringLiterals;

// Option names, in one place so parser and help never disagree.
namespace opt {
const auto Help = u"help"_s;
const auto Version = u"version"_s;
const auto Portal = u"portal"_s;
const auto Profile = u"profile"_s;
const auto Connector = u"connector"_s;
const auto TokenFile = u"token-file"_s;
const auto Rate = u"rate"_s;
const auto Burst = u"burst"_s;
const auto InsecurePin = u"insecure-pin"_s;
const auto Timeout = u"timeout"_s;
const auto AllowHttp = u"allow-http"_s;
const auto Verbose = u"verbose"_s;
const auto Json = u"json"_s;
const auto Process = u"process"_s;
const auto Unreserved = u"unreserved"_s;
const auto Errors = u"errors"_s;
const auto Event = u"event"_s;
const auto IdFrom = u"id-from"_s;
const auto IdTo = u"id-to"_s;
const auto Since = u"since"_s;
const auto Until = u"until"_s;
const auto ErrorOnly = u"error"_s;
const auto NoError = u"no-error"_s;
const auto Order = u"order"_s;
const auto Limit = u"limit"_s;
const auto Id = u"id"_s;
const auto MessageId = u"message-id"_s;
const auto IdsFrom = u"ids-from"_s;
const auto AllInGroup = u"all-in-group"_s;
const auto Yes = u"yes"_s;
const auto DryRun = u"dry-run"_s;
const auto Format = u"format"_s;
const auto Output = u"output"_s;
const auto StuckAfter = u"stuck-after"_s;
} // namespace opt

// Free functions call CommandLine::tr() rather than a tr() helper: lupdate files an unqualified call
// under the enclosing namespace or class, which would not match this context at run time.

QList<QCommandLineOption> globalOptions()
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

QList<QCommandLineOption> commandOptions(Subcommand command)
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
    }
    return options;
}

const QList<Subcommand> &allCommands()
{
    static const QList<Subcommand> commands {Subcommand::Check,    Subcommand::Processes, Subcommand::List,
                                             Subcommand::Export,   Subcommand::Clear,     Subcommand::Reserve,
                                             Subcommand::MarkError};
    return commands;
}

QString commandSummary(Subcommand command)
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
    case Subcommand::None:
        break;
    }
    return {};
}

QStringList commandExamples(Subcommand command)
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
    case Subcommand::None:
        break;
    }
    return {};
}

QString formatOptions(const QList<QCommandLineOption> &options)
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
    QString text;
    for (const auto &[left, description] : rows) {
        text += u"  "_s + left.leftJustified(width + 2) + description + u'\n';
    }
    return text;
}

bool isSecretOption(const QString &argument)
{
    static const QSet<QString> refused {u"--token"_s,         u"--access-token"_s, u"--refresh-token"_s,
                                        u"--client-secret"_s, u"--auth"_s,         u"--secret"_s};
    return refused.contains(argument.section(u'=', 0, 0));
}

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

// Collects validation errors; the first one is reported.
class Reader
{
public:
    Reader(const QCommandLineParser &parser, const QList<QCommandLineOption> &defined, CliOptions &options)
        : m_parser(parser), m_options(options)
    {
        for (const QCommandLineOption &option : defined) {
            m_defined.insert(option.names().constLast());
        }
    }

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool failed() const { return !m_error.isEmpty(); }
    void fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
        }
    }
    // Options the command does not define count as not set (QCommandLineParser would warn).
    bool isSet(const QString &name) const { return m_defined.contains(name) && m_parser.isSet(name); }
    QString value(const QString &name) const { return isSet(name) ? m_parser.value(name) : QString(); }

    std::optional<qint64> positiveInteger(const QString &name, qint64 minimum = 1)
    {
        if (!isSet(name)) {
            return std::nullopt;
        }
        bool ok = false;
        const QString text = value(name).trimmed();
        const qint64 number = text.toLongLong(&ok);
        if (!ok || number < minimum) {
            fail(minimum == 0
                     ? CommandLine::tr("--%1 needs a whole number of 0 or more, not \"%2\".").arg(name, text)
                     : CommandLine::tr("--%1 needs a positive whole number, not \"%2\".").arg(name, text));
            return std::nullopt;
        }
        return number;
    }

    QDateTime time(const QString &name)
    {
        if (!isSet(name)) {
            return {};
        }
        const QString text = value(name).trimmed();
        QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
        if (!parsed.isValid()) {
            const QDate date = QDate::fromString(text, Qt::ISODate);
            if (date.isValid()) {
                parsed = date.startOfDay();
            }
        }
        if (!parsed.isValid()) {
            fail(CommandLine::tr(
                     "--%1 needs an ISO-8601 time such as 2025-03-01T10:15:02+03:00 or 2025-03-01, not "
                     "\"%2\".")
                     .arg(name, text));
        }
        return parsed;
    }

    void readGlobal()
    {
        m_options.portal = value(opt::Portal).trimmed();
        m_options.profile = value(opt::Profile).trimmed();
        if (isSet(opt::Connector)) {
            m_options.connector = value(opt::Connector).trimmed();
        }
        m_options.tokenFile = value(opt::TokenFile);
        m_options.allowHttp = isSet(opt::AllowHttp);
        m_options.verbose = isSet(opt::Verbose);
        m_options.json = isSet(opt::Json);
        if (isSet(opt::TokenFile) && m_options.tokenFile.isEmpty()) {
            fail(CommandLine::tr("--token-file needs a file name."));
        }
        if (isSet(opt::Portal) && m_options.portal.isEmpty()) {
            fail(CommandLine::tr("--portal needs an address, e.g. example.bitrix24.com."));
        }
        if (isSet(opt::Profile) && m_options.profile.isEmpty()) {
            fail(CommandLine::tr("--profile needs a profile name."));
        }
        readRate();
        if (isSet(opt::Timeout)) {
            const auto seconds = positiveInteger(opt::Timeout);
            if (seconds && *seconds > 3600) {
                fail(CommandLine::tr("--timeout is in seconds and at most 3600, not %1.").arg(*seconds));
            } else if (seconds) {
                m_options.timeoutSeconds = int(*seconds);
            }
        }
        if (isSet(opt::InsecurePin)) {
            QString pin = value(opt::InsecurePin).trimmed().remove(u':').toLower();
            static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
            if (!hex.match(pin).hasMatch()) {
                fail(CommandLine::tr(
                    "--insecure-pin needs the certificate's SHA-256 fingerprint: 64 hex digits, colons "
                    "allowed. The connection error message shows it."));
            }
            m_options.pinnedSha256 = pin;
        }
    }

    void readRate()
    {
        if (isSet(opt::Rate)) {
            const QString text = value(opt::Rate).trimmed();
            const QString ratePart = text.section(u'/', 0, 0);
            bool ok = false;
            const double rate = ratePart.toDouble(&ok);
            if (!ok || rate <= 0 || rate > 1000) {
                fail(CommandLine::tr(
                         "--rate needs requests per second, optionally with a burst: 2, 0.5 or 5/250; not "
                         "\"%1\".")
                         .arg(text));
            } else {
                m_options.rate = rate;
            }
            if (text.contains(u'/')) {
                const int burst = text.section(u'/', 1).toInt(&ok);
                if (!ok || burst < 1) {
                    fail(CommandLine::tr(
                             "The burst in --rate R/B must be a positive whole number, not \"%1\".")
                             .arg(text.section(u'/', 1)));
                } else {
                    m_options.burst = burst;
                }
            }
        }
        if (isSet(opt::Burst)) {
            if (m_options.burst) {
                fail(CommandLine::tr("Give the burst once: either --rate R/B or --burst B."));
            }
            if (const auto burst = positiveInteger(opt::Burst)) {
                m_options.burst = int(*burst);
            }
        }
    }

    void readGroup(bool required)
    {
        int given = 0;
        if (isSet(opt::Process)) {
            ++given;
            m_options.group = GroupChoice::Process;
            m_options.processId = value(opt::Process).trimmed();
            if (m_options.processId.isEmpty()) {
                fail(CommandLine::tr("--process needs a PROCESS_ID; for rows without one use --unreserved."));
            }
        }
        if (isSet(opt::Unreserved)) {
            ++given;
            m_options.group = GroupChoice::Unreserved;
        }
        if (isSet(opt::Errors)) {
            ++given;
            m_options.group = GroupChoice::Errors;
        }
        if (given > 1) {
            fail(CommandLine::tr("Choose one group: --process P, --unreserved or --errors."));
        } else if (given == 0 && required) {
            fail(CommandLine::tr(
                     "Choose the group to clear: --process P (a reserved batch), --unreserved or --errors. "
                     "'%1 processes' shows them.")
                     .arg(CommandLine::programName()));
        }
    }

    void readSelectionFilter()
    {
        if (isSet(opt::Event)) {
            m_options.filter.eventName = value(opt::Event).trimmed().toUpper();
            if (m_options.filter.eventName.isEmpty()) {
                fail(CommandLine::tr("--event needs an event name, e.g. ONCRMDEALUPDATE."));
            }
        }
        if (const auto from = positiveInteger(opt::IdFrom)) {
            m_options.filter.idFrom = *from;
        }
        if (const auto to = positiveInteger(opt::IdTo)) {
            m_options.filter.idTo = *to;
        }
        if (m_options.filter.idFrom && m_options.filter.idTo
            && *m_options.filter.idFrom > *m_options.filter.idTo) {
            fail(CommandLine::tr("--id-from %1 is greater than --id-to %2: no row can match.")
                     .arg(*m_options.filter.idFrom)
                     .arg(*m_options.filter.idTo));
        }
        m_options.filter.timeFrom = time(opt::Since);
        m_options.filter.timeTo = time(opt::Until);
        if (m_options.filter.timeFrom.isValid() && m_options.filter.timeTo.isValid()
            && m_options.filter.timeFrom > m_options.filter.timeTo) {
            fail(CommandLine::tr("--since is later than --until: no row can match."));
        }
    }

    void readListFilter()
    {
        readSelectionFilter();
        if (isSet(opt::ErrorOnly) && isSet(opt::NoError)) {
            fail(CommandLine::tr("--error and --no-error exclude each other."));
        } else if (isSet(opt::ErrorOnly) || isSet(opt::NoError)) {
            if (m_options.group == GroupChoice::Unreserved || m_options.group == GroupChoice::Errors) {
                fail(CommandLine::tr(
                    "--error/--no-error cannot be combined with --unreserved or --errors, which "
                    "already fix the ERROR flag."));
            }
            m_options.filter.error = isSet(opt::ErrorOnly);
        }
        if (isSet(opt::Order)) {
            readOrder();
        }
    }

    void readOrder()
    {
        static const QStringList fields {u"ID"_s,         u"TIMESTAMP_X"_s, u"EVENT_NAME"_s,
                                         u"MESSAGE_ID"_s, u"PROCESS_ID"_s,  u"ERROR"_s};
        const QString text = value(opt::Order).trimmed();
        const QString field = text.section(u':', 0, 0).toUpper();
        const QString direction = text.contains(u':') ? text.section(u':', 1).toUpper() : u"ASC"_s;
        if (!fields.contains(field)) {
            fail(CommandLine::tr("--order: unknown field \"%1\"; use one of %2.")
                     .arg(field, fields.join(u", "_s)));
            return;
        }
        if (direction != u"ASC"_s && direction != u"DESC"_s) {
            fail(CommandLine::tr("--order: the direction must be ASC or DESC, not \"%1\".").arg(direction));
            return;
        }
        m_options.order.field = field;
        m_options.order.descending = direction == u"DESC"_s;
        m_options.order.given = true;
    }

    void readLimit(std::optional<int> defaultLimit, qint64 minimum)
    {
        m_options.limit = defaultLimit;
        if (const auto limit = positiveInteger(opt::Limit, minimum)) {
            if (*limit > 1000000000) {
                fail(CommandLine::tr("--limit %1 is too large.").arg(*limit));
            } else {
                m_options.limit = int(*limit);
            }
        }
    }

    // --id, --message-id and --ids-from, merged. Returns false when a value was bad.
    void readScope()
    {
        for (const QString &value : isSet(opt::Id) ? m_parser.values(opt::Id) : QStringList()) {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                qint64 id = 0;
                if (!IdFileReader::parseId(part.trimmed(), &id)) {
                    fail(CommandLine::tr(
                             "--id needs positive whole numbers (comma lists allowed), not \"%1\".")
                             .arg(part.trimmed()));
                    return;
                }
                m_options.ids.append(id);
            }
        }
        for (const QString &value : isSet(opt::MessageId) ? m_parser.values(opt::MessageId) : QStringList()) {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                if (!IdFileReader::isMessageId(part.trimmed())) {
                    fail(CommandLine::tr("--message-id needs 32 hexadecimal characters, not \"%1\".")
                             .arg(part.trimmed()));
                    return;
                }
                m_options.messageIds.append(part.trimmed().toLower());
            }
        }
        if (isSet(opt::IdsFrom)) {
            m_options.idsFromFile = value(opt::IdsFrom);
            const IdFileReader::Result file = IdFileReader::readFile(m_options.idsFromFile);
            if (!file.ok()) {
                fail(file.error);
                return;
            }
            m_options.ids.append(file.ids);
            m_options.messageIds.append(file.messageIds);
        }
        m_options.ids = dedup(m_options.ids);
        m_options.messageIds.removeDuplicates();
    }

    static QList<qint64> dedup(const QList<qint64> &values)
    {
        QList<qint64> result;
        QSet<qint64> seen;
        for (qint64 value : values) {
            if (!seen.contains(value)) {
                seen.insert(value);
                result.append(value);
            }
        }
        return result;
    }

private:
    const QCommandLineParser &m_parser;
    CliOptions &m_options;
    QSet<QString> m_defined;
    QString m_error;
};

void readClear(Reader &reader, CliOptions &options)
{
    reader.readGroup(true);
    reader.readScope();
    options.allInGroup = reader.isSet(opt::AllInGroup);
    options.yes = reader.isSet(opt::Yes);
    options.dryRun = reader.isSet(opt::DryRun);
    if (reader.failed()) {
        return;
    }
    const bool byId = !options.ids.isEmpty();
    const bool byMessage = !options.messageIds.isEmpty();
    if (options.allInGroup && (byId || byMessage)) {
        reader.fail(CommandLine::tr(
            "--all-in-group clears the whole group; do not combine it with --id, --message-id or "
            "--ids-from."));
    } else if (byId && byMessage) {
        reader.fail(CommandLine::tr(
            "Give IDs or MESSAGE_IDs, not both: the portal ignores id when message_id is present."));
    } else if (!options.allInGroup && !byId && !byMessage) {
        reader.fail(CommandLine::tr(
            "Say which rows to clear: --id, --message-id, --ids-from FILE, or --all-in-group. "
            "An empty list is never sent: the portal would clear the whole group."));
    }
}

void readMarkError(Reader &reader, CliOptions &options)
{
    if (!reader.isSet(opt::Process) || reader.value(opt::Process).trimmed().isEmpty()) {
        reader.fail(
            CommandLine::tr("mark-error needs --process P: the batch holding the rows. With a wrong or empty "
                            "PROCESS_ID the portal deletes the rows' copies instead of marking them."));
        return;
    }
    options.group = GroupChoice::Process;
    options.processId = reader.value(opt::Process).trimmed();
    options.dryRun = reader.isSet(opt::DryRun);
    reader.readScope();
    if (reader.failed()) {
        return;
    }
    if (!options.ids.isEmpty()) {
        reader.fail(CommandLine::tr(
            "mark-error works on MESSAGE_IDs (event.offline.error has no id parameter); the ID "
            "list holds numeric IDs."));
    } else if (options.messageIds.isEmpty()) {
        reader.fail(
            CommandLine::tr("Say which rows to mark: --message-id MID (repeatable) or --ids-from FILE."));
    }
}

void readExport(Reader &reader, CliOptions &options)
{
    reader.readGroup(false);
    reader.readListFilter();
    reader.readLimit(std::nullopt, 0);
    if (options.limit == 0) {
        options.limit.reset();
    }
    options.outputPath = reader.value(opt::Output);
    if (reader.isSet(opt::Format)) {
        const QString format = reader.value(opt::Format).trimmed().toLower();
        if (format == u"jsonl"_s || format == u"ndjson"_s) {
            options.format = RecordExporter::Format::JsonLines;
        } else if (format == u"csv"_s) {
            options.format = RecordExporter::Format::Csv;
        } else if (format == u"json"_s) {
            options.format = RecordExporter::Format::Json;
        } else {
            reader.fail(CommandLine::tr("--format must be jsonl, csv or json, not \"%1\".").arg(format));
        }
    }
}

void readReserve(Reader &reader, CliOptions &options)
{
    reader.readSelectionFilter();
    reader.readLimit(50, 1);
    options.dryRun = reader.isSet(opt::DryRun);
    if (reader.isSet(opt::ErrorOnly)) {
        options.filter.error = true;
    }
    if (reader.isSet(opt::Order)) {
        reader.fail(
            CommandLine::tr("reserve takes rows in ID order (oldest first); --order is not supported. Narrow "
                            "the rows with --id-from/--id-to or --event instead."));
    }
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
    case Subcommand::None:
        break;
    }
    return {};
}

std::optional<Subcommand> CommandLine::commandFromName(const QString &name)
{
    for (Subcommand command : allCommands()) {
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
    for (Subcommand command : allCommands()) {
        text += u"  "_s + commandName(command).leftJustified(12) + commandSummary(command) + u'\n';
    }
    text += CommandLine::tr("\nGlobal options (before or after the command):\n");
    text += formatOptions(globalOptions());
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
        text += u"  "_s + commandExamples(command).constFirst() + u'\n';
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
    text += commandSummary(command) + u'\n';
    if (command == Subcommand::Clear) {
        text += CommandLine::tr(
            "\nRows are cleared in one group (the portal addresses a batch by its PROCESS_ID, and \"\" "
            "means every unreserved row). The group's rows are loaded first; IDs that are not in "
            "the group are left out and reported. --all-in-group and any clear of unreserved or "
            "error rows need --yes or a typed confirmation on a terminal. Afterwards the group is "
            "re-listed and the verified outcome printed.\n");
    } else if (command == Subcommand::MarkError) {
        text += CommandLine::tr(
            "\nThe MESSAGE_IDs are checked against the batch's rows before anything is sent.\n");
    } else if (command == Subcommand::Reserve) {
        text += CommandLine::tr(
            "\nReserved rows are hidden from your production consumer until cleared. Needs the "
            "rest_offline_extended feature.\n");
    }
    const QList<QCommandLineOption> options = commandOptions(command);
    if (!options.isEmpty()) {
        text += CommandLine::tr("\nOptions:\n") + formatOptions(options);
    }
    text += CommandLine::tr("\nGlobal options: see '%1 --help'.\n").arg(programName());
    text += CommandLine::tr("\nExamples:\n");
    for (const QString &example : commandExamples(command)) {
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
        if (isSecretOption(argument)) {
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
    QList<QCommandLineOption> everything = globalOptions();
    QSet<QString> seenNames;
    for (const QCommandLineOption &option : std::as_const(everything)) {
        seenNames.insert(option.names().constFirst());
    }
    for (Subcommand command : allCommands()) {
        for (const QCommandLineOption &option : commandOptions(command)) {
            if (!seenNames.contains(option.names().constFirst())) {
                seenNames.insert(option.names().constFirst());
                everything.append(option);
            }
        }
    }
    QCommandLineParser first;
    first.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    first.addOptions(everything);
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
        for (Subcommand known : allCommands()) {
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
    const QList<QCommandLineOption> defined = globalOptions() + commandOptions(*command);
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
    Reader reader(second, defined, options);
    reader.readGlobal();
    switch (*command) {
    case Subcommand::Check:
    case Subcommand::None:
        break;
    case Subcommand::Processes:
        if (const auto hours = reader.positiveInteger(opt::StuckAfter)) {
            options.stuckAfterHours = int(std::min<qint64>(*hours, 24 * 365));
        }
        break;
    case Subcommand::List:
        reader.readGroup(false);
        reader.readListFilter();
        reader.readLimit(100, 0);
        if (options.limit == 0) {
            options.limit.reset();
        }
        break;
    case Subcommand::Export:
        readExport(reader, options);
        break;
    case Subcommand::Clear:
        readClear(reader, options);
        break;
    case Subcommand::Reserve:
        readReserve(reader, options);
        break;
    case Subcommand::MarkError:
        readMarkError(reader, options);
        break;
    }
    if (reader.failed()) {
        return usageError(reader.error(), *command);
    }
    return outcome;
}

} // namespace b24::cli
