// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace b24 {

// Builds a "batch" call: at most 50 commands, each "method?query" with PHP bracket arrays and
// percent-encoded filter operators (a raw '=' inside a bracket would end the key on the server).
class BatchRequest
{
public:
    static constexpr int MaxCommands = 50;

    struct Command {
        QString key;
        QString method;
        QJsonObject parameters;
    };

    // Returns false (and adds nothing) when the batch is full or the key is already used.
    bool add(const QString &key, const QString &method, const QJsonObject &parameters);
    [[nodiscard]] int size() const { return int(m_commands.size()); }
    [[nodiscard]] bool isEmpty() const { return m_commands.isEmpty(); }
    [[nodiscard]] bool isFull() const { return size() >= MaxCommands; }
    [[nodiscard]] const QList<Command> &commands() const { return m_commands; }
    [[nodiscard]] bool isDestructive() const; // any command is clear/error/get-with-clear
    [[nodiscard]] QJsonObject toParameters(bool halt = false) const; // {"cmd":{key:"m?q"},"halt":0}

    // PHP bracket encoding of one parameter object, e.g. {"id":[1,2]} -> "id%5B0%5D=1&id%5B1%5D=2".
    // Booleans become 1/0 (PHP reads "false" as true); null and empty arrays are skipped.
    static QString encodeQuery(const QJsonObject &parameters);
    // "method?query" as it goes into "cmd".
    static QString commandString(const Command &command);

private:
    QList<Command> m_commands;
};

} // namespace b24
