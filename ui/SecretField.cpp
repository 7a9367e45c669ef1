// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace b24::ui {

SecretField::SecretField(const QString &objectName, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_reveal(new QToolButton(this))
{
    setObjectName(objectName + QLatin1String("Field"));
    m_edit->setObjectName(objectName);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_edit->setClearButtonEnabled(true);
    m_reveal->setObjectName(objectName + QLatin1String("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the secret"));
    m_reveal->setFocusPolicy(Qt::TabFocus);
    setFocusProxy(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);

    connect(m_reveal, &QToolButton::toggled, this, &SecretField::setRevealed);
    connect(m_edit, &QLineEdit::textChanged, this, &SecretField::textChanged);
}

QString SecretField::text() const
{
    return m_edit->text().trimmed();
}

void SecretField::setText(const QString &text)
{
    m_edit->setText(text);
}

void SecretField::setPlaceholderText(const QString &text)
{
    m_edit->setPlaceholderText(text);
}

void SecretField::setRevealed(bool revealed)
{
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setChecked(revealed);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
}

bool SecretField::isRevealed() const
{
    return m_edit->echoMode() == QLineEdit::Normal;
}

} // namespace b24::ui
