// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ListFilter.h"
#include "queue/RecordExporter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace b24::cli {

enum class Subcommand { None, Check, Processes, List, Export, Clear, Reserve, MarkError, SignIn };

// Which group of rows a command addresses (list/export narrow to it, clear requires one).
enum class GroupChoice { None, Process, Unreserved, Errors };

// Client-side ordering of listed rows (event.offline.list pages by ID; we sort what we loaded).
struct RowOrder {
    QString field = QStringLiteral("ID"); // ID, TIMESTAMP_X, EVENT_NAME, MESSAGE_ID, PROCESS_ID, ERROR
    bool descending = false;
    bool given = false;

    [[nodiscard]] bool isIdAscending() const { return field == QLatin1String("ID") && !descending; }
};

// Everything the command line said, validated. No secret can be in here: the parser refuses
// --token and reads no token file (CredentialSource does that).
struct CliOptions {
    Subcommand command = Subcommand::None;

    // Global
    QString portal;
    QString profile;
    std::optional<QString> connector; // "" is a valid choice: "no connector"
    QString tokenFile;
    std::optional<double> rate; // requests per second
    std::optional<int> burst;
    QString pinnedSha256; // hex, colons removed, lower case
    std::optional<int> timeoutSeconds;
    bool allowHttp = false;
    bool verbose = false;
    bool json = false;

    // Group and filters (list, export, reserve, clear, mark-error)
    GroupChoice group = GroupChoice::None;
    QString processId;
    ListFilter filter; // without the group part; see effectiveFilter()
    RowOrder order;
    std::optional<int> limit;

    // Scope (clear, mark-error)
    QList<qint64> ids;
    QStringList messageIds; // lower case, 32 hex characters
    QString idsFromFile;
    bool allInGroup = false;
    bool yes = false;
    bool dryRun = false;

    // export
    std::optional<RecordExporter::Format> format;
    QString outputPath;

    // processes
    int stuckAfterHours = 24;

    // sign-in: where the portal's answer arrives (default: the profile's, else 52180)
    std::optional<int> signInPort;

    // The filter with the group folded in: a batch is "=PROCESS_ID", unreserved rows are
    // PROCESS_ID "" and ERROR 0, error rows PROCESS_ID "" and ERROR 1.
    [[nodiscard]] ListFilter effectiveFilter() const
    {
        ListFilter result = filter;
        switch (group) {
        case GroupChoice::Process:
            result.processId = processId;
            break;
        case GroupChoice::Unreserved:
            result.processId = QString();
            result.error = false;
            break;
        case GroupChoice::Errors:
            result.processId = QString();
            result.error = true;
            break;
        case GroupChoice::None:
            break;
        }
        return result;
    }
};

} // namespace b24::cli
