// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestCall.h"

namespace b24::sandbox {

RestError RestError::argument(const QString &description, const QString &argument)
{
    RestError error;
    error.httpStatus = 400;
    error.code = QStringLiteral("ERROR_ARGUMENT");
    error.description = description;
    if (!argument.isNull()) {
        error.extra = PhpValue::array();
        error.extra.insert(QStringLiteral("argument"), PhpValue::fromString(argument));
    }
    return error;
}

PhpValue RestError::toPhp() const
{
    PhpValue envelope = PhpValue::array();
    envelope.insert(QStringLiteral("error"), PhpValue::fromString(code));
    envelope.insert(QStringLiteral("error_description"), PhpValue::fromString(description));
    for (const PhpArrayEntry &entry : extra.entries()) {
        envelope.insert(entry.key, entry.value);
    }
    return envelope;
}

} // namespace b24::sandbox
