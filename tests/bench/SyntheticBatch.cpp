// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticBatch.h"

#include <QCryptographicHash>

namespace b24::bench {

namespace {

QByteArray timeBlock()
{
    return R"({"start":1740813302.11,"finish":1740813302.19,"duration":0.08,"processing":0.01,)"
           R"("date_start":"2025-03-01T10:15:02+03:00","date_finish":"2025-03-01T10:15:02+03:00",)"
           R"("operating_reset_at":1740813902,"operating":0})";
}

QByteArray row(qint64 id, int payloadBytes)
{
    static const char *const names[] = {"ONCRMDEALUPDATE", "ONCRMLEADADD", "ONCRMCONTACTUPDATE", "ONTASKADD"};
    const QByteArray idText = QByteArray::number(id);
    const QByteArray data = R"({"FIELDS":{"ID":")" + QByteArray::number(id * 7 + 1000) + '"'
        + (payloadBytes > 0 ? R"(,"PAD":")" + QByteArray(payloadBytes, 'x') + '"' : QByteArray()) + "}}";
    const QByteArray name = names[id % 4];
    const QByteArray messageId = QCryptographicHash::hash(name + '|' + data, QCryptographicHash::Md5).toHex();
    return R"({"ID":")" + idText + R"(","TIMESTAMP_X":"2025-03-01T10:15:02+03:00","EVENT_NAME":")" + name
        + R"(","EVENT_DATA":)" + data + R"(,"EVENT_ADDITIONAL":{"user_id":"1"},"MESSAGE_ID":")" + messageId
        + R"(","PROCESS_ID":"","ERROR":"0"})";
}

} // namespace

QByteArray SyntheticBatch::body(int commands, int rows, int payloadBytes)
{
    QByteArray results = "{";
    QByteArray totals = "{";
    QByteArray times = "{";
    qint64 id = 1;
    for (int c = 0; c < commands; ++c) {
        const QByteArray key = "\"p" + QByteArray::number(c) + "\":";
        if (c > 0) {
            results += ',';
            totals += ',';
            times += ',';
        }
        results += key + '[';
        for (int r = 0; r < rows; ++r) {
            if (r > 0)
                results += ',';
            results += row(id++, payloadBytes);
        }
        results += ']';
        totals += key + "0"; // start=-1: the portal skips COUNT and reports 0
        times += key + timeBlock();
    }
    results += '}';
    totals += '}';
    times += '}';
    return R"({"result":{"result":)" + results + R"(,"result_error":[],"result_total":)" + totals
        + R"(,"result_next":[],"result_time":)" + times + R"(},"time":)" + timeBlock() + '}';
}

} // namespace b24::bench
