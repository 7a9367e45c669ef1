// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandContext.h"
#include "ExitCode.h"

#include <QJsonObject>
#include <QObject>

namespace b24 {
struct ErrorInfo;
struct RestResult;
} // namespace b24

namespace b24::cli {

// One subcommand: start() begins an asynchronous chain that ends with finished() exactly once.
// No nested event loops: CliRunner runs QCoreApplication::exec() and quits on finished().
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(const CommandContext &context, QObject *parent = nullptr);
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void finish(ExitCode code);
    // Prints the catalog explanation (stderr; with --json also an error document on stdout) and
    // finishes with the matching exit code.
    void failWith(const RestResult &result);
    void failWith(ExitCode code, const QString &message);

    [[nodiscard]] const CliOptions &options() const { return *m_context.options; }
    [[nodiscard]] bool json() const { return m_context.options->json; }
    [[nodiscard]] QString portalName() const; // host, plus the port when it is not the default
    // A catalog sentence without its final period, for use inside another sentence.
    [[nodiscard]] static QString sentence(const QString &text);
    [[nodiscard]] static QJsonObject errorJson(const ErrorInfo &info, int httpStatus, const QString &status);

    CommandContext m_context;

private:
    bool m_finished = false;
};

} // namespace b24::cli
