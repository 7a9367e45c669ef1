// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdFileReader.h"

#include <QFile>

#include <algorithm>

namespace b24::cli {

namespace {
constexpr qsizetype MessageIdLength = 32;
}

IdFileReader::Result IdFileReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        Result failed;
        failed.error = tr("Cannot read the ID file %1: %2. Check the path and its permissions.")
                           .arg(path, file.errorString());
        return failed;
    }
    return read(&file, path);
}

IdFileReader::Result IdFileReader::read(QIODevice *device, const QString &displayName)
{
    Result result;
    int lineNumber = 0;
    while (!device->atEnd()) {
        const QByteArray raw = device->readLine();
        ++lineNumber;
        QString line = QString::fromUtf8(raw);
        const qsizetype comment = line.indexOf(QLatin1Char('#'));
        if (comment >= 0) {
            line.truncate(comment);
        }
        line = line.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        qint64 id = 0;
        // 32 hex characters are a MESSAGE_ID even when they are all digits: no ID is that long.
        if (isMessageId(line)) {
            result.messageIds.append(line.toLower());
        } else if (parseId(line, &id)) {
            result.ids.append(id);
        } else {
            result.ids.clear();
            result.messageIds.clear();
            result.error = tr("%1, line %2: \"%3\" is neither a numeric event ID nor a 32-character "
                              "MESSAGE_ID. Put one value per line; '#' starts a comment.")
                               .arg(displayName)
                               .arg(lineNumber)
                               .arg(line.left(80));
            return result;
        }
    }
    if (result.ids.isEmpty() && result.messageIds.isEmpty()) {
        result.error = tr("%1 holds no IDs. An empty list is never sent: the portal would read it as "
                          "\"the whole batch\".")
                           .arg(displayName);
    }
    return result;
}

bool IdFileReader::parseId(const QString &text, qint64 *id)
{
    if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); })) {
        return false;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        return false;
    }
    *id = value;
    return true;
}

bool IdFileReader::isMessageId(const QString &text)
{
    if (text.size() != MessageIdLength) {
        return false;
    }
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('F'));
    });
}

} // namespace b24::cli
