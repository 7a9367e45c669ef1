// SPDX-License-Identifier: GPL-3.0-or-later
// b24-bench: the load, clear, memory and responsiveness benchmarks of issue 6. Every scenario
// prints one JSON line (also appended to --out); tests/bench/run-benchmarks.sh runs them all.
#include "ClearBenchmark.h"
#include "LoadBenchmark.h"
#include "MemoryBenchmark.h"
#include "SmokeCheck.h"
#include "StallBenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <memory>

using namespace b24::bench;

namespace {

QList<int> counts(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    QList<int> values;
    for (const QString &part : parser.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool valid = false;
        const int value = part.trimmed().toInt(&valid);
        if (!valid || value <= 0) {
            QTextStream(stderr) << "--" << name
                                << " needs positive record counts such as 10000,100000, not \""
                                << parser.value(name) << "\"\n";
            *ok = false;
        }
        values.append(value);
    }
    return values;
}

} // namespace

int main(int argc, char *argv[])
{
    // The responsiveness benchmark needs widgets; everything else only an event loop.
    bool gui = false;
    for (int i = 1; i < argc; ++i)
        gui = gui || QByteArray(argv[i]).startsWith("--stall");
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app
        = gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Load, clear, memory and responsiveness benchmarks against the in-process sandbox portal "
        "(2 req/s, burst 50). Record counts are comma-separated lists."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("load"), QStringLiteral("Full loads through QueueLoader, rate-limited."),
         QStringLiteral("N,…")},
        {QStringLiteral("unthrottled"),
         QStringLiteral("With --load: also load each N with the rate limit off.")},
        {QStringLiteral("naive"), QStringLiteral("Naive baseline: one 50-row page per request."),
         QStringLiteral("N,…")},
        {QStringLiteral("clear"), QStringLiteral("Clear N ids of one reserved batch and N unreserved ids."),
         QStringLiteral("N,…")},
        {QStringLiteral("memory"),
         QStringLiteral("Peak/current RSS with N records loaded (run one N per process)."),
         QStringLiteral("N")},
        {QStringLiteral("stall"), QStringLiteral("Longest GUI event-loop stall while N records load."),
         QStringLiteral("N")},
        {QStringLiteral("portal"), QStringLiteral("b24-sandbox-portal executable for --memory."),
         QStringLiteral("path"), QStringLiteral(B24_SANDBOX_PORTAL)},
        {QStringLiteral("out"), QStringLiteral("Append each result as a JSON line to this file."),
         QStringLiteral("file")},
        {QStringLiteral("check"),
         QStringLiteral("Exit with 1 unless every scenario's outcome is right (all rows loaded or "
                        "cleared and verified, requests within bounds, no QUERY_LIMIT_EXCEEDED). "
                        "Timings are not checked.")},
    });
    parser.process(*app);

    QFile out(parser.value(QStringLiteral("out")));
    if (parser.isSet(QStringLiteral("out")) && !out.open(QIODevice::Append | QIODevice::Text)) {
        QTextStream(stderr) << "cannot write " << out.fileName() << ": " << out.errorString() << '\n';
        return 2;
    }
    QTextStream console(stdout);
    auto report = [&](QJsonObject result) {
        result.insert(QLatin1String("loadAverageAfter"), LoadBenchmark::loadAverage());
        const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact);
        console << line << Qt::endl;
        if (out.isOpen()) {
            out.write(line + '\n');
            out.flush();
        }
        if (result.contains(QLatin1String("error")))
            return false;
        if (!parser.isSet(QStringLiteral("check")))
            return true;
        const QString problem = SmokeCheck::problem(result);
        if (!problem.isEmpty())
            QTextStream(stderr) << "check failed: " << result.value(QLatin1String("benchmark")).toString()
                                << ": " << problem << '\n';
        return problem.isEmpty();
    };

    bool ok = true;
    const QList<int> loads = counts(parser, QStringLiteral("load"), &ok);
    const QList<int> naives = counts(parser, QStringLiteral("naive"), &ok);
    const QList<int> clears = counts(parser, QStringLiteral("clear"), &ok);
    const QList<int> memories = counts(parser, QStringLiteral("memory"), &ok);
    const QList<int> stalls = counts(parser, QStringLiteral("stall"), &ok);
    if (!ok)
        return 2;
    if (loads.isEmpty() && naives.isEmpty() && clears.isEmpty() && memories.isEmpty() && stalls.isEmpty()) {
        QTextStream(stderr)
            << "nothing to run: give --load, --naive, --clear, --memory or --stall (see --help)\n";
        return 2;
    }
    for (int rows : loads) {
        ok = report(LoadBenchmark::loader(rows, true)) && ok;
        if (parser.isSet(QStringLiteral("unthrottled")))
            ok = report(LoadBenchmark::loader(rows, false)) && ok;
    }
    for (int rows : naives)
        ok = report(LoadBenchmark::naive(rows)) && ok;
    for (int rows : clears) {
        ok = report(ClearBenchmark::run(rows, true)) && ok;
        ok = report(ClearBenchmark::run(rows, false)) && ok;
    }
    for (int rows : memories)
        ok = report(MemoryBenchmark::run(rows, parser.value(QStringLiteral("portal")))) && ok;
    for (int rows : stalls)
        ok = report(StallBenchmark::run(rows)) && ok;
    return ok ? 0 : 1;
}
