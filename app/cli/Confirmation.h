// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace b24::cli {

// The interactive "are you sure" for destructive commands. Only a terminal on stdin can answer;
// a script must say --yes, so a cron job never hangs on a prompt nor clears by accident.
class Confirmation
{
    Q_DECLARE_TR_FUNCTIONS(b24::cli::Confirmation)

public:
    static bool stdinIsTerminal();

    // The question naming portal, group and count.
    static QString question(const QString &portal, const QString &group, qint64 count, const QString &what);

    // Writes the question to `prompt` and reads one line from `answer` (blocking on purpose: the
    // terminal is the only thing that can happen next). True only for "yes".
    static bool ask(const QString &question, QIODevice *answer, QIODevice *prompt);

    static QString refusedWithoutTerminal();
};

} // namespace b24::cli
