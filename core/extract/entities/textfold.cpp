#include "core/extract/entities/textfold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstring>

namespace dealdesk {

TextFold::TextFold()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    for (int c = 0; c < 0x10000; ++c) {
        m_accented[c] = false;
        if (c >= 0xD800 && c <= 0xDFFF) { // surrogate halves: kept, they only meet their kind
            m_table[c] = char16_t(c);
            continue;
        }
        if (u_charType(c) == U_NON_SPACING_MARK) {
            m_table[c] = 0;
            continue;
        }
        UChar32 f = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        icu::UnicodeString decomposition;
        if (U_SUCCESS(status) && nfd && nfd->getDecomposition(f, decomposition) && decomposition.length() > 0) {
            const UChar32 base = decomposition.char32At(0);
            if (base < 0x10000 && u_isalpha(base)) {
                m_accented[c] = true;
                f = u_foldCase(base, U_FOLD_CASE_DEFAULT);
            }
        }
        m_table[c] = f < 0x10000 ? char16_t(f) : char16_t(c);
    }
    // Typographic apostrophes and hyphens are the same key as the ASCII ones.
    for (char16_t c : {u'\u2019', u'\u2018', u'\u02BC', u'`'})
        m_table[c] = u'\'';
    for (char16_t c : {u'\u2010', u'\u2011'})
        m_table[c] = u'-';
}

const TextFold &TextFold::instance()
{
    static const TextFold fold;
    return fold;
}

quint64 TextFold::key(QStringView text) const
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar qc : text) {
        const char16_t c = m_table[qc.unicode()];
        if (!c)
            continue;
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

QString TextFold::folded(QStringView text) const
{
    QString out;
    out.reserve(text.size());
    for (QChar qc : text) {
        const char16_t c = m_table[qc.unicode()];
        if (c)
            out.append(QChar(c));
    }
    return out;
}

bool TextFold::hasAccent(QStringView text) const
{
    // ASCII other than NUL (which folds to nothing) carries no accent and no combining mark:
    // most words are settled four units at a time, without the tables.
    constexpr quint64 lanes = 0x0001000100010001ULL;
    const char16_t *units = text.utf16();
    qsizetype k = 0;
    for (; k + 4 <= text.size(); k += 4) {
        quint64 four;
        std::memcpy(&four, units + k, sizeof four);
        if ((four & (0xFF80 * lanes)) || ((four - lanes) & ~four & (0x8000 * lanes)))
            break;
    }
    for (QChar qc : text.sliced(k)) {
        if (m_accented[qc.unicode()] || m_table[qc.unicode()] == 0)
            return true;
    }
    return false;
}

} // namespace dealdesk
