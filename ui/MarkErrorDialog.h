// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QPushButton;

namespace b24::ui {

// Confirms event.offline.error for rows of one batch, spelling out what the server does: the
// batch's copies become ERROR=1 and are released, and copies of the same MESSAGE_IDs elsewhere
// (unreserved or in other batches) are deleted.
class MarkErrorDialog : public QDialog
{
    Q_OBJECT

public:
    MarkErrorDialog(const QString &portal, const QString &processId, const QStringList &messageIds,
                    int selectedRows, QWidget *parent = nullptr);

    [[nodiscard]] QString processId() const { return m_processId; }
    [[nodiscard]] QStringList messageIds() const { return m_messageIds; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }

private:
    QString m_processId;
    QStringList m_messageIds;
    QPushButton *m_confirm;
};

} // namespace b24::ui
