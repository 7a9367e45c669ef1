// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace b24 {

// Upload body for destructive calls. QNetworkAccessManager (Qt 6.4) silently re-sends a request
// when the connection drops while it waits for the answer (up to twice, POST included). For
// event.offline.clear that would run the deletion again behind everyone's back. Posted with
// QNetworkRequest::DoNotBufferUploadDataAttribute, this sequential device refuses to rewind once
// any byte was read, so such a re-send fails with QNetworkReply::ContentReSendError and the call
// is reported as OutcomeUnknown instead.
class NonReplayableBody : public QIODevice
{
    Q_OBJECT

public:
    explicit NonReplayableBody(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_position >= m_data.size(); }
    bool reset() override; // true only while nothing has been read
    [[nodiscard]] bool wasRewindRefused() const { return m_rewindRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
    bool m_rewindRefused = false;
};

} // namespace b24
