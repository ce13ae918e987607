#include "openmetricschecker.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace phc {

namespace {

using SyntaxError = OpenMetricsChecker::SyntaxError;

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool isNameChar(char c) { return isAlpha(c) || isDigit(c) || c == '_' || c == ':'; }
inline bool isLabelStart(char c) { return isAlpha(c) || c == '_'; }
inline bool isLabelChar(char c) { return isLabelStart(c) || isDigit(c); }

bool equalsNoCase(const char *b, const char *e, QByteArrayView word)
{
    if (e - b != word.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if ((b[i] | 0x20) != word[i])
            return false;
    return true;
}

// realnumber = [SIGN] 1*DIGIT ["." *DIGIT] ["e" [SIGN] 1*DIGIT] / [SIGN] *DIGIT "." 1*DIGIT ["e" [SIGN] 1*DIGIT]
bool isRealNumber(const char *b, const char *e)
{
    const char *p = b;
    if (p < e && (*p == '+' || *p == '-'))
        ++p;
    int whole = 0, fraction = 0;
    while (p < e && isDigit(*p))
        ++p, ++whole;
    if (p < e && *p == '.') {
        ++p;
        while (p < e && isDigit(*p))
            ++p, ++fraction;
    }
    if (whole == 0 && fraction == 0)
        return false;
    if (p < e && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < e && (*p == '+' || *p == '-'))
            ++p;
        int exponent = 0;
        while (p < e && isDigit(*p))
            ++p, ++exponent;
        if (exponent == 0)
            return false;
    }
    return p == e;
}

// number = realnumber / [SIGN] ("inf" / "infinity") / "nan", case-insensitive.
bool isNumber(const char *b, const char *e)
{
    if (isRealNumber(b, e))
        return true;
    if (equalsNoCase(b, e, "nan"))
        return true;
    if (b < e && (*b == '+' || *b == '-'))
        ++b;
    return equalsNoCase(b, e, "inf") || equalsNoCase(b, e, "infinity");
}

// The end of a valid UTF-8 sequence at p, or nullptr.
const char *utf8Char(const char *p, const char *e)
{
    const auto c = static_cast<unsigned char>(*p);
    int n = 0;
    quint32 cp = 0;
    if (c < 0x80)
        return p + 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 1, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF)
        n = 2, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4)
        n = 3, cp = c & 0x07;
    else
        return nullptr;
    if (e - p <= n)
        return nullptr;
    for (int i = 1; i <= n; ++i) {
        const auto d = static_cast<unsigned char>(p[i]);
        if ((d & 0xC0) != 0x80)
            return nullptr;
        cp = (cp << 6) | (d & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return nullptr;
    return p + n + 1;
}

// labels = "{" [label *(COMMA label)] "}"; p at '{'. Returns the end or sets `error`.
const char *strictLabels(const char *b, const char *p, const char *e, std::optional<SyntaxError> &error)
{
    auto fail = [&](const char *at, const char *message) -> const char * {
        error = SyntaxError {at - b, message};
        return nullptr;
    };
    ++p;
    if (p < e && *p == '}')
        return p + 1;
    for (;;) {
        if (p >= e || !isLabelStart(*p))
            return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                             "OpenMetrics: a label name must follow '{' or ',' directly"));
        while (p < e && isLabelChar(*p))
            ++p;
        if (p >= e || *p != '=')
            return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: '=' must follow the label name directly"));
        ++p;
        if (p >= e || *p != '"')
            return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: '\"' must follow '=' directly"));
        ++p;
        while (p < e && *p != '"') {
            if (*p == '\\' && p + 1 < e)
                ++p;
            ++p;
        }
        if (p >= e)
            return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "label value is not terminated"));
        ++p;
        if (p < e && *p == '}')
            return p + 1;
        if (p < e && *p == ',') {
            ++p;
            continue; // a label must follow: no trailing comma
        }
        return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: ',' or '}' must follow a label value directly"));
    }
}

const char *tokenEnd(const char *p, const char *e)
{
    while (p < e && *p != ' ')
        ++p;
    return p;
}

constexpr QByteArrayView typeWords[] = {"counter", "gauge", "histogram", "gaugehistogram",
                                        "stateset", "info", "summary", "unknown"};

std::optional<SyntaxError> checkDescriptor(const char *b, const char *e)
{
    const QByteArrayView line(b, e - b);
    if (line == "# EOF")
        return std::nullopt;
    const bool help = line.startsWith("# HELP "), type = line.startsWith("# TYPE "), unit = line.startsWith("# UNIT ");
    if (!help && !type && !unit)
        return SyntaxError {0, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                 "OpenMetrics: only '# HELP', '# TYPE', '# UNIT' and '# EOF' lines may start with '#'")};
    const char *p = b + 7;
    const char *name = p;
    if (p < e && (isAlpha(*p) || *p == '_' || *p == ':'))
        while (p < e && isNameChar(*p))
            ++p;
    if (p == name || p >= e || *p != ' ')
        return SyntaxError {p - b, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                     "OpenMetrics: a metric name and one space must follow the keyword")};
    ++p;
    if (type) {
        const QByteArrayView word(p, e - p);
        if (std::find(std::begin(typeWords), std::end(typeWords), word) == std::end(typeWords))
            return SyntaxError {p - b, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                         "OpenMetrics: the type must be counter, gauge, histogram, "
                                                         "gaugehistogram, stateset, info, summary or unknown")};
    } else if (unit) {
        for (const char *q = p; q < e; ++q)
            if (!isNameChar(*q))
                return SyntaxError {q - b, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                             "OpenMetrics: a unit has only the characters of a metric name")};
    } else {
        for (const char *q = p; q < e; ++q) {
            if (*q == '"')
                return SyntaxError {q - b, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                             "OpenMetrics: a double quote in HELP text must be escaped as \\\"")};
            if (*q == '\\' && ++q == e)
                return SyntaxError {q - 1 - b, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                                 "OpenMetrics: HELP text ends with a lone backslash")};
        }
    }
    return std::nullopt;
}

std::optional<SyntaxError> checkSampleSyntax(const char *b, const char *e)
{
    std::optional<SyntaxError> error;
    const char *p = b;
    while (p < e && isNameChar(*p))
        ++p;
    if (p < e && *p == '{') {
        p = strictLabels(b, p, e, error);
        if (!p)
            return error;
    }
    auto fail = [&](const char *at, const char *message) { return SyntaxError {at - b, message}; };
    if (p >= e || *p != ' ')
        return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: one space must come before the value"));
    ++p;
    const char *valueEnd = tokenEnd(p, e);
    if (!isNumber(p, valueEnd))
        return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: the value is not a number as the ABNF writes one"));
    p = valueEnd;
    if (p == e)
        return std::nullopt;
    ++p; // the space
    if (p < e && *p != '#') {
        const char *tsEnd = tokenEnd(p, e);
        if (!isRealNumber(p, tsEnd))
            return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                             "OpenMetrics: a timestamp is a real number (no NaN, Inf or blanks)"));
        p = tsEnd;
        if (p == e)
            return std::nullopt;
        ++p;
    }
    // exemplar = SP HASH SP labels SP number [SP timestamp]
    if (p >= e || *p != '#' || p + 1 >= e || p[1] != ' ' || p + 2 >= e || p[2] != '{')
        return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                         "OpenMetrics: only one space and an exemplar '# {labels} value' may follow"));
    p = strictLabels(b, p + 2, e, error);
    if (!p)
        return error;
    if (p >= e || *p != ' ')
        return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: one space must come before the exemplar's value"));
    ++p;
    const char *exEnd = tokenEnd(p, e);
    if (!isNumber(p, exEnd))
        return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: the exemplar's value is not a number"));
    p = exEnd;
    if (p == e)
        return std::nullopt;
    ++p;
    const char *exTsEnd = tokenEnd(p, e);
    if (!isRealNumber(p, exTsEnd))
        return fail(p, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                         "OpenMetrics: the exemplar's timestamp is a real number (no NaN, Inf or blanks)"));
    if (exTsEnd != e)
        return fail(exTsEnd, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: nothing may follow the exemplar"));
    return std::nullopt;
}

qsizetype codePoints(QByteArrayView text)
{
    return std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
}

// The names a family of `type` gives its samples, besides its own.
std::span<const QByteArrayView> clashSuffixes(MetricType type)
{
    static constexpr QByteArrayView counter[] = {"_total", "_created"};
    static constexpr QByteArrayView summary[] = {"_count", "_sum", "_created"};
    static constexpr QByteArrayView histogram[] = {"_count", "_sum", "_bucket", "_created"};
    static constexpr QByteArrayView gaugeHistogram[] = {"_gcount", "_gsum", "_bucket"};
    static constexpr QByteArrayView info[] = {"_info"};
    switch (type) {
    case MetricType::Counter: return counter;
    case MetricType::Summary: return summary;
    case MetricType::Histogram: return histogram;
    case MetricType::GaugeHistogram: return gaugeHistogram;
    case MetricType::Info: return info;
    case MetricType::Untyped:
    case MetricType::Gauge:
    case MetricType::StateSet: break;
    }
    return {};
}

bool isWhole(double v) { return std::isfinite(v) && v == std::floor(v); }

} // namespace

std::optional<OpenMetricsChecker::SyntaxError> OpenMetricsChecker::checkSyntax(QByteArrayView line)
{
    const char *b = line.data();
    const char *e = b + line.size();
    for (const char *p = b; p < e;) {
        // Eight ASCII bytes at a time: most lines have nothing else.
        quint64 word = 0;
        if (e - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ULL) == 0)) {
            p += 8;
            continue;
        }
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const char *next = utf8Char(p, e);
        if (!next)
            return SyntaxError {p - b, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: not valid UTF-8")};
        p = next;
    }
    if (b < e && *b == '#')
        return checkDescriptor(b, e);
    if (b == e || !(isAlpha(*b) || *b == '_' || *b == ':'))
        return SyntaxError {0, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a line starts with a metric name or '#'")};
    return checkSampleSyntax(b, e);
}

void OpenMetricsChecker::reset()
{
    *this = OpenMetricsChecker();
}

void OpenMetricsChecker::report(int line, int column, QByteArrayView metric, const char *message, QByteArrayView arg)
{
    violations.push_back({line, column, metric.toByteArray(), message, arg.toByteArray()});
}

// The labels that identify a sample's metric (le, quantile and the
// stateset's own label left out; an info family is one group), sorted.
void OpenMetricsChecker::groupKey(const PromSample &s, QByteArray &out)
{
    out.resize(0);
    if (s.type == MetricType::Info)
        return;
    QByteArrayView skip;
    if (s.suffix == SampleSuffix::Bucket)
        skip = "le";
    else if (s.type == MetricType::Summary && s.suffix == SampleSuffix::None)
        skip = "quantile";
    else if (s.type == MetricType::StateSet)
        skip = s.family;
    std::vector<const PromLabel *> &sorted = m_sorted;
    sorted.clear();
    for (const PromLabel &l : s.labels)
        if (skip.isNull() || l.name != skip)
            sorted.push_back(&l);
    std::sort(sorted.begin(), sorted.end(), [](const PromLabel *a, const PromLabel *b) { return a->name < b->name; });
    for (const PromLabel *l : sorted) {
        const qsizetype n = l->name.size(), v = l->value.size();
        out.append(reinterpret_cast<const char *>(&n), sizeof n).append(l->name);
        out.append(reinterpret_cast<const char *>(&v), sizeof v).append(l->value);
    }
}

void OpenMetricsChecker::sample(const SampleFacts &f)
{
    const PromSample &s = *f.sample;
    const int line = s.line;
    const QByteArrayView name = s.name;
    const double v = s.value;

    // Names the family's type does not give its samples.
    if ((s.type == MetricType::Counter || s.type == MetricType::Info) && s.suffix == SampleSuffix::None)
        report(line, 1, name, s.type == MetricType::Counter
                                  ? QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a counter's samples are named %1_total or _created")
                                  : QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: an info family's samples are named %1_info"),
               s.family);
    if (s.type == MetricType::StateSet
        && std::none_of(s.labels.begin(), s.labels.end(), [&](const PromLabel &l) { return l.name == s.family; }))
        report(line, 1, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a stateset sample needs the label '%1'"),
               s.family);
    const bool bucket = s.suffix == SampleSuffix::Bucket;
    const bool quantile = s.type == MetricType::Summary && s.suffix == SampleSuffix::None;
    if ((bucket || quantile) && std::isinf(s.bound) && s.bound > 0 && f.boundText != "+Inf")
        report(line, 1, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: positive infinity is written '+Inf', not '%1'"),
               f.boundText);
    if ((bucket || s.suffix == SampleSuffix::Count || s.suffix == SampleSuffix::GCount) && !isWhole(v))
        report(line, f.valueColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a bucket or count value must be a whole number"));
    if (quantile && !(s.bound >= 0 && s.bound <= 1))
        report(line, 1, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a quantile must be between 0 and 1, not '%1'"),
               f.boundText);

    // Metrics and their points are not interleaved; a metric's timestamps only go forward.
    groupKey(s, m_key);
    if (m_hasGroup && m_key != m_group && m_seenGroups.contains(m_key))
        report(line, 1, name, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                "OpenMetrics: the family's samples with these labels came earlier; metrics must not be interleaved"));
    if (m_hasGroup && m_key == m_group) {
        if (f.timestampSeconds.has_value() != m_groupTimestamp.has_value())
            report(line, 1, name, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                    "OpenMetrics: a metric's samples must all have a timestamp or none"));
        else if (m_groupTimestamp && *m_groupTimestamp > *f.timestampSeconds && s.type != MetricType::Info)
            report(line, 1, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: the timestamp goes backwards"));
    } else {
        m_groupSeries.clear();
    }
    // A series repeated at the same timestamp is the same point again: not
    // counted twice in a histogram's checks (the only ones it could change).
    const bool histogram = s.type == MetricType::Histogram || s.type == MetricType::GaugeHistogram;
    bool repeated = false;
    if (histogram) {
        m_seriesKey.resize(0);
        m_seriesKey.append(name).append('\0');
        for (const PromLabel &l : s.labels) {
            const qsizetype n = l.name.size(), len = l.value.size();
            m_seriesKey.append(reinterpret_cast<const char *>(&n), sizeof n).append(l.name);
            m_seriesKey.append(reinterpret_cast<const char *>(&len), sizeof len).append(l.value);
        }
        repeated = f.timestampSeconds == m_groupTimestamp && m_groupSeries.contains(m_seriesKey);
        m_groupSeries.insert(m_seriesKey);
    }
    if (!m_hasGroup || m_key != m_group) {
        m_group = m_key;
        m_seenGroups.insert(m_key);
        m_hasGroup = true;
    }
    m_groupTimestamp = f.timestampSeconds;

    // Values the type allows.
    if (s.type == MetricType::StateSet && v != 0 && v != 1)
        report(line, f.valueColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a stateset's values are 0 or 1"));
    if (s.type == MetricType::Info && v != 1)
        report(line, f.valueColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: an info sample's value is 1"));
    if (quantile && v < 0)
        report(line, f.valueColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a quantile's value cannot be negative"));
    const bool counterLike = s.suffix == SampleSuffix::Total || s.suffix == SampleSuffix::Sum || s.suffix == SampleSuffix::Count
                             || bucket || s.suffix == SampleSuffix::GCount;
    if ((counterLike || s.suffix == SampleSuffix::GSum) && std::isnan(v))
        report(line, f.valueColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a counter, sum, count or bucket cannot be NaN"));
    if (counterLike && v < 0)
        report(line, f.valueColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a counter, sum, count or bucket cannot be negative"));
    if (s.hasExemplar) {
        const bool allowed = (bucket && (s.type == MetricType::Histogram || s.type == MetricType::GaugeHistogram))
                             || (s.type == MetricType::Counter && s.suffix == SampleSuffix::Total);
        if (!allowed)
            report(line, f.exemplarColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                                   "OpenMetrics: only counters' _total and histograms' buckets have exemplars"));
        qsizetype length = 0;
        for (const PromLabel &l : f.exemplarLabels)
            length += codePoints(l.name) + codePoints(l.value);
        if (length > 128)
            report(line, f.exemplarColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                                   "OpenMetrics: an exemplar's labels are longer than 128 characters"),
                   QByteArray::number(length));
    }

    // A histogram's point: buckets in order, cumulative, ending at +Inf, matching _count.
    if (!histogram || repeated)
        return;
    Histogram &h = m_histogram;
    if (!h.active || h.key != m_key || h.timestamp != f.timestampSeconds) {
        endHistogramGroup();
        h = Histogram();
        h.active = true;
        h.key = m_key;
        h.timestamp = f.timestampSeconds;
        h.family = s.family.toByteArray();
    }
    h.line = line;
    if (bucket) {
        if (s.bound < 0)
            h.negativeBuckets = true;
        if (h.bucket && s.bound <= *h.bucket)
            report(line, 1, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: buckets must be in increasing order of 'le'"));
        if (v < h.value)
            report(line, f.valueColumn, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: bucket values must be cumulative"));
        h.bucket = s.bound;
        h.value = v;
    } else if (s.suffix == SampleSuffix::Count || s.suffix == SampleSuffix::GCount) {
        h.count = v;
    } else if (s.suffix == SampleSuffix::Sum) {
        h.hasSum = true;
    } else if (s.suffix == SampleSuffix::GSum) {
        h.hasGSum = true;
        h.negativeGSum = h.negativeGSum || v < 0;
    }
}

void OpenMetricsChecker::endHistogramGroup()
{
    Histogram &h = m_histogram;
    if (!h.active)
        return;
    h.active = false;
    const auto bad = [&](const char *message) { report(h.line, 1, h.family, message); };
    if (!h.bucket || !(std::isinf(*h.bucket) && *h.bucket > 0))
        bad(QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a histogram needs a bucket with le=\"+Inf\""));
    if (h.count && h.value != *h.count)
        bad(QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: the count differs from the +Inf bucket"));
    if ((h.hasSum || h.hasGSum) && !h.count)
        bad(QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a histogram with a sum needs its count"));
    if (!h.hasSum && !h.hasGSum && h.count)
        bad(QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a histogram with a count needs its sum"));
    if (h.negativeBuckets && h.hasSum)
        bad(QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a histogram with negative buckets has no _sum"));
    if (!h.negativeBuckets && h.negativeGSum)
        bad(QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: a negative _gsum needs negative buckets"));
}

void OpenMetricsChecker::familyEnded(QByteArrayView name, MetricType type, int line)
{
    endHistogramGroup();
    m_histogram = Histogram();
    m_seenGroups.clear();
    m_groupSeries.clear();
    m_hasGroup = false;
    m_groupTimestamp.reset();
    QByteArray full = name.toByteArray();
    const auto claim = [&](QByteArrayView suffix) {
        full.resize(name.size());
        full.append(suffix);
        if (m_seenNames.contains(full))
            report(line, 1, name, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                    "OpenMetrics: the name %1 is used by another family (families must not be interleaved)"),
                   full);
        else
            m_seenNames.insert(full);
    };
    claim({});
    for (QByteArrayView suffix : clashSuffixes(type))
        claim(suffix);
}

} // namespace phc
