// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QTimer;

namespace b24::ui {

// The toolbar's quick filter. It reports the text only after typing pauses: refiltering 100,000
// rows on every keystroke would make typing stutter.
class QuickFilterField : public QLineEdit
{
    Q_OBJECT

public:
    explicit QuickFilterField(QWidget *parent = nullptr);

    void focusAndSelect(); // Ctrl+F

Q_SIGNALS:
    void filterChanged(const QString &text);

private:
    QTimer *m_delay;
};

} // namespace b24::ui
