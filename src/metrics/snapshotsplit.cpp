// MetricsSnapshot::parse and parseFile: one pass, or two parts on two
// threads joined into the same snapshot.
#include "metricssnapshot.h"

#include "promdevicereader.h"
#include "snapshotbuilder.h"

#include <QFile>
#include <QThread>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <thread>

namespace phc {

namespace {

// Where to cut: the offset in `window` of a "# HELP " or "# TYPE " line
// that follows a line that is no comment (so it most likely starts a
// family), or -1. `window` may begin inside a line: its first line is only
// a predecessor.
qsizetype findCut(QByteArrayView window, bool startsAtLine)
{
    const char *const begin = window.data();
    const char *const end = begin + window.size();
    const char *line = begin;
    if (!startsAtLine) {
        const auto *nl = static_cast<const char *>(std::memchr(begin, '\n', size_t(window.size())));
        if (!nl)
            return -1;
        line = nl + 1;
    }
    bool previousIsComment = true; // the line before the window is unknown
    while (line < end) {
        const auto *nl = static_cast<const char *>(std::memchr(line, '\n', size_t(end - line)));
        if (!nl)
            return -1; // the last line may be cut short
        const QByteArrayView text(line, nl - line);
        const bool comment = text.startsWith('#');
        if (comment && !previousIsComment && (text.startsWith("# HELP ") || text.startsWith("# TYPE ")))
            return line - begin;
        previousIsComment = comment || text.trimmed().isEmpty();
        line = nl + 1;
    }
    return -1;
}

// One part of the payload, parsed on its own; finished once the part
// before it is known.
struct Part
{
    std::unique_ptr<MetricsSnapshot> snapshot = std::make_unique<MetricsSnapshot>();
    std::unique_ptr<SnapshotBuilder> builder;
    PromParseStats stats;
    PromDeviceRead read;
    bool afterEof = false;
    QByteArray lastFamily;  // the family still open at its end
    QByteArray firstFamily; // the family its first line started, if any

    void finish(const PromParseLimits &limits, const MetricsSnapshot *earlier = nullptr, int lineOffset = 0,
                qsizetype room = -1)
    {
        builder->finish(*snapshot, std::move(stats), limits, earlier, lineOffset, room);
        builder.reset();
    }
};

// Runs `feed(parser)` over the part; `last`: the payload ends with it.
template <typename Feed>
Part parsePart(const PromParseLimits &limits, ExpositionFormat format, bool last, Feed feed)
{
    Part part;
    part.builder = std::make_unique<SnapshotBuilder>(*part.snapshot, limits);
    PromTextParser parser(limits);
    parser.begin(*part.builder, format);
    part.read = feed(parser);
    part.afterEof = parser.afterEof();
    part.lastFamily = parser.currentFamily().toByteArray();
    part.firstFamily = parser.familyOfFirstLine().toByteArray();
    part.stats = parser.finish(last);
    return part;
}

// Parses both parts, the second on a thread of its own, and joins them;
// nullopt when the second part did not read alone as after the first.
template <typename ParseFirst, typename ParseSecond>
std::optional<Part> parseInTwo(const PromParseLimits &limits, ParseFirst parseFirst, ParseSecond parseSecond)
{
    Part second;
    std::thread worker([&] { second = parseSecond(); });
    Part first = parseFirst();
    worker.join();
    first.finish(limits);
    if (first.read.status != PromDeviceRead::Status::Ok)
        return first;
    if (second.read.status != PromDeviceRead::Status::Ok) {
        first.read = second.read;
        return first;
    }
    first.read.bytes += second.read.bytes;
    // Numbered from the payload's start: after the first part's lines.
    second.finish(limits, first.snapshot.get(), first.snapshot->stats().lines,
                  std::max<qsizetype>(0, limits.maxIssues - first.snapshot->stats().issues.size()));
    const bool clean = !first.afterEof && !second.firstFamily.isEmpty() && second.firstFamily != first.lastFamily;
    if (!clean || !SnapshotBuilder::join(*first.snapshot, *second.snapshot, limits))
        return std::nullopt;
    return first;
}

// OpenMetrics payloads are read in one pass: their rules (families not
// interleaved, names not reused, points in order) look across the whole.
bool splits(qint64 size, const SnapshotSplit &split, ExpositionFormat format)
{
    return format != ExpositionFormat::OpenMetrics100 && split.from >= 0 && size >= split.from && size > 1 && QThread::idealThreadCount() > 1;
}

qint64 searchFrom(qint64 size, const SnapshotSplit &split)
{
    return split.cutNear >= 0 ? std::min(split.cutNear, size) : size / 2;
}

constexpr qint64 cutWindow = 256 * 1024;

} // namespace

bool SnapshotBuilder::join(MetricsSnapshot &first, MetricsSnapshot &second, const PromParseLimits &limits)
{
    if (first.m_seriesCount + second.m_seriesCount > limits.maxSeries
        || first.m_families.size() + second.m_families.size() > limits.maxFamilies)
        return false;
    Issues continued; // the second part's first sight of a family of the first
    for (MetricFamily &f : second.m_families) {
        const auto it = first.m_index.constFind(f.name);
        if (it == first.m_index.cend()) {
            first.m_index.insert(f.name, first.m_families.size());
            first.m_families.append(std::move(f));
            continue;
        }
        MetricFamily &into = first.m_families[*it];
        if (into.type != f.type)
            return false;
        for (MetricSeries &series : f.series) {
            const quint32 hash = SeriesIndex::hash(series.labels.encoded());
            if (into.m_index.find(series.labels.encoded(), hash, into.series) >= 0)
                return false;
            into.m_index.insert(hash, into.series.size());
            into.series.append(std::move(series));
        }
        continued.append({QString::fromUtf8(f.name.first(std::min<qsizetype>(f.name.size(), 200))), f.line, 1,
                          Severity::Warning, SnapshotText::familyContinues(into.line)});
    }
    first.m_seriesCount += second.m_seriesCount;
    first.m_parts = 2;

    PromParseStats &a = first.m_stats;
    PromParseStats &b = second.m_stats;
    a.bytes += b.bytes;
    a.lines = b.lines; // numbered from the payload's start
    a.samples += b.samples;
    a.families += b.families;
    a.malformedLines += b.malformedLines;
    a.violations += b.violations;
    a.warnings += b.warnings + int(continued.size());
    a.sawEof = b.sawEof;
    // The second part's issues and the joins' warnings, in line order (at one
    // line the part's own come first, as the parser's come before the builder's).
    PromParseStats later;
    later.issues = std::move(b.issues);
    SnapshotText::keepFirstByLine(later, std::move(continued), 0, limits);
    SnapshotText::keepFirstByLine(a, std::move(later.issues), b.droppedIssues + later.droppedIssues, limits);
    return true;
}

MetricsSnapshot MetricsSnapshot::parse(QByteArrayView payload, const PromParseLimits &limits, ExpositionFormat format)
{
    return parse(payload, limits, format, SnapshotSplit());
}

MetricsSnapshot MetricsSnapshot::parse(QByteArrayView payload, const PromParseLimits &limits, ExpositionFormat format,
                                       SnapshotSplit split)
{
    if (format == ExpositionFormat::Auto)
        format = PromTextParser::detectFormat(payload);
    const auto whole = [&](QByteArrayView bytes, bool last) {
        return parsePart(limits, format, last, [bytes](PromTextParser &parser) {
            parser.feed(bytes);
            PromDeviceRead read;
            read.bytes = bytes.size();
            return read;
        });
    };
    if (splits(payload.size(), split, format)) {
        const qint64 from = searchFrom(payload.size(), split);
        const qsizetype found = findCut(payload.sliced(from, std::min(cutWindow, payload.size() - from)), from == 0);
        const qsizetype cut = found < 0 ? -1 : from + found;
        if (cut > 0) {
            std::optional<Part> joined = parseInTwo(
                limits, [&] { return whole(payload.first(cut), false); }, [&] { return whole(payload.sliced(cut), true); });
            if (joined)
                return std::move(*joined->snapshot);
        }
    }
    Part part = whole(payload, true);
    part.finish(limits);
    return std::move(*part.snapshot);
}

SnapshotRead MetricsSnapshot::parseFile(const QString &path, qint64 maxBytes, const PromParseLimits &limits,
                                        ExpositionFormat format, SnapshotSplit split)
{
    SnapshotRead result;
    const auto failed = [&result](PromDeviceRead::Status status, const QString &error) {
        result.read.status = status;
        result.read.error = error;
        return result;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(PromDeviceRead::Status::ReadError, file.errorString());
    const qint64 size = file.size();
    if (size > maxBytes)
        return failed(PromDeviceRead::Status::TooLarge, QString());
    if (format == ExpositionFormat::Auto)
        format = PromDeviceReader::detectFormat(file);

    // A part read by its own handle: [from, from + length), length -1 to the end.
    const auto filePart = [&](qint64 from, qint64 length, bool last) {
        return parsePart(limits, format, last, [&](PromTextParser &parser) {
            QFile part(path);
            PromDeviceRead read;
            if (!part.open(QIODevice::ReadOnly) || !part.seek(from)) {
                read.status = PromDeviceRead::Status::ReadError;
                read.error = part.errorString();
                return read;
            }
            return PromDeviceReader::feed(part, parser, maxBytes - from, length);
        });
    };
    std::optional<Part> parsed;
    if (!file.isSequential() && splits(size, split, format)) {
        const qint64 from = searchFrom(size, split);
        qsizetype cut = -1;
        if (file.seek(from)) {
            const QByteArray window = file.read(cutWindow);
            const qsizetype found = findCut(window, from == 0);
            cut = found < 0 ? -1 : from + found;
        }
        if (cut > 0) {
            parsed = parseInTwo(
                limits, [&] { return filePart(0, cut, false); }, [&] { return filePart(cut, -1, true); });
        }
    }
    if (!parsed) {
        parsed = filePart(0, -1, true);
        parsed->finish(limits);
    }
    result.read = parsed->read;
    if (result.read.status == PromDeviceRead::Status::Ok)
        result.snapshot = std::move(*parsed->snapshot);
    return result;
}

} // namespace phc
