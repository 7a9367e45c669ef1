// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliOptions.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace b24::cli {

// Option names, in one place so parser, reader and help never disagree.
namespace opt {
inline const QString Help = QStringLiteral("help");
inline const QString Version = QStringLiteral("version");
inline const QString Portal = QStringLiteral("portal");
inline const QString Profile = QStringLiteral("profile");
inline const QString Connector = QStringLiteral("connector");
inline const QString TokenFile = QStringLiteral("token-file");
inline const QString Rate = QStringLiteral("rate");
inline const QString Burst = QStringLiteral("burst");
inline const QString InsecurePin = QStringLiteral("insecure-pin");
inline const QString Timeout = QStringLiteral("timeout");
inline const QString AllowHttp = QStringLiteral("allow-http");
inline const QString Verbose = QStringLiteral("verbose");
inline const QString Json = QStringLiteral("json");
inline const QString Process = QStringLiteral("process");
inline const QString Unreserved = QStringLiteral("unreserved");
inline const QString Errors = QStringLiteral("errors");
inline const QString Event = QStringLiteral("event");
inline const QString IdFrom = QStringLiteral("id-from");
inline const QString IdTo = QStringLiteral("id-to");
inline const QString Since = QStringLiteral("since");
inline const QString Until = QStringLiteral("until");
inline const QString ErrorOnly = QStringLiteral("error");
inline const QString NoError = QStringLiteral("no-error");
inline const QString Order = QStringLiteral("order");
inline const QString Limit = QStringLiteral("limit");
inline const QString Id = QStringLiteral("id");
inline const QString MessageId = QStringLiteral("message-id");
inline const QString IdsFrom = QStringLiteral("ids-from");
inline const QString AllInGroup = QStringLiteral("all-in-group");
inline const QString Yes = QStringLiteral("yes");
inline const QString DryRun = QStringLiteral("dry-run");
inline const QString Format = QStringLiteral("format");
inline const QString Output = QStringLiteral("output");
inline const QString StuckAfter = QStringLiteral("stuck-after");
inline const QString Port = QStringLiteral("port");
} // namespace opt

// Every option of every command with its help text, the command summaries and examples. The
// strings use CommandLine's translation context.
class OptionCatalog
{
public:
    static QList<QCommandLineOption> globalOptions();
    static QList<QCommandLineOption> commandOptions(Subcommand command);
    // Global options plus every command's, each name once (for finding the command).
    static QList<QCommandLineOption> allOptions();
    static const QList<Subcommand> &allCommands();
    static QString summary(Subcommand command);
    static QStringList examples(Subcommand command);
    static QString formatOptions(const QList<QCommandLineOption> &options); // aligned help lines
    // --token, --access-token, --refresh-token, --client-secret, ... (with or without "=value").
    static bool isSecretOption(const QString &argument);
};

} // namespace b24::cli
