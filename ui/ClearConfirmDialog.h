// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queue/ClearPlan.h"
#include "queue/OfflineEvent.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace b24::ui {

// The last stop before a clear: names portal, connector, group, mode and the exact count, lists
// the first records, offers to export them first, and for an entire group asks to type the count.
// An invalid plan (e.g. empty selection) keeps the clear button disabled and says why.
class ClearConfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ClearConfirmDialog(const b24::ClearPlan &plan, const QString &portal, const QString &connector,
                       const QList<b24::OfflineEvent> &records, QWidget *parent = nullptr);

    [[nodiscard]] const b24::ClearPlan &plan() const { return m_plan; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }
    [[nodiscard]] QLineEdit *typedCountEdit() const { return m_typedCount; } // null unless entire group
    [[nodiscard]] bool canConfirm() const;

    // Writes the records in scope (JSON, JSON lines or CSV by extension); false with a message
    // in the dialog when the file cannot be written.
    bool exportTo(const QString &path);
    [[nodiscard]] QString exportedPath() const { return m_exportedPath; }
    // "Export these records first": confirming then asks for a file and clears only after the
    // export succeeded.
    void setExportFirst(bool exportFirst);
    [[nodiscard]] bool exportFirst() const;

    static QString modeText(b24::ClearPlan::Mode mode);

private:
    void updateState();
    void chooseExportFile(bool thenAccept);
    void confirm();

    b24::ClearPlan m_plan;
    QList<b24::OfflineEvent> m_records;
    QLineEdit *m_typedCount = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_export = nullptr;
    QCheckBox *m_exportFirst = nullptr;
    QLabel *m_exportStatus = nullptr;
    QString m_exportedPath;
};

} // namespace b24::ui
