// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchMethod.h"

#include "PhpQueryParser.h"

#include <QRegularExpression>

namespace b24::sandbox {

PhpValue BatchMethod::substitute(const QString &value, const PhpValue &results)
{
    // "/\$(result|next|total|time|error)([^\s]*)/i", matched once on the original text.
    static const QRegularExpression reference(QStringLiteral("\\$(result|next|total|time|error)(\\S*)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression step(QStringLiteral("\\[([^\\]]+)\\]"));
    QString text = value;
    QList<QRegularExpressionMatch> matches;
    for (auto it = reference.globalMatch(value); it.hasNext();) {
        matches.append(it.next());
    }
    if (matches.isEmpty()) {
        return PhpValue::fromString(value);
    }
    for (const QRegularExpressionMatch &match : matches) {
        QStringList path;
        for (auto it = step.globalMatch(match.captured(2)); it.hasNext();) {
            path.append(it.next().captured(1));
        }
        if (path.isEmpty()) {
            continue;
        }
        // PHP array keys are case-sensitive: "$RESULT[…]" finds nothing. Walk by pointer: copying
        // the results on the way made every command of a 50-command batch copy all rows so far.
        const PhpValue none;
        const PhpValue *current = results.find(match.captured(1));
        if (!current) {
            current = &none;
        }
        for (const QString &key : path) {
            const PhpValue *next = current->isArray() ? current->find(key) : nullptr;
            if (!next || next->isNull()) {
                break;
            }
            current = next;
        }
        if (match.captured(0) == text) {
            return *current;
        }
        text.replace(match.captured(0), current->toString());
    }
    return PhpValue::fromString(text);
}

PhpValue BatchMethod::substituteAll(const PhpValue &params, const PhpValue &results)
{
    PhpValue out = PhpValue::array();
    for (const PhpArrayEntry &entry : params.entries()) {
        if (entry.value.isArray()) {
            out.insert(entry.key, substituteAll(entry.value, results));
        } else {
            out.insert(entry.key, substitute(entry.value.toString(), results));
        }
    }
    return out;
}

RestResult BatchMethod::run(const RestCallContext &outer, const Runner &runner, int maxInputVars)
{
    const PhpValue query = outer.params.withKeyCase(true);
    const bool halt = query.value(QStringLiteral("HALT")).toBool();

    PhpValue results = PhpValue::array();
    for (const char *part : {"result", "next", "total", "time", "error"}) {
        results.insert(QString::fromLatin1(part), PhpValue::array());
    }
    const PhpValue commands = query.value(QStringLiteral("CMD"));
    int count = 0;
    for (const PhpArrayEntry &command : commands.entries()) {
        RestResult outcome;
        PhpValue time;
        if (count++ < maxLength) {
            const QString call = command.value.toString();
            const qsizetype question = call.indexOf(u'?');
            const QString method = question < 0 ? call : call.left(question);
            const QByteArray rawQuery = question < 0 ? QByteArray() : call.mid(question + 1).toUtf8();
            PhpValue params = substituteAll(PhpQueryParser::parse(rawQuery, maxInputVars), results);
            const QString lower = method.toLower();
            if (lower == u"download" || lower == u"upload" || lower == u"batch") {
                RestError notAllowed;
                notAllowed.code = QStringLiteral("ERROR_BATCH_METHOD_NOT_ALLOWED");
                notAllowed.description = QStringLiteral("Method is not allowed for batch usage");
                outcome = RestResult::failure(notAllowed);
            } else {
                // The outer auth wins over anything the command carries.
                params.remove(QStringLiteral("auth"));
                params.remove(QStringLiteral("access_token"));
                params.remove(QStringLiteral("auth_connector"));
                RestCallContext sub = outer;
                sub.method = lower;
                sub.start = params.value(QStringLiteral("start")).toInt();
                sub.params = params;
                const SubCall done = runner(sub);
                outcome = done.result;
                time = done.time;
            }
        } else {
            RestError tooLong;
            tooLong.code = QStringLiteral("ERROR_BATCH_LENGTH_EXCEEDED");
            tooLong.description = QStringLiteral("Max batch length exceeded");
            outcome = RestResult::failure(tooLong);
        }

        if (outcome.ok()) {
            results.find(QStringLiteral("result"))->insert(command.key, outcome.result);
            if (outcome.next) {
                results.find(QStringLiteral("next"))->insert(command.key, PhpValue::fromInt(*outcome.next));
            }
            if (outcome.total) {
                results.find(QStringLiteral("total"))->insert(command.key, PhpValue::fromInt(*outcome.total));
            }
            if (!time.isNull()) {
                results.find(QStringLiteral("time"))->insert(command.key, time);
            }
        } else {
            results.find(QStringLiteral("error"))->insert(command.key, outcome.error->toPhp());
            if (halt) {
                break;
            }
        }
    }

    PhpValue result = PhpValue::array();
    result.insert(QStringLiteral("result"), results.value(QStringLiteral("result")));
    result.insert(QStringLiteral("result_error"), results.value(QStringLiteral("error")));
    result.insert(QStringLiteral("result_total"), results.value(QStringLiteral("total")));
    result.insert(QStringLiteral("result_next"), results.value(QStringLiteral("next")));
    result.insert(QStringLiteral("result_time"), results.value(QStringLiteral("time")));
    return RestResult::success(result);
}

} // namespace b24::sandbox
