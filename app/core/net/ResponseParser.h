// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RestResult.h"

#include <QByteArray>

namespace b24 {

class SecretMasker;

// Pure function from an HTTP answer to the RestResult fields: status, result, next/total, the
// time block and the error envelope (for any HTTP status). Bodies that are not a JSON object
// (HTML 502 pages, empty or cut-off bodies) become CallStatus::BadResponse with a short,
// masked excerpt.
class ResponseParser
{
public:
    static constexpr int ExcerptLength = 200;

    static RestResult parse(const QString &method, int httpStatus, const QByteArray &body,
                            const SecretMasker &masker);
    // First ExcerptLength characters, markup stripped, whitespace collapsed, secrets masked.
    static QString excerpt(const QByteArray &body, const SecretMasker &masker);
};

} // namespace b24
