// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearConfirmDialog.h"

#include "queue/RecordExporter.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace b24::ui {

namespace {
constexpr int PreviewRows = 20;
}

ClearConfirmDialog::ClearConfirmDialog(const ClearPlan &plan, const QString &portal, const QString &connector,
                                       const QList<OfflineEvent> &records, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_records(records)
{
    setObjectName(QStringLiteral("clearConfirmDialog"));
    setWindowTitle(tr("Confirm clear"));
    setMinimumWidth(620);

    const QLocale locale;
    const qsizetype count = plan.scopeSize();
    const bool byMessage = plan.mode == ClearPlan::Mode::ByMessageId;

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    auto *headline = new QLabel(this);
    headline->setObjectName(QStringLiteral("clearHeadline"));
    headline->setWordWrap(true);
    if (byMessage) {
        headline->setText(
            tr("<b>Delete every row with these %1 MESSAGE_IDs from %2?</b><br/>This cannot be undone.")
                .arg(locale.toString(count), plan.group.displayName().toHtmlEscaped()));
    } else {
        headline->setText(tr("<b>Delete %1 records from %2?</b><br/>This cannot be undone.")
                              .arg(locale.toString(count), plan.group.displayName().toHtmlEscaped()));
    }
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(headline, 1);

    auto *form = new QFormLayout;
    const auto addRow = [this, form](const QString &label, const QString &value, const QString &name) {
        auto *field = new QLabel(value, this);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        form->addRow(label, field);
    };
    addRow(tr("Portal:"), portal, QStringLiteral("clearPortal"));
    addRow(tr("Connector:"), connector.isEmpty() ? tr("(none: the application's own queue)") : connector,
           QStringLiteral("clearConnector"));
    QString groupText = plan.group.displayName();
    if (plan.group.kind == QueueGroup::Kind::Batch) {
        groupText += QStringLiteral(" (process_id %1)").arg(plan.group.processId);
    } else {
        groupText += tr(" (sent as process_id=\"\" with the IDs)");
    }
    addRow(tr("Group:"), groupText, QStringLiteral("clearGroup"));
    addRow(tr("Mode:"), modeText(plan.mode), QStringLiteral("clearMode"));
    addRow(tr("Count:"),
           byMessage ? tr("%1 MESSAGE_IDs (%2 of the loaded rows carry them)")
                           .arg(locale.toString(count), locale.toString(records.size()))
                     : tr("%1 records").arg(locale.toString(count)),
           QStringLiteral("clearCount"));
    addRow(tr("Requests:"),
           tr("%n HTTP request(s), sent one after another; a request whose outcome is unknown is not "
              "retried",
              nullptr, int(plan.requests.size())),
           QStringLiteral("clearRequests"));

    auto *notes = new QLabel(this);
    notes->setObjectName(QStringLiteral("clearNotes"));
    notes->setWordWrap(true);
    QStringList noteLines;
    if (byMessage) {
        noteLines << tr("By MESSAGE_ID removes <b>every copy</b> with that MESSAGE_ID in this group, "
                        "including copies this load did not show.");
    }
    if (plan.group.kind != QueueGroup::Kind::Batch) {
        noteLines << tr("Rows a consumer reserves between now and the call are not deleted; the report "
                        "afterwards lists them.");
    }
    noteLines << tr("Afterwards the queue is listed again to verify what is really gone.");
    notes->setText(noteLines.join(QStringLiteral("<br/>")));

    auto *preview = new QTreeWidget(this);
    preview->setObjectName(QStringLiteral("clearPreview"));
    preview->setRootIsDecorated(false);
    preview->setUniformRowHeights(true);
    preview->setHeaderLabels({tr("ID"), tr("Time"), tr("Event"), tr("MESSAGE_ID")});
    for (qsizetype i = 0; i < records.size() && i < PreviewRows; ++i) {
        const OfflineEvent &event = records.at(i);
        new QTreeWidgetItem(preview,
                            {QString::number(event.id),
                             QDateTime::fromSecsSinceEpoch(event.timestamp)
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             event.eventName, event.messageId});
    }
    preview->header()->resizeSections(QHeaderView::ResizeToContents);
    preview->setMaximumHeight(220);
    auto *more = new QLabel(this);
    more->setObjectName(QStringLiteral("clearPreviewMore"));
    if (records.size() > PreviewRows) {
        more->setText(tr("… and %1 more").arg(locale.toString(records.size() - PreviewRows)));
    } else {
        more->setText(tr("First records in scope: all %1 shown").arg(records.size()));
    }

    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton),
                               tr("Export these records first…"), this);
    m_export->setObjectName(QStringLiteral("clearExportButton"));
    m_export->setToolTip(tr("Save the loaded records in scope as JSON (or .jsonl / .csv) before clearing"));
    m_export->setEnabled(!records.isEmpty());
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("clearExportStatus"));
    m_exportStatus->setWordWrap(true);
    connect(m_export, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    m_exportFirst = new QCheckBox(tr("Export before clearing"), this);
    m_exportFirst->setObjectName(QStringLiteral("clearExportFirst"));
    m_exportFirst->setToolTip(
        tr("Confirming asks for a file first and clears only once the export is written"));
    m_exportFirst->setEnabled(!records.isEmpty());
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_export);
    exportRow->addWidget(m_exportFirst);
    exportRow->addWidget(m_exportStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(notes);
    layout->addWidget(preview);
    layout->addWidget(more);
    layout->addLayout(exportRow);

    if (plan.mode == ClearPlan::Mode::EntireGroup) {
        m_typedCount = new QLineEdit(this);
        m_typedCount->setObjectName(QStringLiteral("typedCount"));
        m_typedCount->setPlaceholderText(tr("type the number of records"));
        auto *typeLabel = new QLabel(
            tr("This clears the <b>entire group</b>. Type the number of records, <b>%1</b>, to confirm:")
                .arg(count),
            this);
        typeLabel->setWordWrap(true);
        layout->addWidget(typeLabel);
        layout->addWidget(m_typedCount);
        connect(m_typedCount, &QLineEdit::textChanged, this, &ClearConfirmDialog::updateState);
    }

    auto *problem = new QLabel(plan.error, this);
    problem->setObjectName(QStringLiteral("clearPlanError"));
    problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    problem->setWordWrap(true);
    problem->setVisible(!plan.error.isEmpty());
    layout->addWidget(problem);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(byMessage ? tr("Clear %1 MESSAGE_IDs").arg(count)
                                             : tr("Clear %1 records").arg(count),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmClearButton"));
    m_confirm->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_confirm->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelClearButton"));
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClearConfirmDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateState();
}

bool ClearConfirmDialog::canConfirm() const
{
    if (!m_plan.isValid() || m_plan.scopeSize() == 0) {
        return false;
    }
    if (m_typedCount) {
        return m_typedCount->text().trimmed() == QString::number(m_plan.scopeSize());
    }
    return true;
}

void ClearConfirmDialog::updateState()
{
    m_confirm->setEnabled(canConfirm());
}

bool ClearConfirmDialog::exportTo(const QString &path)
{
    QString error;
    if (!RecordExporter::writeFile(path, m_records, RecordExporter::formatForPath(path), &error)) {
        m_exportStatus->setText(tr("Export failed: %1").arg(error));
        m_exportStatus->setStyleSheet(QStringLiteral("color: #b02020;"));
        return false;
    }
    m_exportedPath = path;
    m_exportStatus->setStyleSheet({});
    m_exportStatus->setText(tr("Exported %n record(s) to %1", nullptr, int(m_records.size())).arg(path));
    return true;
}

void ClearConfirmDialog::setExportFirst(bool exportFirst)
{
    m_exportFirst->setChecked(exportFirst && m_exportFirst->isEnabled());
}

bool ClearConfirmDialog::exportFirst() const
{
    return m_exportFirst->isChecked();
}

void ClearConfirmDialog::confirm()
{
    if (!canConfirm()) {
        return;
    }
    if (exportFirst() && m_exportedPath.isEmpty()) {
        chooseExportFile(true);
        return;
    }
    accept();
}

void ClearConfirmDialog::chooseExportFile(bool thenAccept)
{
    auto *chooser = new QFileDialog(this, tr("Export records before clearing"));
    chooser->setObjectName(QStringLiteral("clearExportChooser"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setNameFilters({tr("JSON (*.json)"), tr("JSON lines (*.jsonl)"), tr("CSV (*.csv)")});
    chooser->setDefaultSuffix(QStringLiteral("json"));
    chooser->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    chooser->selectFile(QStringLiteral("offline-events-%1.json")
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    connect(chooser, &QFileDialog::fileSelected, this, [this, thenAccept](const QString &path) {
        if (exportTo(path) && thenAccept && canConfirm()) {
            accept();
        }
    });
    chooser->open();
}

QString ClearConfirmDialog::modeText(ClearPlan::Mode mode)
{
    switch (mode) {
    case ClearPlan::Mode::ById:
        return tr("By ID: exactly the selected rows");
    case ClearPlan::Mode::ByMessageId:
        return tr("By MESSAGE_ID: every row in the group with one of the selected rows' MESSAGE_IDs");
    case ClearPlan::Mode::EntireGroup:
        return tr("Entire group: every loaded row of the group, by ID");
    }
    return {};
}

} // namespace b24::ui
