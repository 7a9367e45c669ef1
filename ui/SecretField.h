// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace b24::ui {

// A masked line edit for a token or client secret, with a "Show" toggle for checking what was
// pasted. Input methods are told the text is sensitive so nothing is learned or predicted.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    explicit SecretField(const QString &objectName, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    void setText(const QString &text);
    void setPlaceholderText(const QString &text);
    void setRevealed(bool revealed);
    [[nodiscard]] bool isRevealed() const;
    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void textChanged(const QString &text);

private:
    QLineEdit *m_edit;
    QToolButton *m_reveal;
};

} // namespace b24::ui
