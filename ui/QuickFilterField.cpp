// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickFilterField.h"

#include "MainWindow.h"
#include "ThemedIcon.h"

#include <QTimer>

namespace b24::ui {

namespace {
constexpr int QuickFilterDelayMs = 200;
} // namespace

QuickFilterField::QuickFilterField(QWidget *parent) : QLineEdit(parent), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("quickFilter"));
    // MainWindow's translation context: the catalogue has the string there.
    setPlaceholderText(MainWindow::tr("Quick filter (Ctrl+F)"));
    setClearButtonEnabled(true);
    addAction(themedIcon("edit-find", QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    setMinimumWidth(200);
    m_delay->setSingleShot(true);
    m_delay->setInterval(QuickFilterDelayMs);
    connect(this, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(text()); });
}

void QuickFilterField::focusAndSelect()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

} // namespace b24::ui
