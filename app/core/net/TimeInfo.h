// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace b24 {

// The "time" block Bitrix24 appends to every successful response. Numbers may arrive as int or
// float (recent cloud builds send "start":1774257804), so every field is read as a JSON double.
struct TimeInfo {
    bool present = false;
    double start = 0;
    double finish = 0;
    double duration = 0;
    double processing = 0;
    QString dateStart;
    QString dateFinish;
    std::optional<double> operating; // seconds this app spent in the method over the last 10 min
    std::optional<qint64> operatingResetAt; // Unix time when the oldest operating bucket expires

    static TimeInfo fromJson(const QJsonObject &object);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace b24
