// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearReportDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace b24::ui {

ClearReportDialog::ClearReportDialog(const ClearReport &report, QWidget *parent)
    : QDialog(parent), m_report(report)
{
    setObjectName(QStringLiteral("clearReportDialog"));
    setWindowTitle(tr("Clear report"));
    setMinimumWidth(560);

    QStyle::StandardPixmap iconKind = QStyle::SP_DialogApplyButton;
    if (!report.verified) {
        iconKind = QStyle::SP_MessageBoxCritical;
    } else if (!report.isComplete() || report.hasUnknownOutcome() || !report.failures.isEmpty()) {
        iconKind = QStyle::SP_MessageBoxWarning;
    }
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(iconKind).pixmap(48, 48));
    auto *title = new QLabel(headline(report), this);
    title->setObjectName(QStringLiteral("clearReportHeadline"));
    title->setWordWrap(true);
    auto *summary = new QLabel(report.summary(), this);
    summary->setObjectName(QStringLiteral("clearReportSummary"));
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(texts, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);

    QStringList facts;
    const QLocale locale;
    facts << tr("In scope: %1").arg(locale.toString(report.requested));
    facts << (report.verified ? tr("Verified gone: %1").arg(locale.toString(report.clearedVerified))
                              : tr("Not verified: the queue could not be listed again"));
    int sent = 0;
    int notSent = 0;
    int failed = 0;
    int unknown = 0;
    for (ClearReport::ChunkOutcome outcome : report.chunks) {
        switch (outcome) {
        case ClearReport::ChunkOutcome::Sent:
            ++sent;
            break;
        case ClearReport::ChunkOutcome::NotSent:
            ++notSent;
            break;
        case ClearReport::ChunkOutcome::Failed:
            ++failed;
            break;
        case ClearReport::ChunkOutcome::Unknown:
            ++unknown;
            break;
        }
    }
    facts << tr("Requests: %1 sent, %2 failed, %3 outcome unknown, %4 not sent")
                 .arg(sent)
                 .arg(failed)
                 .arg(unknown)
                 .arg(notSent);
    if (report.cancelled) {
        facts << tr("Stopped on request: the remaining requests were not sent.");
    }
    auto *factsLabel = new QLabel(facts.join(QLatin1Char('\n')), this);
    factsLabel->setObjectName(QStringLiteral("clearReportFacts"));
    layout->addWidget(factsLabel);

    if (report.hasUnknownOutcome()) {
        auto *unknownLabel = new QLabel(
            tr("<b>Outcome unknown:</b> at least one request may or may not have been applied by the portal "
               "(for example the connection dropped after sending). It was not retried. The counts above "
               "come from listing the queue again."),
            this);
        unknownLabel->setObjectName(QStringLiteral("clearReportUnknown"));
        unknownLabel->setWordWrap(true);
        layout->addWidget(unknownLabel);
    }

    if (!report.stillPresent.isEmpty()) {
        layout->addWidget(new QLabel(tr("Still present (%1):").arg(report.stillPresent.size()), this));
        auto *present = new QTreeWidget(this);
        present->setObjectName(QStringLiteral("clearReportStillPresent"));
        present->setRootIsDecorated(false);
        present->setHeaderLabels({tr("ID"), tr("Why")});
        for (qint64 id : report.stillPresent) {
            new QTreeWidgetItem(present, {QString::number(id), report.stillPresentReason.value(id)});
        }
        present->header()->setStretchLastSection(true);
        present->setMaximumHeight(200);
        layout->addWidget(present);
    }

    if (!report.failures.isEmpty()) {
        QStringList lines;
        for (const RestResult &failure : report.failures) {
            QString line = QStringLiteral("%1: %2").arg(
                failure.method, failure.errorCode.isEmpty() ? failure.explanation.code : failure.errorCode);
            if (!failure.explanation.title.isEmpty()) {
                line += QStringLiteral(" — ") + failure.explanation.title;
            }
            if (!failure.explanation.explanation.isEmpty()) {
                line += QLatin1Char('\n') + failure.explanation.explanation;
            }
            if (!failure.explanation.action.isEmpty()) {
                line += QLatin1Char('\n') + tr("What to do: %1").arg(failure.explanation.action);
            }
            lines << line;
        }
        layout->addWidget(new QLabel(tr("Failed or uncertain requests:"), this));
        auto *failures = new QPlainTextEdit(lines.join(QStringLiteral("\n\n")), this);
        failures->setObjectName(QStringLiteral("clearReportFailures"));
        failures->setReadOnly(true);
        failures->setMaximumHeight(160);
        layout->addWidget(failures);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString ClearReportDialog::headline(const ClearReport &report)
{
    const QLocale locale;
    if (!report.verified) {
        return tr("<b>Result not verified</b>: %1 requested; listing the queue afterwards failed.")
            .arg(locale.toString(report.requested));
    }
    return tr("<b>Cleared %1 of %2</b>; still present %3")
        .arg(locale.toString(report.clearedVerified), locale.toString(report.requested),
             locale.toString(report.stillPresent.size()));
}

} // namespace b24::ui
