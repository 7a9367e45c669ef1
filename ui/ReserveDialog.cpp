// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReserveDialog.h"

#include "queue/QueueActions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace b24::ui {

ReserveDialog::ReserveDialog(const QString &portal, const ListFilter &filter, qint64 unreservedLoaded,
                             QWidget *parent)
    : QDialog(parent),
      m_filter(reservableFilter(filter)),
      m_limit(new QSpinBox(this)),
      m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("reserveDialog"));
    setWindowTitle(tr("Reserve unreserved rows"));
    setMinimumWidth(520);

    auto *explanation = new QLabel(
        tr("<p>Reserving calls <tt>event.offline.get</tt> with <tt>clear=0</tt>: the portal gives up to "
           "<i>limit</i> unreserved rows (oldest first) a new <tt>process_id</tt> and deletes nothing.</p>"
           "<p><b>Your production consumer will no longer receive these rows</b> until they are cleared, "
           "marked as error, or expire (about 34 days). Reserve only to clear or inspect specific rows, "
           "ideally while the consumer is stopped.</p><p>Needs the <tt>rest_offline_extended</tt> "
           "feature.</p>"),
        this);
    explanation->setWordWrap(true);

    m_limit->setObjectName(QStringLiteral("reserveLimit"));
    m_limit->setRange(1, 1000);
    m_limit->setValue(int(std::clamp<qint64>(unreservedLoaded, 1, 50)));
    m_limit->setToolTip(tr("At most this many rows are reserved"));

    QStringList filterParts;
    if (!m_filter.eventName.isEmpty()) {
        filterParts << tr("EVENT_NAME = %1").arg(m_filter.eventName);
    }
    if (m_filter.idFrom) {
        filterParts << tr("ID ≥ %1").arg(*m_filter.idFrom);
    }
    if (m_filter.idTo) {
        filterParts << tr("ID ≤ %1").arg(*m_filter.idTo);
    }
    auto *filterLabel = new QLabel(filterParts.isEmpty() ? tr("none (any unreserved row, oldest first)")
                                                         : filterParts.join(QStringLiteral(", ")),
                                   this);
    filterLabel->setObjectName(QStringLiteral("reserveFilter"));
    filterLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Portal:"), new QLabel(portal, this));
    form->addRow(tr("Limit:"), m_limit);
    form->addRow(tr("Filter:"), filterLabel);
    form->addRow(tr("Unreserved rows loaded:"), new QLabel(QLocale().toString(unreservedLoaded), this));

    m_problem->setObjectName(QStringLiteral("reserveProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Reserve"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmReserveButton"));
    m_confirm->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (QueueActions::validateReserve(limit(), m_filter).isEmpty()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_limit, &QSpinBox::valueChanged, this, &ReserveDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateState();
}

int ReserveDialog::limit() const
{
    return m_limit->value();
}

void ReserveDialog::setLimit(int limit)
{
    m_limit->setValue(limit);
}

ListFilter ReserveDialog::reservableFilter(const ListFilter &filter)
{
    ListFilter result;
    result.eventName = filter.eventName;
    result.idFrom = filter.idFrom;
    result.idTo = filter.idTo;
    return result;
}

void ReserveDialog::updateState()
{
    const QString problem = QueueActions::validateReserve(limit(), m_filter);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_confirm->setEnabled(problem.isEmpty());
}

} // namespace b24::ui
