// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace b24 {

// Append-only JSON-lines file of every destructive call: time, portal, connector, method, scope,
// ids, verified result. Never holds a secret. Default location: AppDataLocation/audit.jsonl.
// The file is created with mode 0600; append() adds a UTC "time" when the record has none.
class AuditLog
{
public:
    explicit AuditLog(const QString &filePath = defaultPath());
    static QString defaultPath();

    // Returns false and sets errorString() when the file cannot be written.
    bool append(const QJsonObject &record);
    // Every record in the file, oldest first (unparsable lines are skipped).
    [[nodiscard]] QList<QJsonObject> readAll(QString *error = nullptr) const;
    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    QString m_filePath;
    QString m_error;
};

} // namespace b24
