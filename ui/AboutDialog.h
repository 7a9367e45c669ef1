// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace b24::ui {

// Name, version, what the tool is for, the licence and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    [[nodiscard]] static QString version(); // B24_VERSION
    [[nodiscard]] QString text() const; // everything shown, as plain text

private:
    QString m_html;
};

} // namespace b24::ui
