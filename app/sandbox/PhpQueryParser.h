// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhpValue.h"

#include <QByteArray>

namespace b24::sandbox {

// PHP's parse_str()/form decoding: `a[b][]=1&c=2` into nested ordered arrays, including PHP's
// quirks (spaces and dots in the top-level name become `_`, `[]` appends) and the
// max_input_vars limit: variables past the limit are dropped silently, as PHP does with a warning.
class PhpQueryParser
{
public:
    static constexpr int defaultMaxInputVars = 1000;

    // Merges the pairs of `query` into *target (which becomes an array). Returns how many
    // variables were dropped because of maxInputVars (<= 0 disables the limit).
    static int parseInto(const QByteArray &query, PhpValue *target, int maxInputVars = defaultMaxInputVars);
    static PhpValue parse(const QByteArray &query, int maxInputVars = defaultMaxInputVars);

    static QString urlDecode(const QByteArray &text);

private:
    static void registerVariable(const QString &name, const QString &value, PhpValue *target);
};

} // namespace b24::sandbox
