#include "contenthash.h"

#include "error.h"

#include <openssl/evp.h>

namespace Atelier {

QByteArray sha256Hex(const QByteArray &content)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(content.constData(), size_t(content.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        throw Error::failure(QStringLiteral("SHA-256 failed"));
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace Atelier
