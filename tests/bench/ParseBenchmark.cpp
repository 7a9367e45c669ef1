// SPDX-License-Identifier: GPL-3.0-or-later
// b24-bench-parse (Google Benchmark): throughput of the list-response parser, i.e. the code that
// turns one loader batch answer (50 event.offline.list results x 50 rows) into OfflineEvents.
#include "ParsePipeline.h"
#include "SyntheticBatch.h"

#include <QJsonDocument>

#include <benchmark/benchmark.h>

using namespace b24::bench;

namespace {

void setThroughput(benchmark::State &state, const QByteArray &body, qsizetype rowsPerIteration)
{
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
    state.SetItemsProcessed(int64_t(state.iterations()) * rowsPerIteration);
    state.counters[std::string("body_KB")] = double(body.size()) / 1024.0;
}

// QJsonDocument alone: the floor any parser built on Qt's JSON reader has to pay.
void QtJsonDocumentOnly(benchmark::State &state)
{
    const QByteArray body = SyntheticBatch::body(50, 50, int(state.range(0)));
    for (auto _ : state) {
        QJsonDocument document = QJsonDocument::fromJson(body);
        benchmark::DoNotOptimize(document);
    }
    setThroughput(state, body, 2500);
}

// ResponseParser + BatchResult::fromJson + ListPage::rows: body to QList<OfflineEvent>.
void ListBatchToEvents(benchmark::State &state)
{
    const QByteArray body = SyntheticBatch::body(50, 50, int(state.range(0)));
    qsizetype rows = 0;
    for (auto _ : state) {
        const auto events = ParsePipeline::parseBatch(body);
        rows = events.size();
        benchmark::DoNotOptimize(events.constData());
    }
    if (rows != 2500)
        state.SkipWithError("the parser did not return 2,500 rows");
    setThroughput(state, body, rows);
}

// The same plus what RestClient does with every answer for its request log (mask, count rows).
void ListBatchAsClient(benchmark::State &state)
{
    const QByteArray body = SyntheticBatch::body(50, 50, int(state.range(0)));
    qsizetype rows = 0;
    for (auto _ : state) {
        const auto events = ParsePipeline::parseBatchAsClient(body);
        rows = events.size();
        benchmark::DoNotOptimize(events.constData());
    }
    if (rows != 2500)
        state.SkipWithError("the parser did not return 2,500 rows");
    setThroughput(state, body, rows);
}

} // namespace

// Arg: extra EVENT_DATA bytes per row (0 = rows like the sandbox's seeded ones, ~230 bytes of JSON each).
BENCHMARK(QtJsonDocumentOnly)->Arg(0)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(ListBatchToEvents)->Arg(0)->Arg(1000)->Unit(benchmark::kMillisecond);
BENCHMARK(ListBatchAsClient)->Arg(0)->Arg(1000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
