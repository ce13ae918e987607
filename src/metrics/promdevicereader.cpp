#include "promdevicereader.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <vector>

namespace phc {

PromDeviceRead PromDeviceReader::feed(QIODevice &device, PromTextParser &parser, qint64 maxBytes, qint64 length)
{
    PromDeviceRead result;
    const qsizetype maxLine = parser.limits().maxLineBytes;
    std::vector<char> buffer;
    qsizetype kept = 0;     // an unfinished line, at the front of the buffer
    bool skipping = false;  // inside a line longer than maxLine, dropped up to its newline
    qsizetype skipped = 0;  // ... and its bytes so far
    for (;;) {
        if (buffer.size() < size_t(kept + chunkBytes))
            buffer.resize(size_t(kept + chunkBytes));
        char *const data = buffer.data();
        const qint64 want = length < 0 ? chunkBytes : std::min<qint64>(chunkBytes, length - result.bytes);
        const qint64 n = want > 0 ? device.read(data + kept, want) : 0;
        if (n < 0) {
            result.status = PromDeviceRead::Status::ReadError;
            result.error = device.errorString();
            return result;
        }
        if (n == 0) {
            if (skipping)
                parser.skipLongLine(skipped);
            else if (kept > 0)
                parser.feed(QByteArrayView(data, kept)); // the last line, without its newline
            return result;
        }
        result.bytes += n;
        if (result.bytes > maxBytes) {
            result.status = PromDeviceRead::Status::TooLarge;
            return result;
        }
        const qsizetype have = kept + qsizetype(n);
        qsizetype from = 0;
        if (skipping) {
            const auto *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(have)));
            if (!nl) {
                skipped += have;
                kept = 0;
                continue;
            }
            from = nl - data + 1;
            parser.skipLongLine(skipped + from);
            skipping = false;
        }
        const auto *last = static_cast<const char *>(memrchr(data + from, '\n', size_t(have - from)));
        if (last) {
            const qsizetype upTo = last - data + 1;
            parser.feed(QByteArrayView(data + from, upTo - from));
            from = upTo;
        }
        kept = have - from;
        if (kept > 0 && from > 0)
            std::memmove(data, data + from, size_t(kept));
        if (kept > maxLine) {
            skipping = true;
            skipped = kept;
            kept = 0;
        }
    }
}

ExpositionFormat PromDeviceReader::detectFormat(QIODevice &device)
{
    if (device.isSequential())
        return ExpositionFormat::Prometheus004;
    // Back over the trailing blanks to the last other byte, a chunk at a time ...
    const auto blank = [](char c) { return c == '\n' || c == '\r' || c == ' ' || c == '\t'; };
    qint64 last = -1;
    for (qint64 end = device.size(); end > 0 && last < 0;) {
        const qint64 from = std::max<qint64>(0, end - 4096);
        if (!device.seek(from))
            break;
        const QByteArray chunk = device.read(end - from);
        for (qsizetype i = chunk.size() - 1; i >= 0; --i)
            if (!blank(chunk[i])) {
                last = from + i;
                break;
            }
        end = from;
    }
    // ... then the line it ends: "# EOF" after a newline or at the start, as
    // PromTextParser::detectFormat reads a whole payload.
    ExpositionFormat format = ExpositionFormat::Prometheus004;
    const qint64 from = std::max<qint64>(0, last - 5);
    if (last >= 0 && device.seek(from))
        format = PromTextParser::detectFormat(device.read(last + 1 - from));
    device.seek(0);
    return format;
}

} // namespace phc
