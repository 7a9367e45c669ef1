// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionReader.h"

#include "CommandLine.h"
#include "IdFileReader.h"
#include "OptionCatalog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace b24::cli {

using namespace Qt::StringLiterals;

namespace {

// Messages use CommandLine::tr() so they keep CommandLine's translation context.

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

QString OptionReader::read(const QCommandLineParser &parser, const QList<QCommandLineOption> &defined,
                           Subcommand command, CliOptions &options)
{
    Reader reader(parser, defined, options);
    reader.readGlobal();
    switch (command) {
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
    case Subcommand::SignIn:
        if (const auto port = reader.positiveInteger(opt::Port)) {
            if (*port < 1024 || *port > 65535) {
                reader.fail(CommandLine::tr("--port needs a port from 1024 to 65535, not %1.").arg(*port));
            } else {
                options.signInPort = int(*port);
            }
        }
        break;
    }
    return reader.error();
}

} // namespace b24::cli
