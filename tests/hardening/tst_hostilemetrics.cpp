// Hostile metrics: bodies of 1 GB announced or streamed by a local server
// are cut at the fetcher's cap; lines of 10 MB, 10^6 label pairs, more
// series, families or repeated families than the parser's bounds (see
// PromParseLimits), and an API answer of a million bad samples each end in
// a clear error within bounded memory. The
// 64 MiB payload limit of the metrics command is tested in tests/cli
// (metricsErrors). Time is guarded by QTEST_FUNCTION_TIMEOUT only.
#include "hardeningsupport.h"
#include "nettestsupport.h"

#include "metrics/metricssnapshot.h"
#include "monitor/metricsscraper.h"
#include "monitor/promapireader.h"

#include <QSignalSpy>

using namespace phc;
using namespace phctest;

namespace {

constexpr qint64 gigabyte = 1024LL * 1024 * 1024;

// Memory bounds, generous on purpose, far below the hostile sizes; the heap's
// own count (allocationcounter.cpp), whatever the allocator keeps resident.
constexpr qint64 skippedLineMiB = 16;  // a line past the limit is skipped, not copied
constexpr qint64 floodMiB = 64;        // issues past PromParseLimits::maxIssues are only counted
// the fetcher alone: the capped body (never grown past the cap), the old block
// beside the new while realloc copies (AddressSanitizer's always does), the
// read-ahead buffer and the chunk in hand; 64-65 MiB measured with glibc, 128
// under AddressSanitizer; the old doubling past the cap held 192
constexpr qint64 cappedBodyMiB = 2 * defaultMaxResponseBytes / (1024 * 1024) + 16;
constexpr qint64 refusedBodyMiB = 16;  // refused on Content-Length: nothing read

// One family of `count` counter series, 20 to 25 bytes a line.
QByteArray series(qsizetype count)
{
    QByteArray out = "# TYPE requests counter\n";
    out.reserve(count * 26);
    for (qsizetype i = 0; i < count; ++i)
        out += "requests_total{id=\"" + QByteArray::number(i) + "\"} 1\n";
    return out;
}

const Issue *findIssue(const Issues &issues, const QString &start)
{
    for (const Issue &i : issues)
        if (i.message.startsWith(start))
            return &i;
    return nullptr;
}

// Streams `total` bytes of valid metrics lines once the request has come,
// as fast as the client reads (a few chunks in flight), never holding more.
void streamMetrics(QTcpSocket *socket, qint64 total, bool chunked)
{
    static const QByteArray lines = repeated("posthog_events_ingested_total 1\n", 2048); // 64 KiB
    auto sent = std::make_shared<qint64>(0);
    auto feed = [socket, sent, total, chunked] {
        while (*sent < total && socket->bytesToWrite() < 4 * lines.size()) {
            socket->write(chunked ? QByteArray::number(lines.size(), 16) + "\r\n" + lines + "\r\n" : lines);
            *sent += lines.size();
        }
        if (*sent >= total && chunked)
            socket->write("0\r\n\r\n");
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    feed();
}

// The fetcher alone, without the scraper's parse on a worker thread (whose
// memory the direct parser cases bound): what the capped body costs.
FetchResult fetchCapped(const QUrl &url)
{
    HttpFetcher fetcher;
    fetcher.setOptions({60000, defaultMaxResponseBytes, {}, 5});
    FetchResult result;
    bool done = false;
    FetchRequest request;
    request.url = url;
    fetcher.fetch(request, &fetcher, [&](const FetchResult &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 100000)) {
        result.error = FetchError::Other;
        result.errorText = QStringLiteral("test: no answer");
    }
    return result;
}

ScrapeResult scrape(const QUrl &url)
{
    HttpFetcher fetcher; // default options: the cap is defaultMaxResponseBytes
    fetcher.setOptions({60000, defaultMaxResponseBytes, {}, 5});
    MetricsScraper scraper(&fetcher);
    scraper.setUrl(url);
    QSignalSpy spy(&scraper, &MetricsScraper::scraped);
    scraper.scrapeOnce();
    if (!spy.wait(100000)) {
        ScrapeResult hung;
        hung.fetch.error = FetchError::Other;
        hung.fetch.errorText = QStringLiteral("test: no answer");
        return hung;
    }
    return spy.first().first().value<ScrapeResult>();
}

} // namespace

class TestHostileMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineOf10MegabytesIsSkipped_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("label value") << "big{v=\"" + QByteArray(10 * 1024 * 1024, 'v') + "\"} 1";
        QTest::newRow("HELP text") << "# HELP big " + QByteArray(10 * 1024 * 1024, 'h');
        QTest::newRow("no newline, no end") << QByteArray(10 * 1024 * 1024, 'x');
    }
    void lineOf10MegabytesIsSkipped()
    {
        QFETCH(QByteArray, line);
        const QByteArray payload = "before 1\n" + line + "\nafter 2\n";
        PeakMemory memory;
        const MetricsSnapshot s = MetricsSnapshot::parse(payload);
        const Issue *e = findIssue(s.issues(), QStringLiteral("line is longer than 1048576 bytes; skipped"));
        QVERIFY2(e, qPrintable(formatIssues(s.issues(), QStringLiteral("payload"))));
        QCOMPARE(e->line, 2);
        QCOMPARE(s.stats().malformedLines, 1);
        QVERIFY(s.family("before") && s.family("after")); // the lines around it are read
        QVERIFY2(memory.growthMiB() < skippedLineMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void millionLabelPairs()
    {
        // About 12 MB on one line: past the line limit before the label limit.
        QByteArray line = "many{";
        for (int i = 0; i < 1'000'000; ++i)
            line += "l" + QByteArray::number(i) + "=\"v\",";
        const QByteArray payload = line + "} 1\nafter 2\n";
        PeakMemory memory;
        const MetricsSnapshot s = MetricsSnapshot::parse(payload);
        QVERIFY(findIssue(s.issues(), QStringLiteral("line is longer than 1048576 bytes")));
        QCOMPARE(s.stats().samples, 1);
        QVERIFY2(memory.growthMiB() < skippedLineMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void labelLimit_data()
    {
        QTest::addColumn<int>("labels");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("64") << 64 << true;
        QTest::newRow("65") << 65 << false;
        QTest::newRow("50,000 within a 1 MiB line") << 50'000 << false;
    }
    void labelLimit()
    {
        QFETCH(int, labels);
        QFETCH(bool, accepted);
        QByteArray line = "wide{";
        for (int i = 0; i < labels; ++i)
            line += "l" + QByteArray::number(i) + "=\"v\",";
        line += "} 1\n";
        QVERIFY(line.size() < 1024 * 1024);
        PeakMemory memory;
        const MetricsSnapshot s = MetricsSnapshot::parse(line);
        QCOMPARE(s.seriesCount(), accepted ? 1 : 0);
        if (!accepted) {
            const Issue *e = findIssue(s.issues(), QStringLiteral("more labels than the limit of 64"));
            QVERIFY2(e, qPrintable(formatIssues(s.issues(), QStringLiteral("payload"))));
            // At the 65th label: "wide{" and 64 labels of 6 to 7 bytes before it.
            QCOMPARE(e->column, int(line.indexOf("l64=")) + 1);
        }
        QVERIFY2(memory.growthMiB() < skippedLineMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void seriesLimit()
    {
        // Past 500,000 series nothing more is kept: twice the series, no more memory.
        const PromParseLimits limits;
        const QByteArray atLimit = series(limits.maxSeries);
        const QByteArray twice = series(2 * limits.maxSeries);
        qint64 grewAtLimit = 0;
        {
            PeakMemory memory;
            const MetricsSnapshot s = MetricsSnapshot::parse(atLimit);
            QCOMPARE(s.seriesCount(), limits.maxSeries);
            QVERIFY(s.issues().isEmpty());
            grewAtLimit = memory.growthMiB();
        }
        PeakMemory memory;
        const MetricsSnapshot s = MetricsSnapshot::parse(twice);
        QCOMPARE(s.seriesCount(), limits.maxSeries);
        const Issue *e = findIssue(s.issues(), QStringLiteral("more than 500000 series; the rest are dropped"));
        QVERIFY2(e, qPrintable(formatIssues(s.issues(), QStringLiteral("payload"))));
        QCOMPARE(e->line, int(limits.maxSeries) + 2); // after the TYPE line
        QCOMPARE(s.issues().size(), 1);
        const qint64 grew = memory.growthMiB();
        QVERIFY2(grew < grewAtLimit + 32, qPrintable(QStringLiteral("%1 MiB, %2 MiB at the limit").arg(grew).arg(grewAtLimit)));
    }

    void familyLimit()
    {
        const PromParseLimits limits;
        QByteArray payload;
        for (qsizetype i = 0; i <= limits.maxFamilies; ++i)
            payload += "f" + QByteArray::number(i) + " 1\n";
        const MetricsSnapshot s = MetricsSnapshot::parse(payload);
        QCOMPARE(s.families().size(), limits.maxFamilies);
        const Issue *e = findIssue(s.issues(), QStringLiteral("more than 100000 families; the rest are dropped"));
        QVERIFY(e);
        QCOMPARE(e->line, int(limits.maxFamilies) + 1);
    }

    void issueFlood_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("malformed");
        // Two families taking turns: every line after the first two continues a family seen before.
        QTest::newRow("repeated families") << repeated("a 1\nb 1\n", 2'000'000) << 3'999'998 << 0;
        QTest::newRow("malformed lines") << repeated("?\n", 4'000'000) << 0 << 4'000'000;
    }
    void issueFlood()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, warnings);
        QFETCH(int, malformed);
        const PromParseLimits limits;
        PeakMemory memory;
        const MetricsSnapshot s = MetricsSnapshot::parse(payload);
        QCOMPARE(s.stats().warnings, warnings);
        QCOMPARE(s.stats().malformedLines, malformed);
        QCOMPARE(s.issues().size(), limits.maxIssues);
        QCOMPARE(s.issues().size() + s.stats().droppedIssues, warnings + malformed);
        QVERIFY2(memory.growthMiB() < floodMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void apiAnswerWithAMillionBadSamples()
    {
        // 2 MB of JSON, every sample wrong: issues stop at the limit, one more counts the rest.
        const QByteArray json = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
            + repeated("1,", 999'999) + "1]}}";
        PeakMemory memory;
        const auto r = PromApiReader::parse(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.issues().size(), PromApiReader::maxIssues + 1);
        QCOMPARE(r.issues().first().path, QStringLiteral("data.result[0]"));
        QCOMPARE(r.issues().last().message, QStringLiteral("999000 more problems not listed"));
        QCOMPARE(r.issues().last().severity, Severity::Error);
        QVERIFY2(memory.growthMiB() < floodMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void gigabyteAnnouncedIsRefusedOnTheHeader()
    {
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(500, "unused"); });
        server.setRawHandler([](const HttpRequest &, QTcpSocket *socket) {
            socket->write(httpResponseHead(200, {{"Content-Type", "text/plain; version=0.0.4"}}, gigabyte, false));
            streamMetrics(socket, gigabyte, false);
            return true;
        });
        QVERIFY(server.listen());
        PeakMemory memory;
        const ScrapeResult r = scrape(server.url());
        QCOMPARE(r.fetch.error, FetchError::TooLarge);
        QVERIFY2(r.fetch.errorText.contains(QStringLiteral("announces 1073741824 bytes, more than the limit of 67108864")),
                 qPrintable(r.fetch.errorText));
        QVERIFY(r.body().size() <= defaultMaxResponseBytes);
        QVERIFY2(memory.growthMiB() < refusedBodyMiB, qPrintable(QString::number(memory.growthMiB())));
    }

    void gigabyteStreamedIsCutAtTheCap_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("chunked") << true;
        QTest::newRow("until close, no length") << false;
    }
    void gigabyteStreamedIsCutAtTheCap()
    {
        QFETCH(bool, chunked);
        MiniHttpServer server([](const HttpRequest &) { return HttpResponse::text(500, "unused"); });
        server.setRawHandler([chunked](const HttpRequest &, QTcpSocket *socket) {
            const HttpHeaders headers = chunked ? HttpHeaders {{"Transfer-Encoding", "chunked"}} : HttpHeaders {};
            socket->write(httpResponseHead(200, headers, -1, !chunked));
            streamMetrics(socket, gigabyte, chunked);
            return true;
        });
        QVERIFY(server.listen());
        PeakMemory memory;
        const FetchResult r = fetchCapped(server.url());
        QCOMPARE(r.error, FetchError::TooLarge);
        QVERIFY2(r.errorText.contains(QStringLiteral("passed the limit of 67108864 bytes")), qPrintable(r.errorText));
        QCOMPARE(r.body.size(), defaultMaxResponseBytes);
        QVERIFY2(memory.growthMiB() < cappedBodyMiB, qPrintable(QString::number(memory.growthMiB())));
    }
};

QTEST_GUILESS_MAIN(TestHostileMetrics)
#include "tst_hostilemetrics.moc"
