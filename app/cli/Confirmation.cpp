// SPDX-License-Identifier: GPL-3.0-or-later
#include "Confirmation.h"

#include <QIODevice>

#include <unistd.h>

namespace b24::cli {

bool Confirmation::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

QString Confirmation::question(const QString &portal, const QString &group, qint64 count, const QString &what)
{
    return tr("About to permanently delete %n row(s) (%1) of group \"%2\" on portal %3.\n"
              "Type \"yes\" to continue: ",
              nullptr, int(count))
        .arg(what, group, portal);
}

bool Confirmation::ask(const QString &question, QIODevice *answer, QIODevice *prompt)
{
    prompt->write(question.toUtf8());
    const QString reply = QString::fromUtf8(answer->readLine()).trimmed().toLower();
    return reply == QLatin1String("yes") || reply == QLatin1String("y");
}

QString Confirmation::refusedWithoutTerminal()
{
    return tr("Refusing to clear without confirmation: stdin is not a terminal, so nobody can be asked. "
              "Check the scope with --dry-run, then repeat the command with --yes.");
}

} // namespace b24::cli
