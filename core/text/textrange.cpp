#include "core/text/textrange.h"

#include <algorithm>

namespace dealdesk {

CodePointMap::CodePointMap(QStringView text) : m_size(text.size())
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype CodePointMap::toCodePoints(qsizetype utf16Offset) const
{
    // Every low surrogate strictly before the offset is a code unit that is not a code point.
    const auto before = std::lower_bound(m_lowSurrogates.begin(), m_lowSurrogates.end(), utf16Offset);
    return utf16Offset - (before - m_lowSurrogates.begin());
}

qsizetype CodePointMap::toUtf16(qsizetype codePointOffset) const
{
    qsizetype pos = codePointOffset;
    for (qsizetype low : m_lowSurrogates) {
        if (low < pos + 1)
            ++pos;
        else
            break;
    }
    return std::min(pos, m_size);
}

} // namespace dealdesk
