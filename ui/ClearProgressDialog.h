// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace b24 {
class ClearExecutor;
}

namespace b24::ui {

// Shows a running clear chunk by chunk and lets the admin stop it before the next chunk.
// Closes itself when the executor finishes; the report dialog takes over from there.
class ClearProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClearProgressDialog(b24::ClearExecutor *executor, int chunksTotal, QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }

protected:
    void reject() override; // Escape / close = cancel, never a silent hide

private:
    b24::ClearExecutor *m_executor;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace b24::ui
