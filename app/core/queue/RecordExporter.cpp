// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordExporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace b24 {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(b24::RecordExporter)
};

QByteArray compact(const OfflineEvent &event)
{
    return QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
}

// RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside.
QByteArray csvField(const QByteArray &value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n') && !value.contains('\r'))
        return value;
    QByteArray quoted = value;
    quoted.replace('"', "\"\"");
    return '"' + quoted + '"';
}

QByteArray csvLine(const QList<QByteArray> &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

QByteArray render(const QList<OfflineEvent> &events, RecordExporter::Format format)
{
    QByteArray out;
    switch (format) {
    case RecordExporter::Format::Json:
        out += '[';
        for (qsizetype i = 0; i < events.size(); ++i) {
            out += i == 0 ? "\n  " : ",\n  ";
            out += compact(events.at(i));
        }
        out += events.isEmpty() ? "]\n" : "\n]\n";
        break;
    case RecordExporter::Format::JsonLines:
        for (const OfflineEvent &event : events)
            out += compact(event) + '\n';
        break;
    case RecordExporter::Format::Csv:
        out += csvLine({"ID", "TIMESTAMP_X", "EVENT_NAME", "MESSAGE_ID", "PROCESS_ID", "ERROR", "EVENT_DATA",
                        "EVENT_ADDITIONAL"});
        for (const OfflineEvent &event : events) {
            out += csvLine({QByteArray::number(event.id), event.timestampText.toUtf8(),
                            event.eventName.toUtf8(), event.messageId.toUtf8(), event.processId.toUtf8(),
                            event.error ? "1" : "0", event.eventData, event.eventAdditional});
        }
        break;
    }
    return out;
}

} // namespace

bool RecordExporter::write(QIODevice *device, const QList<OfflineEvent> &events, Format format,
                           QString *error)
{
    if (!device || !device->isWritable()) {
        if (error)
            *error = Text::tr("The export target is not open for writing.");
        return false;
    }
    const QByteArray bytes = render(events, format);
    if (device->write(bytes) != bytes.size()) {
        if (error)
            *error = Text::tr("Writing the export failed: %1").arg(device->errorString());
        return false;
    }
    return true;
}

bool RecordExporter::writeFile(const QString &path, const QList<OfflineEvent> &events, Format format,
                               QString *error)
{
    // QSaveFile: an export that fails half way never leaves a truncated file behind that looks complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Text::tr("Cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(&file, events, format, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = Text::tr("Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

RecordExporter::Format RecordExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    return Format::Json;
}

} // namespace b24
