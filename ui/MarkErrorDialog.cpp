// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkErrorDialog.h"

#include "queue/QueueActions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace b24::ui {

MarkErrorDialog::MarkErrorDialog(const QString &portal, const QString &processId,
                                 const QStringList &messageIds, int selectedRows, QWidget *parent)
    : QDialog(parent), m_processId(processId), m_messageIds(messageIds)
{
    setObjectName(QStringLiteral("markErrorDialog"));
    setWindowTitle(tr("Mark as error"));
    setMinimumWidth(520);

    auto *explanation = new QLabel(
        tr("<p>This calls <tt>event.offline.error</tt> for %n MESSAGE_ID(s) of batch <tt>%1</tt>.</p>"
           "<ul><li>The batch's rows with these MESSAGE_IDs get <b>ERROR=1</b> and are released from the "
           "batch (PROCESS_ID becomes empty). Normal consumers no longer receive them; they stay until "
           "cleared.</li>"
           "<li>Copies of the same MESSAGE_IDs that are <b>unreserved or in other batches are deleted</b>."
           "</li></ul>",
           nullptr, int(messageIds.size()))
            .arg(processId.toHtmlEscaped()),
        this);
    explanation->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Portal:"), new QLabel(portal, this));
    form->addRow(tr("Selected rows:"), new QLabel(QString::number(selectedRows), this));
    form->addRow(tr("MESSAGE_IDs:"), new QLabel(QString::number(messageIds.size()), this));

    const QString problem = QueueActions::validateMarkError(processId, messageIds);
    auto *problemLabel = new QLabel(problem, this);
    problemLabel->setObjectName(QStringLiteral("markErrorProblem"));
    problemLabel->setStyleSheet(QStringLiteral("color: #b02020;"));
    problemLabel->setWordWrap(true);
    problemLabel->setVisible(!problem.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Mark %n as error", nullptr, int(messageIds.size())),
                                   QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmMarkErrorButton"));
    m_confirm->setAutoDefault(false);
    m_confirm->setEnabled(problem.isEmpty());
    buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_confirm->isEnabled()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(problemLabel);
    layout->addWidget(buttons);
}

} // namespace b24::ui
