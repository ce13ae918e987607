#include "promtextparser.h"

#include "labelset.h"
#include "openmetricschecker.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace phc {

namespace {

constexpr const char *context = "phc::PromTextParser";

// Byte classes, looked up once per byte on the hot path.
enum : quint8 { NameStart = 1, NameChar = 2, LabelStart = 4, LabelChar = 8, Blank = 16 };

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> t {};
    for (int c = 0; c < 256; ++c) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        if (alpha || c == ':')
            t[c] |= NameStart | NameChar;
        if (digit)
            t[c] |= NameChar | LabelChar;
        if (alpha)
            t[c] |= LabelStart | LabelChar;
        if (c == ' ' || c == '\t')
            t[c] |= Blank;
    }
    return t;
}
constexpr std::array<quint8, 256> classes = makeClasses();

inline bool is(char c, quint8 cls) { return classes[static_cast<unsigned char>(c)] & cls; }

inline const char *skipBlanks(const char *p, const char *end)
{
    while (p < end && is(*p, Blank))
        ++p;
    return p;
}

inline const char *skipToken(const char *p, const char *end)
{
    while (p < end && !is(*p, Blank))
        ++p;
    return p;
}

inline QByteArrayView view(const char *b, const char *e) { return QByteArrayView(b, e - b); }

// The first '"' or '\\' in [p, end), or end: where a label value ends or
// has an escape. Sixteen bytes at a time where SSE2 is there (all x86-64).
inline const char *findQuoteOrBackslash(const char *p, const char *end)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int mask = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '"' && *p != '\\')
        ++p;
    return p;
}

// Most values are short plain decimals ("42", "0.25", "-3.5"): at most 15
// digits make an exact integer, and one division by an exact power of ten
// rounds correctly, as std::from_chars would. Anything else returns false.
bool parseShortDecimal(const char *b, const char *e, double &out)
{
    static constexpr double powersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                             1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    const bool negative = b < e && *b == '-';
    const char *p = negative ? b + 1 : b;
    if (p == e || e - p > 16)
        return false;
    qint64 mantissa = 0;
    int digits = 0, fraction = -1;
    for (; p < e; ++p) {
        if (*p >= '0' && *p <= '9') {
            mantissa = mantissa * 10 + (*p - '0');
            ++digits;
            if (fraction >= 0)
                ++fraction;
        } else if (*p == '.' && fraction < 0 && digits > 0) {
            fraction = 0;
        } else {
            return false;
        }
    }
    if (digits == 0 || digits > 15 || fraction == 0)
        return false;
    const double v = fraction > 0 ? double(mantissa) / powersOfTen[fraction] : double(mantissa);
    out = negative ? -v : v;
    return true;
}

// Go's strconv.ParseFloat, as Prometheus uses it: decimal, exponent, NaN, [+-]Inf.
bool parseFloat(const char *b, const char *e, double &out)
{
    if (b == e)
        return false;
    if (parseShortDecimal(b, e, out))
        return true;
    if (*b == '+') {
        ++b;
        if (b == e || *b == '-' || *b == '+')
            return false;
    }
    const auto [ptr, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && ptr == e;
}

bool parseInt(const char *b, const char *e, qint64 &out)
{
    if (b < e && *b == '+')
        ++b;
    // Up to 18 digits cannot overflow: a timestamp in milliseconds has 13.
    if (e - b >= 1 && e - b <= 18) {
        qint64 v = 0;
        const char *p = b;
        for (; p < e && unsigned(*p - '0') <= 9; ++p)
            v = v * 10 + (*p - '0');
        if (p == e) {
            out = v;
            return true;
        }
    }
    const auto [ptr, ec] = std::from_chars(b, e, out);
    return b < e && ec == std::errc() && ptr == e;
}

bool validMetricName(QByteArrayView name)
{
    if (name.isEmpty() || !is(name[0], NameStart))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return is(c, NameChar); });
}

struct TypeName
{
    QByteArrayView word;
    MetricType type;
};
constexpr TypeName typeNames[] = {
    {"counter", MetricType::Counter},     {"gauge", MetricType::Gauge},
    {"histogram", MetricType::Histogram}, {"summary", MetricType::Summary},
    {"untyped", MetricType::Untyped},     {"unknown", MetricType::Untyped},
    {"info", MetricType::Info},           {"stateset", MetricType::StateSet},
    {"gaugehistogram", MetricType::GaugeHistogram},
};

struct SuffixName
{
    QByteArrayView text;
    SampleSuffix suffix;
};

// Which names a family of each type may give its samples, besides its own.
std::span<const SuffixName> suffixesOf(MetricType type)
{
    static constexpr SuffixName counter[] = {{"_total", SampleSuffix::Total}, {"_created", SampleSuffix::Created}};
    static constexpr SuffixName histogram[] = {{"_bucket", SampleSuffix::Bucket},
                                               {"_sum", SampleSuffix::Sum},
                                               {"_count", SampleSuffix::Count},
                                               {"_created", SampleSuffix::Created}};
    static constexpr SuffixName gaugeHistogram[] = {{"_bucket", SampleSuffix::Bucket},
                                                    {"_gsum", SampleSuffix::GSum},
                                                    {"_gcount", SampleSuffix::GCount}};
    static constexpr SuffixName summary[] = {{"_sum", SampleSuffix::Sum},
                                             {"_count", SampleSuffix::Count},
                                             {"_created", SampleSuffix::Created}};
    static constexpr SuffixName info[] = {{"_info", SampleSuffix::Info}};
    switch (type) {
    case MetricType::Counter: return counter;
    case MetricType::Histogram: return histogram;
    case MetricType::GaugeHistogram: return gaugeHistogram;
    case MetricType::Summary: return summary;
    case MetricType::Info: return info;
    case MetricType::Untyped:
    case MetricType::Gauge:
    case MetricType::StateSet: break;
    }
    return {};
}

// The suffix by which `name` belongs to family `family`, or nullopt.
// `prefixKnown`: the name is already known to start with the family's.
std::optional<SampleSuffix> matchFamily(QByteArrayView name, QByteArrayView family, MetricType type, bool prefixKnown)
{
    if (!prefixKnown
        && (name.size() < family.size() || !sameBytes(name.data(), family.data(), size_t(family.size()))))
        return std::nullopt;
    if (name.size() == family.size())
        return (type == MetricType::Histogram || type == MetricType::GaugeHistogram) ? std::nullopt
                                                                                      : std::optional(SampleSuffix::None);
    const QByteArrayView rest = name.sliced(family.size());
    for (const SuffixName &s : suffixesOf(type))
        if (rest.size() == s.text.size() && sameBytes(rest.data(), s.text.data(), size_t(rest.size())))
            return s.suffix;
    return std::nullopt;
}

const PromLabel *findLabel(const std::vector<PromLabel> &labels, QByteArrayView name)
{
    for (const PromLabel &l : labels)
        if (l.name == name)
            return &l;
    return nullptr;
}

// Unescapes HELP text: \\, \n and (OpenMetrics) \". Other escapes stay as written.
void unescapeHelp(const char *b, const char *e, QByteArray &out)
{
    out.resize(0);
    out.reserve(e - b);
    for (const char *p = b; p < e; ++p) {
        if (*p == '\\' && p + 1 < e && (p[1] == '\\' || p[1] == 'n' || p[1] == '"')) {
            ++p;
            out += *p == 'n' ? '\n' : *p;
        } else {
            out += *p;
        }
    }
}

} // namespace

QLatin1StringView metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Untyped: return QLatin1StringView("untyped");
    case MetricType::Counter: return QLatin1StringView("counter");
    case MetricType::Gauge: return QLatin1StringView("gauge");
    case MetricType::Histogram: return QLatin1StringView("histogram");
    case MetricType::GaugeHistogram: return QLatin1StringView("gaugehistogram");
    case MetricType::Summary: return QLatin1StringView("summary");
    case MetricType::Info: return QLatin1StringView("info");
    case MetricType::StateSet: return QLatin1StringView("stateset");
    }
    return QLatin1StringView("untyped");
}

void PromParseStats::report(const PromParseLimits &limits, Issue issue)
{
    if (issues.size() < limits.maxIssues)
        issues.append(std::move(issue));
    else
        ++droppedIssues;
}

PromTextParser::PromTextParser(PromParseLimits limits) : m_limits(limits)
{
    m_limits.maxLabelsPerSample = std::max(1, m_limits.maxLabelsPerSample);
    m_limits.maxLineBytes = std::max<qsizetype>(16, m_limits.maxLineBytes);
}

PromTextParser::~PromTextParser() = default;

ExpositionFormat PromTextParser::detectFormat(QByteArrayView payload)
{
    qsizetype end = payload.size();
    while (end > 0 && (payload[end - 1] == '\n' || payload[end - 1] == '\r' || payload[end - 1] == ' '
                       || payload[end - 1] == '\t'))
        --end;
    const QByteArrayView eof("# EOF");
    if (end >= eof.size() && payload.sliced(end - eof.size(), eof.size()) == eof
        && (end == eof.size() || payload[end - eof.size() - 1] == '\n'))
        return ExpositionFormat::OpenMetrics100;
    return ExpositionFormat::Prometheus004;
}

PromParseStats PromTextParser::parse(QByteArrayView payload, PromVisitor &visitor, ExpositionFormat format)
{
    begin(visitor, format == ExpositionFormat::Auto ? detectFormat(payload) : format);
    feed(payload);
    return finish();
}

void PromTextParser::begin(PromVisitor &visitor, ExpositionFormat format)
{
    m_visitor = &visitor;
    m_stats = PromParseStats();
    m_stats.format = format == ExpositionFormat::OpenMetrics100 ? format : ExpositionFormat::Prometheus004;
    m_openMetrics = m_stats.format == ExpositionFormat::OpenMetrics100;
    if (m_openMetrics) {
        if (!m_checker)
            m_checker = std::make_unique<OpenMetricsChecker>();
        m_checker->reset();
    }
    m_family = Family();
    m_afterEof = false;
    m_line = 0;
    m_firstLine = 0;
    m_firstLineFamily.clear();
    // Sized once per parse so that no sample's labels grow them.
    m_labels.clear();
    m_labels.reserve(size_t(m_limits.maxLabelsPerSample));
    m_exemplarLabels.clear();
    m_exemplarLabels.reserve(size_t(m_limits.maxLabelsPerSample));
}

void PromTextParser::nextLine()
{
    if (m_line < INT_MAX)
        ++m_line;
}

void PromTextParser::feed(QByteArrayView lines)
{
    m_stats.bytes += lines.size();
    const char *p = lines.data();
    const char *const end = p + lines.size();
    while (p < end) {
        nextLine();
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        if (lineEnd - p > m_limits.maxLineBytes) {
            reportLongLine();
        } else {
            m_crLine = lineEnd > p && lineEnd[-1] == '\r';
            if (m_crLine)
                --lineEnd;
            parseLine(p, lineEnd);
        }
        p = nl ? nl + 1 : end;
    }
}

void PromTextParser::skipLongLine(qsizetype length)
{
    nextLine();
    m_stats.bytes += length;
    reportLongLine();
}

void PromTextParser::reportLongLine()
{
    fail(nullptr, nullptr, {}, QT_TRANSLATE_NOOP("phc::PromTextParser", "line is longer than %1 bytes; skipped"),
         QByteArray::number(m_limits.maxLineBytes));
}

PromParseStats PromTextParser::finish(bool endOfPayload)
{
    m_stats.lines = m_line;
    endFamily();
    if (m_openMetrics)
        takeViolations();
    if (endOfPayload && m_openMetrics && !m_stats.sawEof)
        violate(std::max(1, m_line), 1, {}, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                 "no '# EOF' line: the payload may be cut short, and OpenMetrics ends with one"));
    m_visitor = nullptr;
    return std::move(m_stats);
}

void PromTextParser::fail(const char *lineBegin, const char *at, QByteArrayView name, const char *message,
                          QByteArrayView arg, Severity severity)
{
    if (severity == Severity::Error)
        ++m_stats.malformedLines;
    else
        ++m_stats.warnings;
    if (m_stats.issues.size() >= m_limits.maxIssues) {
        ++m_stats.droppedIssues;
        return; // counted, not formatted: a flood of bad lines costs no strings
    }
    QString text = QCoreApplication::translate(context, message);
    if (text.contains(QLatin1StringView("%1")))
        text = text.arg(QString::fromUtf8(arg.first(std::min<qsizetype>(arg.size(), 200))));
    const int column = int(std::min<qsizetype>(at - lineBegin, INT_MAX - 1)) + 1;
    m_stats.issues.append({QString::fromUtf8(name.first(std::min<qsizetype>(name.size(), 200))), m_line, column, severity, text});
}

void PromTextParser::violate(int line, int column, QByteArrayView name, const char *message, QByteArrayView arg)
{
    ++m_stats.violations;
    if (m_stats.issues.size() >= m_limits.maxIssues) {
        ++m_stats.droppedIssues;
        return;
    }
    QString text = QCoreApplication::translate(context, message);
    if (text.contains(QLatin1StringView("%1")))
        text = text.arg(QString::fromUtf8(arg.first(std::min<qsizetype>(arg.size(), 200))));
    m_stats.issues.append({QString::fromUtf8(name.first(std::min<qsizetype>(name.size(), 200))), line, column,
                           Severity::Error, text});
}

void PromTextParser::violate(const char *lineBegin, const char *at, QByteArrayView name, const char *message,
                             QByteArrayView arg)
{
    violate(m_line, int(std::min<qsizetype>(at - lineBegin, INT_MAX - 1)) + 1, name, message, arg);
}

void PromTextParser::takeViolations()
{
    for (const OpenMetricsChecker::Violation &v : m_checker->violations)
        violate(v.line, v.column, v.metric, v.message, v.arg);
    m_checker->violations.clear();
}

void PromTextParser::parseLine(const char *begin, const char *end)
{
    const char *p = skipBlanks(begin, end);
    if (p == end) {
        // Blank lines are allowed in 0.0.4; OpenMetrics has none.
        if (m_openMetrics)
            violate(begin, begin, {}, m_afterEof ? QT_TRANSLATE_NOOP("phc::PromTextParser", "text after '# EOF'")
                                                 : QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics has no blank lines"));
        return;
    }
    if (m_afterEof) {
        fail(begin, p, {}, QT_TRANSLATE_NOOP("phc::PromTextParser", "text after '# EOF'; skipped"));
        return;
    }
    const bool first = m_firstLine == 0;
    if (first)
        m_firstLine = m_line;
    const int malformedBefore = m_stats.malformedLines;
    if (*p == '#')
        parseComment(begin, p, end);
    else
        parseSample(begin, p, end);
    if (first && *p == '#' && m_family.active && m_family.line == m_line)
        m_firstLineFamily = m_familyName;
    if (m_openMetrics) {
        if (m_crLine)
            violate(begin, end, {}, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics lines end with \\n, not \\r\\n"));
        // A line read leniently may still break the ABNF (one already reported malformed is not reported twice).
        if (m_stats.malformedLines == malformedBefore) {
            if (const auto error = OpenMetricsChecker::checkSyntax(QByteArrayView(begin, end - begin)))
                violate(begin, begin + error->at, {}, error->message);
        }
        takeViolations();
    }
}

void PromTextParser::startFamily(QByteArrayView name, int line)
{
    m_family = Family();
    m_familyName.resize(0); // keeps its capacity
    m_familyName.append(name.data(), name.size());
    m_family.name = m_familyName;
    m_family.line = line;
    m_family.active = true;
    m_help.resize(0);
}

void PromTextParser::announce()
{
    PromFamilyHeader header;
    header.name = m_family.name;
    header.type = m_family.type;
    header.help = m_family.hasHelp ? QByteArrayView(m_help) : QByteArrayView();
    header.unit = m_family.unit;
    header.line = m_family.line;
    m_family.announced = true;
    ++m_stats.families;
    m_visitor->family(header);
}

void PromTextParser::endFamily()
{
    if (m_family.active && !m_family.announced)
        announce(); // metadata without samples is still a family
    if (m_openMetrics && m_family.active)
        m_checker->familyEnded(m_family.name, m_family.type, m_line);
    m_family = Family();
}

void PromTextParser::parseComment(const char *begin, const char *p, const char *end)
{
    const char *q = p + 1;
    if (q == end || !is(*q, Blank))
        return; // "#text": a plain comment
    q = skipBlanks(q, end);
    const char *wordEnd = skipToken(q, end);
    const QByteArrayView word = view(q, wordEnd);
    if (word == "EOF") {
        if (skipBlanks(wordEnd, end) != end) {
            fail(begin, wordEnd, {}, QT_TRANSLATE_NOOP("phc::PromTextParser", "text after '# EOF' on the same line"));
            return;
        }
        endFamily();
        m_stats.sawEof = true;
        m_afterEof = true;
        return;
    }
    const bool help = word == "HELP", type = word == "TYPE", unit = word == "UNIT";
    if (!help && !type && !unit)
        return; // any other comment is ignored
    const char *nameBegin = skipBlanks(wordEnd, end);
    const char *nameEnd = skipToken(nameBegin, end);
    const QByteArrayView name = view(nameBegin, nameEnd);
    if (!validMetricName(name)) {
        fail(begin, nameBegin, {}, QT_TRANSLATE_NOOP("phc::PromTextParser", "expected a metric name after %1"),
             word);
        return;
    }
    const char *rest = skipBlanks(nameEnd, end);
    QByteArrayView value;
    MetricType parsedType = MetricType::Untyped;
    if (type || unit) {
        const char *valueEnd = skipToken(rest, end);
        value = view(rest, valueEnd);
        if (skipBlanks(valueEnd, end) != end) {
            fail(begin, skipBlanks(valueEnd, end), name,
                 QT_TRANSLATE_NOOP("phc::PromTextParser", "unexpected text after the %1 line's value"), word);
            return;
        }
        if (type) {
            const auto *found = std::find_if(std::begin(typeNames), std::end(typeNames),
                                             [&](const TypeName &t) { return t.word == value; });
            if (found == std::end(typeNames)) {
                fail(begin, rest, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "unknown metric type '%1'"), value);
                return;
            }
            parsedType = found->type;
        }
    }

    if (!m_family.active || m_family.name != name) {
        endFamily();
        startFamily(name, m_line);
    } else if (m_family.announced) {
        if (m_openMetrics)
            violate(begin, p, name,
                    QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: %1 line after the family's samples; ignored"), word);
        else
            fail(begin, p, name,
                 QT_TRANSLATE_NOOP("phc::PromTextParser", "%1 line after the family's samples; ignored"), word,
                 Severity::Warning);
        return;
    }
    if ((type && m_family.typed) || (help && m_family.hasHelp) || (unit && m_family.hasUnit)) {
        fail(begin, p, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "second %1 line for this family; skipped"),
             word);
        return;
    }
    const auto unitNotAllowed = [&] {
        violate(begin, rest, name,
                QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: an info or stateset family has no unit"));
    };
    if (type) {
        m_family.type = parsedType;
        m_family.typed = true;
        if (m_openMetrics && value == "untyped")
            violate(begin, rest, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics calls the type 'unknown', not 'untyped'"));
        if (m_openMetrics && !m_family.unit.isEmpty() && (parsedType == MetricType::Info || parsedType == MetricType::StateSet))
            unitNotAllowed();
    } else if (unit) {
        m_unit.resize(0);
        m_unit.append(value.data(), value.size());
        m_family.unit = m_unit;
        m_family.hasUnit = true;
        const bool suffixed = name.size() > value.size() && name.endsWith(value) && name[name.size() - value.size() - 1] == '_';
        if (!value.isEmpty() && !suffixed) {
            if (m_openMetrics)
                violate(begin, rest, name,
                        QT_TRANSLATE_NOOP("phc::PromTextParser", "OpenMetrics: the metric name must end with '_' and its unit '%1'"),
                        value);
            else if (!name.endsWith(value))
                fail(begin, rest, name,
                     QT_TRANSLATE_NOOP("phc::PromTextParser", "the metric name should end with its unit '%1'"), value,
                     Severity::Warning);
        }
        if (m_openMetrics && !value.isEmpty() && (m_family.type == MetricType::Info || m_family.type == MetricType::StateSet))
            unitNotAllowed();
    } else {
        unescapeHelp(rest, end, m_help);
        m_family.hasHelp = true;
    }
}

const char *PromTextParser::parseLabels(const char *p, const char *end, std::vector<PromLabel> &out,
                                        qsizetype &scratchUsed)
{
    auto error = [this](const char *at, const char *message) -> const char * {
        m_errorAt = at;
        m_error = message;
        return nullptr;
    };
    ++p; // '{'
    p = skipBlanks(p, end);
    if (p < end && *p == '}')
        return p + 1;
    for (;;) {
        if (p >= end)
            return error(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "labels are not closed with '}'"));
        const char *nameBegin = p;
        if (!is(*p, LabelStart))
            return error(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "expected a label name"));
        while (p < end && is(*p, LabelChar))
            ++p;
        const QByteArrayView name = view(nameBegin, p);
        p = skipBlanks(p, end);
        if (p >= end || *p != '=')
            return error(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "expected '=' after the label name"));
        p = skipBlanks(p + 1, end);
        if (p >= end || *p != '"')
            return error(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "a label value must be in double quotes"));
        const char *valueBegin = ++p;
        p = findQuoteOrBackslash(p, end);
        if (p >= end)
            return error(valueBegin - 1, QT_TRANSLATE_NOOP("phc::PromTextParser", "label value is not terminated"));
        QByteArrayView value;
        if (*p == '"') {
            value = view(valueBegin, p);
            ++p;
        } else {
            // Escapes: unescape into the line's scratch buffer, sized for the whole line.
            char *const start = m_scratch.data() + scratchUsed;
            char *dst = start;
            std::memcpy(dst, valueBegin, size_t(p - valueBegin));
            dst += p - valueBegin;
            while (p < end && *p != '"') {
                if (*p == '\\') {
                    if (p + 1 >= end)
                        break;
                    const char n = p[1];
                    if (n == 'n') {
                        *dst++ = '\n';
                    } else if (n == '\\' || n == '"') {
                        *dst++ = n;
                    } else { // as Prometheus does: an unknown escape stays as written
                        *dst++ = '\\';
                        *dst++ = n;
                    }
                    p += 2;
                } else {
                    *dst++ = *p++;
                }
            }
            if (p >= end)
                return error(valueBegin - 1, QT_TRANSLATE_NOOP("phc::PromTextParser", "label value is not terminated"));
            ++p;
            value = QByteArrayView(start, dst - start);
            scratchUsed += dst - start;
        }
        if (qsizetype(out.size()) >= m_limits.maxLabelsPerSample)
            return error(nameBegin, QT_TRANSLATE_NOOP("phc::PromTextParser", "more labels than the limit of %1"));
        for (const PromLabel &l : out)
            if (l.name.size() == name.size() && std::memcmp(l.name.data(), name.data(), size_t(name.size())) == 0)
                return error(nameBegin, QT_TRANSLATE_NOOP("phc::PromTextParser", "duplicate label name"));
        out.push_back({name, value});
        p = skipBlanks(p, end);
        if (p < end && *p == ',') {
            p = skipBlanks(p + 1, end);
            if (p < end && *p == '}')
                return p + 1; // a trailing comma is allowed
            continue;
        }
        if (p < end && *p == '}')
            return p + 1;
        return error(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "expected ',' or '}' after a label value"));
    }
}

void PromTextParser::parseSample(const char *begin, const char *p, const char *end)
{
    const char *nameBegin = p;
    if (!is(*p, NameStart)) {
        fail(begin, p, {}, QT_TRANSLATE_NOOP("phc::PromTextParser", "expected a metric name or '#'"));
        return;
    }
    // Most samples belong to the family just announced: its name needs no
    // byte-by-byte check, only what follows it.
    const bool familyPrefix = m_family.active && end - p > m_family.name.size()
                              && sameBytes(p, m_family.name.data(), size_t(m_family.name.size()));
    if (familyPrefix)
        p += m_family.name.size();
    while (p < end && is(*p, NameChar))
        ++p;
    const QByteArrayView name = view(nameBegin, p);
    auto bad = [&](const char *at, const char *message, QByteArrayView arg = {}) { fail(begin, at, name, message, arg); };

    if (m_scratch.size() < size_t(end - begin))
        m_scratch.resize(size_t(end - begin));
    qsizetype scratchUsed = 0;
    m_labels.clear();
    const char *afterLabels = p;
    p = skipBlanks(p, end);
    if (p < end && *p == '{') {
        p = parseLabels(p, end, m_labels, scratchUsed);
        if (!p) {
            bad(m_errorAt, m_error, QByteArray::number(m_limits.maxLabelsPerSample));
            return;
        }
        afterLabels = p;
    }
    p = skipBlanks(afterLabels, end);
    if (p == afterLabels || p == end) {
        bad(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "expected a blank and a value"));
        return;
    }
    const char *const valueAt = p;
    const char *valueEnd = skipToken(p, end);
    double value = 0;
    if (!parseFloat(p, valueEnd, value)) {
        bad(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "'%1' is not a number"), view(p, valueEnd));
        return;
    }
    p = skipBlanks(valueEnd, end);

    std::optional<qint64> timestamp;
    m_timestampSeconds.reset();
    if (p < end && *p != '#') {
        const char *tsEnd = skipToken(p, end);
        if (m_openMetrics) {
            double seconds = 0;
            if (!parseFloat(p, tsEnd, seconds) || !std::isfinite(seconds)) {
                bad(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "'%1' is not a timestamp in seconds"), view(p, tsEnd));
                return;
            }
            m_timestampSeconds = seconds;
            // Valid, but beyond what milliseconds in 64 bits hold: read without it.
            if (std::abs(seconds) <= 9.2e15)
                timestamp = qint64(std::llround(seconds * 1000.0));
            else
                fail(begin, p, name, QT_TRANSLATE_NOOP("phc::PromTextParser", "timestamp '%1' is out of range; ignored"),
                     view(p, tsEnd), Severity::Warning);
        } else {
            qint64 ms = 0;
            if (!parseInt(p, tsEnd, ms)) {
                bad(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "'%1' is not a timestamp in whole milliseconds"),
                    view(p, tsEnd));
                return;
            }
            timestamp = ms;
        }
        p = skipBlanks(tsEnd, end);
    }

    bool hasExemplar = false;
    double exemplarValue = 0;
    const char *exemplarAt = p;
    m_exemplarLabels.clear();
    if (p < end && *p == '#') {
        // Exemplar: " # {labels} value [timestamp]"
        const char *hash = p;
        p = skipBlanks(p + 1, end);
        if (p == hash + 1 || p >= end || *p != '{') {
            bad(hash, QT_TRANSLATE_NOOP("phc::PromTextParser", "an exemplar is '# {labels} value [timestamp]'"));
            return;
        }
        m_exemplarLabels.clear();
        p = parseLabels(p, end, m_exemplarLabels, scratchUsed);
        if (!p) {
            bad(m_errorAt, m_error, QByteArray::number(m_limits.maxLabelsPerSample));
            return;
        }
        const char *exValue = skipBlanks(p, end);
        const char *exValueEnd = skipToken(exValue, end);
        if (exValue == p || !parseFloat(exValue, exValueEnd, exemplarValue)) {
            bad(exValue, QT_TRANSLATE_NOOP("phc::PromTextParser", "exemplar needs a numeric value"));
            return;
        }
        p = skipBlanks(exValueEnd, end);
        if (p < end) {
            const char *exTsEnd = skipToken(p, end);
            double ts = 0;
            if (!parseFloat(p, exTsEnd, ts)) {
                bad(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "'%1' is not an exemplar timestamp"), view(p, exTsEnd));
                return;
            }
            p = skipBlanks(exTsEnd, end);
        }
        hasExemplar = true;
    }
    if (p != end) {
        bad(p, QT_TRANSLATE_NOOP("phc::PromTextParser", "unexpected text after the sample"));
        return;
    }

    // Which family the sample belongs to: the current one, or a new untyped one.
    std::optional<SampleSuffix> suffix;
    if (m_family.active)
        suffix = matchFamily(name, m_family.name, m_family.type, familyPrefix);
    if (!suffix && m_family.active && name == m_family.name) {
        bad(nameBegin, QT_TRANSLATE_NOOP("phc::PromTextParser",
                                         "a histogram's samples are named %1_bucket, _sum and _count"),
            name);
        return;
    }
    const MetricType type = suffix ? m_family.type : MetricType::Untyped;
    const SampleSuffix sfx = suffix.value_or(SampleSuffix::None);

    double bound = 0;
    const PromLabel *l = nullptr;
    if (sfx == SampleSuffix::Bucket || (type == MetricType::Summary && sfx == SampleSuffix::None)) {
        const bool bucket = sfx == SampleSuffix::Bucket;
        l = findLabel(m_labels, bucket ? QByteArrayView("le") : QByteArrayView("quantile"));
        if (!l || !parseFloat(l->value.data(), l->value.data() + l->value.size(), bound) || std::isnan(bound)) {
            bad(nameBegin, bucket ? QT_TRANSLATE_NOOP("phc::PromTextParser", "a bucket needs a numeric 'le' label")
                                  : QT_TRANSLATE_NOOP("phc::PromTextParser",
                                                      "a summary sample needs a numeric 'quantile' label"));
            return;
        }
    }

    if (!suffix) {
        endFamily();
        startFamily(name, m_line);
    }
    if (!m_family.announced)
        announce();

    PromSample s;
    s.name = name;
    s.family = m_family.name;
    s.type = type;
    s.suffix = sfx;
    s.labels = std::span<const PromLabel>(m_labels.data(), m_labels.size());
    s.value = value;
    s.bound = bound;
    s.timestampMs = timestamp;
    s.hasExemplar = hasExemplar;
    s.exemplarValue = exemplarValue;
    s.line = m_line;
    ++m_stats.samples;
    m_visitor->sample(s);
    if (m_openMetrics) {
        OpenMetricsChecker::SampleFacts facts;
        facts.sample = &s;
        facts.boundText = l ? l->value : QByteArrayView();
        facts.timestampSeconds = m_timestampSeconds;
        facts.exemplarLabels = std::span<const PromLabel>(m_exemplarLabels.data(), m_exemplarLabels.size());
        facts.valueColumn = int(std::min<qsizetype>(valueAt - begin, INT_MAX - 1)) + 1;
        facts.exemplarColumn = int(std::min<qsizetype>(exemplarAt - begin, INT_MAX - 1)) + 1;
        m_checker->sample(facts);
    }
}

} // namespace phc
