// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ErrorInfo.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace b24::ui {

// A closable strip above the queue that explains the last problem or finding (preflight notes,
// a failed call with the catalog's explanation and what to do). Not modal, so it never blocks
// work and tests can read it.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(b24::ErrorSeverity severity, const QString &title, const QString &body);
    void showError(const b24::ErrorInfo &info, const QString &context = {});
    void dismiss();
    [[nodiscard]] QString text() const; // title and body as plain text
    [[nodiscard]] b24::ErrorSeverity severity() const { return m_severity; }

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    b24::ErrorSeverity m_severity = b24::ErrorSeverity::Info;
    QString m_plain;
};

} // namespace b24::ui
