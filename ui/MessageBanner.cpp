// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace b24::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(ErrorSeverity severity, const QString &title, const QString &body)
{
    m_severity = severity;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString colours = QStringLiteral("background: #e8f0fb; border: 1px solid #9bb8e0;");
    switch (severity) {
    case ErrorSeverity::Info:
        break;
    case ErrorSeverity::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        colours = QStringLiteral("background: #fff4d6; border: 1px solid #e0b860;");
        break;
    case ErrorSeverity::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        colours = QStringLiteral("background: #fde4e4; border: 1px solid #e09090;");
        break;
    }
    setStyleSheet(QStringLiteral("#messageBanner { %1 border-radius: 3px; }").arg(colours));
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(24, 24));
    m_text->setText(QStringLiteral("<b>%1</b><br/>%2").arg(title.toHtmlEscaped(), body));
    m_plain = title + QLatin1Char('\n') + body;
    show();
}

void MessageBanner::showError(const ErrorInfo &info, const QString &context)
{
    QStringList lines;
    if (!context.isEmpty()) {
        lines << context.toHtmlEscaped();
    }
    if (!info.explanation.isEmpty()) {
        lines << info.explanation.toHtmlEscaped();
    }
    if (!info.action.isEmpty()) {
        lines << tr("<i>What to do:</i> %1").arg(info.action.toHtmlEscaped());
    }
    if (!info.code.isEmpty()) {
        lines << tr("Code: <tt>%1</tt>").arg(info.code.toHtmlEscaped());
    }
    const QString title = info.title.isEmpty() ? tr("The request failed") : info.title;
    showMessage(info.severity, title, lines.join(QStringLiteral("<br/>")));
}

void MessageBanner::dismiss()
{
    hide();
    m_plain.clear();
}

QString MessageBanner::text() const
{
    return m_plain;
}

} // namespace b24::ui
