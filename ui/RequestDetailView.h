// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/RequestLogEntry.h"
#include "net/SecretMasker.h"

#include <QDateTime>
#include <QWidget>

class QTextBrowser;

namespace b24::ui {

// The selected request in full: what went wrong and what to do next, the request (secrets masked
// once more, in case an entry slipped through unmasked), the portal's `time` block with the
// operating budget and when it resets, and the raw response pretty-printed.
class RequestDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit RequestDetailView(QWidget *parent = nullptr);

    void showEntry(const b24::RequestLogEntry &entry, const b24::SecretMasker &masker);
    void clearEntry();
    [[nodiscard]] QString plainText() const;

    // "14:32:05 (in 10 min)": the absolute local time and how far away it is from now.
    static QString describeReset(qint64 resetAtUnix, const QDateTime &now);
    // JSON indented; anything else as text. Long bodies are cut for display (the file keeps all).
    static QString prettyResponse(const QByteArray &body);

private:
    QString explanationHtml(const b24::RequestLogEntry &entry) const;
    QString requestHtml(const b24::RequestLogEntry &entry, const b24::SecretMasker &masker) const;
    QString timeHtml(const b24::TimeInfo &time) const;

    QTextBrowser *m_browser;
};

} // namespace b24::ui
