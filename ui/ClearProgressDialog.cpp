// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClearProgressDialog.h"

#include "queue/ClearExecutor.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace b24::ui {

ClearProgressDialog::ClearProgressDialog(ClearExecutor *executor, int chunksTotal, QWidget *parent)
    : QDialog(parent),
      m_executor(executor),
      m_label(new QLabel(this)),
      m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Stop after this request"), this))
{
    setObjectName(QStringLiteral("clearProgressDialog"));
    setWindowTitle(tr("Clearing"));
    setMinimumWidth(420);
    m_label->setObjectName(QStringLiteral("clearProgressLabel"));
    m_label->setText(tr("Sending request 1 of %1…").arg(chunksTotal));
    m_bar->setObjectName(QStringLiteral("clearProgressBar"));
    m_bar->setRange(0, std::max(1, chunksTotal));
    m_bar->setValue(0);
    m_cancel->setObjectName(QStringLiteral("clearProgressCancel"));
    m_cancel->setToolTip(tr("A request already sent cannot be taken back; the clear stops before the next "
                            "one and the report says what happened."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel, 0, Qt::AlignRight);

    connect(m_cancel, &QPushButton::clicked, this, &ClearProgressDialog::reject);
    connect(executor, &ClearExecutor::progress, this, [this](int done, int total) {
        m_bar->setRange(0, std::max(1, total));
        m_bar->setValue(done);
        if (done < total) {
            m_label->setText(tr("Sending request %1 of %2…").arg(done + 1).arg(total));
        }
    });
    connect(executor, &ClearExecutor::verifying, this, [this] {
        m_label->setText(tr("Listing the queue again to verify what is gone…"));
        m_bar->setRange(0, 0);
        m_cancel->setEnabled(false);
    });
    connect(executor, &ClearExecutor::finished, this, &QDialog::accept);
}

void ClearProgressDialog::reject()
{
    if (m_executor && m_executor->isRunning()) {
        m_executor->cancel();
        m_cancel->setEnabled(false);
        m_label->setText(tr("Stopping: waiting for the request in flight, then verifying…"));
        return;
    }
    QDialog::reject();
}

} // namespace b24::ui
