#pragma once

#include "promtextparser.h"

#include <QString>

class QIODevice;

namespace phc {

struct PromDeviceRead
{
    enum class Status { Ok, ReadError, TooLarge };
    Status status = Status::Ok;
    QString error; // the device's error text on ReadError
    qint64 bytes = 0;
};

// Feeds a payload from a device to a parser that has begun, in chunks of
// chunkBytes: only whole lines reach the parser, a line longer than the
// parser's maxLineBytes is dropped to its newline and reported, and memory
// stays at about one chunk (or one line up to maxLineBytes), whatever the
// payload's size. Stops with TooLarge once more than `maxBytes` were read.
class PromDeviceReader
{
public:
    static constexpr qsizetype chunkBytes = 256 * 1024;

    // `length` >= 0: stop after that many bytes (a part of the payload).
    static PromDeviceRead feed(QIODevice &device, PromTextParser &parser, qint64 maxBytes, qint64 length = -1);

    // The format of a seekable device's payload, from the line it ends with
    // (as PromTextParser::detectFormat); the position is put back to the
    // start. Prometheus004 when the device cannot seek.
    static ExpositionFormat detectFormat(QIODevice &device);
};

} // namespace phc
