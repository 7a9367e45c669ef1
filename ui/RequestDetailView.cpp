// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestDetailView.h"

#include "RequestLogModel.h"
#include "RequestOutcome.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace b24::ui {

namespace {

constexpr int MaxShownResponseChars = 200 * 1024;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &name, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(name), escaped(value));
}

QString pre(const QString &text)
{
    return QStringLiteral("<pre style='margin-left:6px'>%1</pre>").arg(escaped(text));
}

QString heading(const QString &text)
{
    return QStringLiteral("<h4 style='margin-top:10px; margin-bottom:2px'>%1</h4>").arg(escaped(text));
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 10);
}

} // namespace

RequestDetailView::RequestDetailView(QWidget *parent) : QWidget(parent), m_browser(new QTextBrowser(this))
{
    m_browser->setObjectName(QStringLiteral("requestDetailBrowser"));
    m_browser->setOpenLinks(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clearEntry();
}

void RequestDetailView::clearEntry()
{
    m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                           .arg(escaped(tr("Select a request to see its parameters, the portal's answer, "
                                           "an explanation and the operating-time budget."))));
}

QString RequestDetailView::plainText() const
{
    return m_browser->toPlainText();
}

void RequestDetailView::showEntry(const b24::RequestLogEntry &entry, const b24::SecretMasker &masker)
{
    const auto kind = RequestOutcome::classify(entry);
    QString html;
    html += QStringLiteral("<p><span style='color:%1; font-weight:bold'>%2</span> &nbsp; <b>%3</b></p>")
                .arg(RequestOutcome::color(kind).name(), escaped(RequestOutcome::describe(entry)),
                     escaped(entry.method));
    html += explanationHtml(entry);
    html += requestHtml(entry, masker);
    html += timeHtml(entry.time);
    html += heading(tr("Response"));
    const QByteArray body = masker.maskBytes(entry.responseBody);
    html += body.isEmpty() ? QStringLiteral("<p>%1</p>").arg(escaped(tr("(no response body)")))
                           : pre(prettyResponse(body));
    m_browser->setHtml(html);
}

QString RequestDetailView::explanationHtml(const b24::RequestLogEntry &entry) const
{
    const ErrorInfo &info = entry.explanation;
    if (info.isEmpty()) {
        return {};
    }
    QString html = heading(info.title.isEmpty() ? info.code : info.title);
    if (!info.code.isEmpty() && !info.title.isEmpty()) {
        html += QStringLiteral("<p><code>%1</code></p>").arg(escaped(info.code));
    }
    if (!info.explanation.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(info.explanation));
    }
    if (!info.action.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(escaped(tr("What to do next:")), escaped(info.action));
    }
    return html;
}

QString RequestDetailView::requestHtml(const b24::RequestLogEntry &entry,
                                       const b24::SecretMasker &masker) const
{
    QString html = heading(tr("Request"));
    html += QStringLiteral("<table>");
    html += row(tr("Method"), entry.method);
    html += row(tr("URL"), masker.maskText(entry.url));
    html += row(tr("Started"), QLocale().toString(entry.startedAt.toLocalTime(), QLocale::LongFormat));
    html += row(tr("HTTP status"),
                entry.httpStatus > 0 ? QString::number(entry.httpStatus) : tr("no HTTP response"));
    html += row(tr("Duration"), RequestLogModel::formatDuration(entry.durationMs));
    if (entry.recordCount >= 0) {
        html += row(tr("Records"), QLocale().toString(entry.recordCount));
    }
    html += row(tr("Attempt"), QString::number(entry.attempt));
    if (entry.destructive) {
        html += row(tr("Kind"), tr("destructive (never retried automatically)"));
    }
    html += QStringLiteral("</table>");
    const QJsonObject parameters = masker.maskParameters(entry.parameters);
    if (!parameters.isEmpty()) {
        const QString json = QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Indented));
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("Parameters (secrets masked)")));
        html += pre(masker.maskText(json));
    }
    return html;
}

QString RequestDetailView::timeHtml(const b24::TimeInfo &time) const
{
    QString html = heading(tr("Time block"));
    if (!time.present) {
        return html
            + QStringLiteral("<p>%1</p>")
                  .arg(escaped(tr("The response has no time block (error responses never carry one).")));
    }
    html += QStringLiteral("<table>");
    html += row(QStringLiteral("start"), number(time.start));
    html += row(QStringLiteral("finish"), number(time.finish));
    html += row(QStringLiteral("duration"), tr("%1 s").arg(number(time.duration)));
    html += row(QStringLiteral("processing"), tr("%1 s").arg(number(time.processing)));
    if (!time.dateStart.isEmpty()) {
        html += row(QStringLiteral("date_start"), time.dateStart);
    }
    if (!time.dateFinish.isEmpty()) {
        html += row(QStringLiteral("date_finish"), time.dateFinish);
    }
    if (time.operating) {
        html += row(QStringLiteral("operating"),
                    tr("%1 s spent in this method over the last 10 minutes").arg(number(*time.operating)));
    } else {
        html += row(QStringLiteral("operating"), tr("not reported (the portal's limiter is off)"));
    }
    if (time.operatingResetAt) {
        html
            += row(QStringLiteral("operating_reset_at"),
                   tr("%1 — %2").arg(QString::number(*time.operatingResetAt),
                                     describeReset(*time.operatingResetAt, QDateTime::currentDateTimeUtc())));
    }
    html += QStringLiteral("</table>");
    if (time.operating) {
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(escaped(tr("The portal blocks a method with 429 OPERATION_TIME_LIMIT when its "
                                    "operating time over 10 minutes reaches the plan's limit (420–480 s); "
                                    "the oldest minute of it expires at operating_reset_at.")));
    }
    return html;
}

QString RequestDetailView::describeReset(qint64 resetAtUnix, const QDateTime &now)
{
    const QDateTime resetAt = QDateTime::fromSecsSinceEpoch(resetAtUnix, Qt::UTC);
    const QString absolute = QLocale().toString(resetAt.toLocalTime(), QStringLiteral("HH:mm:ss"));
    const qint64 seconds = now.secsTo(resetAt);
    QString relative;
    if (seconds <= 0) {
        relative = tr("already passed");
    } else if (seconds < 60) {
        relative = tr("in less than a minute");
    } else {
        relative = tr("in %n min", nullptr, static_cast<int>((seconds + 59) / 60));
    }
    return tr("resets at %1 (%2)").arg(absolute, relative);
}

QString RequestDetailView::prettyResponse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    QString text = error.error == QJsonParseError::NoError && !document.isNull()
        ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
        : QString::fromUtf8(body);
    if (text.size() > MaxShownResponseChars) {
        text.truncate(MaxShownResponseChars);
        text
            += QLatin1Char('\n') + tr("… (shortened for display; “Save as JSON lines” keeps the whole body)");
    }
    return text;
}

} // namespace b24::ui
