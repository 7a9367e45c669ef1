// SPDX-License-Identifier: GPL-3.0-or-later
#include "NonReplayableBody.h"

#include <cstring>

namespace b24 {

NonReplayableBody::NonReplayableBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent), m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 NonReplayableBody::bytesAvailable() const
{
    return (m_data.size() - m_position) + QIODevice::bytesAvailable();
}

bool NonReplayableBody::reset()
{
    if (m_position == 0) {
        return true; // nothing left the process yet; a first send may rewind freely
    }
    m_rewindRefused = true;
    return false;
}

qint64 NonReplayableBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_position);
    if (count <= 0) {
        return m_position >= m_data.size() ? -1 : 0;
    }
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 NonReplayableBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace b24
