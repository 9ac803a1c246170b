#include "core/text/composednfc.h"

#include <unicode/unorm2.h>

#include <algorithm>
#include <climits>

namespace dealdesk {

QString composedNfc(QString text)
{
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status) || text.isEmpty())
        return text;
    const auto *units = reinterpret_cast<const UChar *>(text.constData());
    const int32_t length = int32_t(std::min<qsizetype>(text.size(), INT32_MAX));
    // The leading part that is NFC for certain: usually the whole text.
    const int32_t settled = unorm2_spanQuickCheckYes(nfc, units, length, &status);
    if (U_FAILURE(status) || settled == text.size())
        return text;
    // The rest is normalised after the settled part (a normalisation boundary), into a buffer
    // of its size: composing mostly shortens text, and ICU says so when it needs more room.
    QString out = text.left(settled);
    const auto *rest = units + settled;
    const int32_t restLength = length - settled;
    QString buffer(restLength + 16, Qt::Uninitialized);
    int32_t written = unorm2_normalize(nfc, rest, restLength, reinterpret_cast<UChar *>(buffer.data()),
                                       int32_t(buffer.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
        buffer.resize(written);
        written = unorm2_normalize(nfc, rest, restLength, reinterpret_cast<UChar *>(buffer.data()),
                                   int32_t(buffer.size()), &status);
    }
    if (U_FAILURE(status))
        return text;
    buffer.truncate(written);
    out += buffer;
    if (length < text.size()) // past 2^31 units ICU cannot take: left as it came
        out += QStringView(text).sliced(length);
    return out;
}

} // namespace dealdesk
