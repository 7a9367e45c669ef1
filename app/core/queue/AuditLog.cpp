// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace b24 {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(b24::AuditLog)
};

} // namespace

AuditLog::AuditLog(const QString &filePath) : m_filePath(filePath)
{ }

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

bool AuditLog::append(const QJsonObject &record)
{
    m_error.clear();
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = Text::tr("Cannot create the folder %1 for the audit log.").arg(info.absolutePath());
        return false;
    }
    QFile file(m_filePath);
    const bool existed = file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = Text::tr("Cannot write the audit log %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    // The log names portals and record ids: readable by its owner only.
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QJsonObject line = record;
    if (!line.contains(QLatin1String("time")))
        line.insert(QLatin1String("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        m_error = Text::tr("Cannot write the audit log %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

QList<QJsonObject> AuditLog::readAll(QString *error) const
{
    QList<QJsonObject> records;
    QFile file(m_filePath);
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("Cannot read the audit log %1: %2").arg(m_filePath, file.errorString());
        return records;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            records.append(document.object());
    }
    return records;
}

} // namespace b24
