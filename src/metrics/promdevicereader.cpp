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
    // "# EOF" and the blanks after it: a short tail tells. It is read with
    // one byte more, so that "# EOF" counts only after a newline, as in a
    // whole payload, and not where the tail happens to cut a line.
    const qint64 size = device.size();
    const qint64 tail = std::min<qint64>(size, 4097);
    ExpositionFormat format = ExpositionFormat::Prometheus004;
    if (device.seek(size - tail))
        format = PromTextParser::detectFormat(device.read(tail));
    device.seek(0);
    return format;
}

} // namespace phc
