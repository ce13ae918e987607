#pragma once

#include "core/issue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace phc {

class OpenMetricsChecker;

enum class MetricType : quint8 { Untyped, Counter, Gauge, Histogram, GaugeHistogram, Summary, Info, StateSet };
inline constexpr int metricTypeCount = 8;

// "untyped", "counter", ... as written in a TYPE line (OpenMetrics' "unknown" reads as untyped).
QLatin1StringView metricTypeName(MetricType type);

// What a sample's name adds to its family's name.
enum class SampleSuffix : quint8 { None, Total, Created, Bucket, Sum, Count, GSum, GCount, Info };

enum class ExpositionFormat : quint8 {
    Auto,          // OpenMetrics when the payload ends with "# EOF", else 0.0.4
    Prometheus004, // text/plain; version=0.0.4: timestamps are integer milliseconds
    OpenMetrics100 // application/openmetrics-text; version=1.0.0: timestamps are seconds
};

// The most a metrics payload may be; callers (scraper, CLI) refuse larger
// input before parsing. The parser itself reads any size it is given.
inline constexpr qsizetype defaultMaxPayloadBytes = 64 * 1024 * 1024;

// Bounds for hostile input. Whatever exceeds them is reported as an issue
// and skipped; nothing is allocated in proportion to a bad line.
struct PromParseLimits
{
    qsizetype maxLineBytes = 1024 * 1024;  // a longer line is skipped whole
    int maxLabelsPerSample = 64;            // a sample with more is skipped
    qsizetype maxSeries = 500'000;          // MetricsSnapshot keeps no more series than this
    qsizetype maxFamilies = 100'000;        // ... nor more families
    int maxIssues = 1000;                   // issues kept; the rest are only counted
};

struct PromLabel
{
    QByteArrayView name;
    QByteArrayView value; // unescaped
};

// A family's metadata, handed to the visitor before its first sample (or
// when a family without samples ends).
struct PromFamilyHeader
{
    QByteArrayView name;
    MetricType type = MetricType::Untyped;
    QByteArrayView help; // unescaped
    QByteArrayView unit;
    int line = 0;        // first line of the family
};

struct PromSample
{
    QByteArrayView name;   // as written, e.g. "http_duration_seconds_bucket"
    QByteArrayView family; // e.g. "http_duration_seconds"
    MetricType type = MetricType::Untyped;
    SampleSuffix suffix = SampleSuffix::None;
    std::span<const PromLabel> labels; // as written, including le / quantile
    double value = 0;
    double bound = 0;      // parsed "le" of a bucket or "quantile" of a summary sample
    std::optional<qint64> timestampMs;
    bool hasExemplar = false;
    double exemplarValue = 0;
    int line = 0;
};

// Receives the payload as it is parsed. Every view is valid only during the
// call; copy what you keep.
class PromVisitor
{
public:
    virtual ~PromVisitor() = default;
    virtual void family(const PromFamilyHeader &header) { Q_UNUSED(header) }
    virtual void sample(const PromSample &sample) = 0;
};

struct PromParseStats
{
    ExpositionFormat format = ExpositionFormat::Prometheus004;
    qsizetype bytes = 0;
    int lines = 0;
    qsizetype samples = 0;
    qsizetype families = 0;
    int malformedLines = 0; // lines skipped as errors (all of them, not only those kept in issues)
    int warnings = 0;
    // OpenMetrics rules broken by lines that were still read (each also an
    // error issue): the payload is not valid OpenMetrics, its values are usable.
    int violations = 0;
    bool sawEof = false;
    Issues issues;          // at most PromParseLimits::maxIssues; line and column 1-based
    int droppedIssues = 0;

    // Records an issue, counting it when the list is full.
    void report(const PromParseLimits &limits, Issue issue);
};

// Streaming parser for the Prometheus text format 0.0.4 and OpenMetrics 1.0.
// One pass over the payload, no allocation per sample: names and labels are
// handed out as views into the payload (or into a reused buffer when a
// label value has escapes). Malformed lines are reported and skipped.
class PromTextParser
{
public:
    explicit PromTextParser(PromParseLimits limits = {});
    ~PromTextParser();
    PromTextParser(const PromTextParser &) = delete;
    PromTextParser &operator=(const PromTextParser &) = delete;

    PromParseStats parse(QByteArrayView payload, PromVisitor &visitor,
                         ExpositionFormat format = ExpositionFormat::Auto);

    // The same parse, fed piece by piece (a payload read in chunks):
    // begin(), then feed() with whole lines in order (only the payload's last
    // line may lack its newline), skipLongLine() for a line the reader
    // dropped, and finish(). `format` must be known: Auto reads as 0.0.4.
    void begin(PromVisitor &visitor, ExpositionFormat format);
    void feed(QByteArrayView lines);
    // A line longer than maxLineBytes that the reader dropped: `length` bytes, its newline included.
    void skipLongLine(qsizetype length);
    // `endOfPayload` false: more of the payload follows in another part (no
    // check for OpenMetrics' "# EOF").
    PromParseStats finish(bool endOfPayload = true);

    // What decides whether a part parsed on its own reads as it would after
    // the part before it: the state at the end of a part ...
    bool afterEof() const { return m_afterEof; }
    QByteArrayView currentFamily() const { return m_family.active ? m_family.name : QByteArrayView(); }
    // ... and whether the first line of the next one started a family from
    // a HELP, TYPE or UNIT line (as it does whatever came before, unless the
    // family is the one still open).
    QByteArrayView familyOfFirstLine() const { return m_firstLineFamily; }

    static ExpositionFormat detectFormat(QByteArrayView payload);
    const PromParseLimits &limits() const { return m_limits; }

private:
    // The current family. Its name and unit are copies: a payload fed in
    // chunks may drop the line they came from.
    struct Family
    {
        QByteArrayView name; // into m_familyName
        MetricType type = MetricType::Untyped;
        bool typed = false;
        bool hasHelp = false;
        bool hasUnit = false;
        QByteArrayView unit; // into m_unit
        int line = 0;
        bool announced = false;
        bool active = false;
    };
    void nextLine();
    void reportLongLine();
    void parseLine(const char *begin, const char *end);
    void parseComment(const char *begin, const char *p, const char *end);
    void parseSample(const char *begin, const char *p, const char *end);
    const char *parseLabels(const char *p, const char *end, std::vector<PromLabel> &out, qsizetype &scratchUsed);
    void startFamily(QByteArrayView name, int line);
    void announce();
    void endFamily();
    // Counts the problem; formats it only while the issue list has room.
    void fail(const char *lineBegin, const char *at, QByteArrayView name, const char *message,
              QByteArrayView arg = {}, Severity severity = Severity::Error);
    // An OpenMetrics rule broken by a line that is read all the same.
    void violate(int line, int column, QByteArrayView name, const char *message, QByteArrayView arg = {});
    void violate(const char *lineBegin, const char *at, QByteArrayView name, const char *message,
                 QByteArrayView arg = {});
    void takeViolations();

    PromParseLimits m_limits;
    PromVisitor *m_visitor = nullptr;
    PromParseStats m_stats;
    Family m_family;
    QByteArray m_familyName;
    QByteArray m_firstLineFamily;
    int m_firstLine = 0; // the first line fed, once seen (0: none yet)
    QByteArray m_unit;
    QByteArray m_help;      // unescaped HELP text of the current family
    std::vector<char> m_scratch; // unescaped label values of the current line
    std::vector<PromLabel> m_labels;
    std::vector<PromLabel> m_exemplarLabels;
    int m_line = 0;
    bool m_openMetrics = false;
    bool m_afterEof = false;
    std::unique_ptr<OpenMetricsChecker> m_checker; // OpenMetrics payloads only
    bool m_crLine = false; // the line being parsed ended with "\r\n"
    std::optional<double> m_timestampSeconds; // of the sample being parsed (OpenMetrics)
    const char *m_error = nullptr;   // set by parseLabels: what went wrong ...
    const char *m_errorAt = nullptr; // ... and where
};

} // namespace phc
