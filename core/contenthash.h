#pragma once

#include <QByteArray>

namespace Atelier {

/// The SHA-256 that identifies an image's content, as lowercase hex.
/// Uses OpenSSL, which takes the processor's SHA instructions where there are some: on imports of
/// large scans, hashing is a large share of the work.
QByteArray sha256Hex(const QByteArray &content);

} // namespace Atelier
