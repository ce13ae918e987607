#include "metricssnapshot.h"

#include "snapshotbuilder.h"

#include <algorithm>
#include <climits>
#include <cstring>

namespace phc {

QString SnapshotText::familyContinues(int firstLine)
{
    return Text::tr("family continues here after other families (first at line %1); merged").arg(firstLine);
}

namespace {

// A key for lookups that borrows the bytes instead of copying them.
QByteArray borrowed(QByteArrayView bytes) { return QByteArray::fromRawData(bytes.data(), bytes.size()); }

} // namespace


quint32 SeriesIndex::hash(QByteArrayView bytes)
{
    // Eight bytes at a time, each word folded in by a 128-bit multiply; the
    // process's hash seed keeps crafted collisions from being planned.
    const auto mix = [](quint64 a, quint64 b) {
        __extension__ using Wide = unsigned __int128;
        const Wide r = Wide(a) * b;
        return quint64(r) ^ quint64(r >> 64);
    };
    constexpr quint64 k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull;
    const char *p = bytes.data();
    size_t n = size_t(bytes.size());
    quint64 h = quint64(QHashSeed::globalSeed()) ^ (quint64(n) * k1);
    for (; n >= 8; p += 8, n -= 8) {
        quint64 w = 0;
        std::memcpy(&w, p, 8);
        h = mix(h ^ w ^ k0, k1);
    }
    quint64 w = 0;
    std::memcpy(&w, p, n);
    h = mix(h ^ w ^ k0, k1 ^ n);
    return quint32(h ^ (h >> 32));
}

qsizetype SeriesIndex::find(QByteArrayView key, quint32 hash, const QList<MetricSeries> &series) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.position < 0)
            return -1;
        const QByteArray &labels = series[slot.position].labels.encoded();
        if (slot.hash == hash && labels.size() == key.size() && sameBytes(labels.constData(), key.data(), size_t(key.size())))
            return slot.position;
    }
}

void SeriesIndex::insert(quint32 hash, qsizetype position)
{
    if (size_t(m_count + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].position >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, qint32(position)};
    ++m_count;
}

void SeriesIndex::grow()
{
    std::vector<Slot> old(std::max<size_t>(16, m_slots.size() * 2));
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.position < 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].position >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

const MetricSeries *MetricFamily::find(const LabelSet &labels) const
{
    const qsizetype i = m_index.find(labels.encoded(), SeriesIndex::hash(labels.encoded()), series);
    return i < 0 ? nullptr : &series[i];
}

void SnapshotText::keepFirstByLine(PromParseStats &stats, Issues more, int moreDropped, const PromParseLimits &limits)
{
    Issues merged;
    merged.reserve(std::min<qsizetype>(stats.issues.size() + more.size(), limits.maxIssues));
    auto a = stats.issues.begin(), b = more.begin();
    qsizetype overflow = 0;
    while (a != stats.issues.end() || b != more.end()) {
        // At the same line the first list's issue comes first.
        const bool takeA = b == more.end() || (a != stats.issues.end() && a->line <= b->line);
        Issue &next = takeA ? *a++ : *b++;
        if (merged.size() < limits.maxIssues)
            merged.append(std::move(next));
        else
            ++overflow;
    }
    stats.issues = std::move(merged);
    stats.droppedIssues += moreDropped + int(std::min<qsizetype>(overflow, INT_MAX));
}

void SnapshotBuilder::finish(MetricsSnapshot &snapshot, PromParseStats stats, const PromParseLimits &limits,
                             const MetricsSnapshot *earlier, int lineOffset, qsizetype room)
{
    if (lineOffset > 0) {
        const auto shift = [lineOffset](int &line) { line = int(std::min<qint64>(qint64(line) + lineOffset, INT_MAX)); };
        for (MetricFamily &f : snapshot.m_families)
            shift(f.line);
        for (Issue &issue : issues)
            shift(issue.line);
        for (Issue &issue : stats.issues)
            shift(issue.line);
        shift(stats.lines);
    }
    // Issues are kept by line: past the first `room` of this list none is.
    if (room >= 0 && qsizetype(m_again.size()) > 0) {
        const auto past = std::find_if(m_again.begin(), m_again.end(),
                                       [room](const AgainIssue &a) { return a.issue >= room; });
        m_again.erase(past, m_again.end());
    }
    for (const AgainIssue &again : m_again) {
        const MetricFamily &own = snapshot.m_families[again.family];
        const MetricFamily *first = earlier ? earlier->family(own.name) : nullptr;
        if (!first || first->name != own.name)
            first = &own;
        issues[again.issue].message =
            again.kind == Again::Continues
                ? SnapshotText::familyContinues(first->line)
                : SnapshotText::Text::tr("family appears again with another type (%1, first %2 at line %3); its samples are skipped")
                      .arg(metricTypeName(again.type), metricTypeName(first->type))
                      .arg(first->line);
    }
    m_again.clear();
    snapshot.m_stats = std::move(stats);
    // The builder's findings join the parser's: the first maxIssues of both in line order.
    snapshot.m_stats.warnings += warnings;
    SnapshotText::keepFirstByLine(snapshot.m_stats, std::move(issues), dropped, limits);
}

const MetricFamily *MetricsSnapshot::family(QByteArrayView name) const
{
    const auto exact = [this](QByteArrayView n) -> const MetricFamily * {
        const auto it = m_index.constFind(borrowed(n));
        return it == m_index.cend() ? nullptr : &m_families[*it];
    };
    if (const MetricFamily *f = exact(name))
        return f;
    const QByteArrayView total("_total");
    if (name.endsWith(total)) {
        const MetricFamily *f = exact(name.chopped(total.size()));
        return f && f->type == MetricType::Counter ? f : nullptr;
    }
    const MetricFamily *f = exact(QByteArray(name.toByteArray() + total.toByteArray()));
    return f && (f->type == MetricType::Counter || f->type == MetricType::Untyped) ? f : nullptr;
}

std::array<int, metricTypeCount> MetricsSnapshot::familiesByType() const
{
    std::array<int, metricTypeCount> counts {};
    for (const MetricFamily &f : m_families)
        ++counts[size_t(f.type)];
    return counts;
}

} // namespace phc
