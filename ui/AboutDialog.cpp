// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace b24::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Bitrix24 Offline Queue"));

    m_html = tr("<h2>Bitrix24 Offline Queue</h2>"
                "<p>Version %1</p>"
                "<p>Inspect and safely clear a Bitrix24 application's offline event queue: browse it by "
                "batch, find stuck reservations, clear exactly the records you choose and verify the "
                "result, with every request explained.</p>"
                "<p>Licensed under the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General "
                "Public License, version 3 or later</a> (GPL-3.0-or-later). This program comes with "
                "absolutely no warranty.</p>"
                "<p style='color:gray'>Built with Qt %2, running on Qt %3.</p>")
                 .arg(version(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));

    auto *icon = new QLabel;
    const QIcon appIcon = QIcon(QStringLiteral(":/icons/b24-offline-queue.svg")).isNull()
        ? QApplication::windowIcon()
        : QIcon(QStringLiteral(":/icons/b24-offline-queue.svg"));
    icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *label = new QLabel(m_html);
    label->setObjectName(QStringLiteral("aboutText"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(icon);
    row->addWidget(label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setFixedWidth(480);
}

QString AboutDialog::version()
{
    return QStringLiteral(B24_VERSION);
}

QString AboutDialog::text() const
{
    QTextDocument document;
    document.setHtml(m_html);
    return document.toPlainText();
}

} // namespace b24::ui
