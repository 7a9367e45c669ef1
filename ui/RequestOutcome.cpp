// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestOutcome.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace b24::ui {

namespace {

// Draws the glyph with lines rather than text so the icon looks the same with every font.
void drawGlyph(QPainter &painter, RequestOutcome::Kind kind, qreal size)
{
    QPen pen(Qt::white, size * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (kind) {
    case RequestOutcome::Ok: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.72, s * 0.34);
        painter.drawPath(tick);
        break;
    }
    case RequestOutcome::Retried: {
        // A clock: the request waited or was repeated.
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.28));
        painter.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.68, s * 0.6));
        break;
    }
    case RequestOutcome::Error:
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case RequestOutcome::Unknown: {
        QPainterPath question;
        question.moveTo(s * 0.36, s * 0.38);
        question.cubicTo(s * 0.36, s * 0.2, s * 0.66, s * 0.2, s * 0.64, s * 0.38);
        question.cubicTo(s * 0.63, s * 0.5, s * 0.5, s * 0.48, s * 0.5, s * 0.6);
        painter.drawPath(question);
        painter.drawPoint(QPointF(s * 0.5, s * 0.75));
        break;
    }
    }
}

QPixmap renderIcon(RequestOutcome::Kind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(RequestOutcome::color(kind));
    if (kind == RequestOutcome::Retried) {
        // A diamond, so the shape differs from the ok/error circles too.
        QPolygonF diamond;
        diamond << QPointF(size * 0.5, size * 0.02) << QPointF(size * 0.98, size * 0.5)
                << QPointF(size * 0.5, size * 0.98) << QPointF(size * 0.02, size * 0.5);
        painter.drawPolygon(diamond);
    } else if (kind == RequestOutcome::Unknown) {
        painter.drawRoundedRect(QRectF(size * 0.06, size * 0.06, size * 0.88, size * 0.88), size * 0.18,
                                size * 0.18);
    } else {
        painter.drawEllipse(QRectF(size * 0.04, size * 0.04, size * 0.92, size * 0.92));
    }
    drawGlyph(painter, kind, size);
    return pixmap;
}

} // namespace

RequestOutcome::Kind RequestOutcome::classify(const b24::RequestLogEntry &entry)
{
    switch (entry.status) {
    case CallStatus::Ok:
        return entry.attempt > 1 ? Retried : Ok;
    case CallStatus::OutcomeUnknown:
        return Unknown;
    case CallStatus::ApiError:
    case CallStatus::TransportError:
    case CallStatus::BadResponse:
        // Rate limits (QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT) are warnings the client waits out.
        return entry.explanation.severity == ErrorSeverity::Error ? Error : Retried;
    case CallStatus::Refused:
    case CallStatus::Cancelled:
        return Error;
    }
    return Error;
}

bool RequestOutcome::isError(const b24::RequestLogEntry &entry)
{
    return entry.status != CallStatus::Ok;
}

QColor RequestOutcome::color(Kind kind)
{
    // Mid-tone colours readable on both light and dark palettes.
    switch (kind) {
    case Ok:
        return QColor(0x2e, 0x9d, 0x4f);
    case Retried:
        return QColor(0xd9, 0x8a, 0x00);
    case Error:
        return QColor(0xd2, 0x3b, 0x3b);
    case Unknown:
        return QColor(0x8e, 0x44, 0xad);
    }
    return {};
}

QIcon RequestOutcome::icon(Kind kind)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        icon.addPixmap(renderIcon(kind, size));
    }
    return icon;
}

QString RequestOutcome::label(Kind kind)
{
    switch (kind) {
    case Ok:
        return tr("OK");
    case Retried:
        return tr("Retried / waiting");
    case Error:
        return tr("Error");
    case Unknown:
        return tr("Outcome unknown");
    }
    return {};
}

QString RequestOutcome::describe(const b24::RequestLogEntry &entry)
{
    const Kind kind = classify(entry);
    QString code = entry.explanation.code;
    switch (entry.status) {
    case CallStatus::Ok:
        return entry.attempt > 1 ? tr("OK after %1 attempts").arg(entry.attempt) : tr("OK");
    case CallStatus::Cancelled:
        return tr("Cancelled");
    case CallStatus::Refused:
        return tr("Refused by the client");
    case CallStatus::OutcomeUnknown:
        return tr("Outcome unknown");
    case CallStatus::ApiError:
    case CallStatus::TransportError:
    case CallStatus::BadResponse:
        break;
    }
    if (code.isEmpty()) {
        code = entry.explanation.title;
    }
    const QString prefix = kind == Retried ? tr("Waiting") : tr("Error");
    return code.isEmpty() ? prefix : tr("%1: %2").arg(prefix, code);
}

} // namespace b24::ui
