#include "core/extract/numbers/digitparser.h"

#include <cmath>

namespace dealdesk {

namespace {

// Beyond this many significant integer digits a double no longer holds every unit exactly;
// an amount that large is a reading error or a hoax, never something to round quietly.
constexpr qsizetype kMaxExactDigits = 15;

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

} // namespace

qsizetype digitRunLength(QStringView text, qsizetype from)
{
    qsizetype i = from;
    const qsizetype n = text.size();
    while (i < n) {
        if (isAsciiDigit(text[i])) {
            ++i;
        } else if (isDigitSeparator(text[i]) && i > from && i + 1 < n && isAsciiDigit(text[i + 1])) {
            ++i;
        } else {
            break;
        }
    }
    return i - from;
}

std::optional<DigitValue> parseDigits(QStringView digits, QChar decimalMark)
{
    if (digits.isEmpty() || !isAsciiDigit(digits.front()) || !isAsciiDigit(digits.back()))
        return std::nullopt;
    // Where the separators are and which kinds occur, in one pass.
    qsizetype dots = 0, commas = 0, apostrophes = 0;
    qsizetype lastSep = -1;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits[i];
        if (isAsciiDigit(c))
            continue;
        if (i > 0 && !isAsciiDigit(digits[i - 1]))
            return std::nullopt; // two marks in a row
        if (c == u'.')
            ++dots;
        else if (c == u',')
            ++commas;
        else
            ++apostrophes;
        lastSep = i;
    }
    qsizetype decimalAt = -1; // index of the decimal mark, -1 when none
    if (lastSep >= 0) {
        const QChar last = digits[lastSep];
        const qsizetype sameKind = last == u'.' ? dots : last == u',' ? commas : apostrophes;
        const qsizetype tail = digits.size() - lastSep - 1;
        const bool mixed = (dots > 0) + (commas > 0) + (apostrophes > 0) > 1;
        if (last == u'\'' || last == u'\u2019') {
            decimalAt = -1;
        } else if (mixed) {
            if (sameKind > 1)
                return std::nullopt; // "1.200,50.3"
            decimalAt = lastSep;
        } else if (sameKind == 1) {
            // "1,5" in Italian, "1.5" in English are decimals; the other mark followed by
            // exactly three digits groups thousands, otherwise it is a decimal written the
            // foreign way ("4.3 Milliarden" in a German quote of an English source).
            if (last == decimalMark || tail != 3)
                decimalAt = lastSep;
        }
    }
    // Groups between separators (before the decimal mark) must have three digits.
    const qsizetype intEnd = decimalAt >= 0 ? decimalAt : digits.size();
    qsizetype groupLen = 0;
    bool firstGroup = true;
    for (qsizetype i = 0; i < intEnd; ++i) {
        if (isAsciiDigit(digits[i])) {
            ++groupLen;
            continue;
        }
        if ((firstGroup && groupLen > 3) || (!firstGroup && groupLen != 3))
            return std::nullopt;
        firstGroup = false;
        groupLen = 0;
    }
    if (!firstGroup && groupLen != 3)
        return std::nullopt;

    DigitValue v;
    double value = 0;
    bool leading = true;
    for (qsizetype i = 0; i < intEnd; ++i) {
        if (!isAsciiDigit(digits[i]))
            continue;
        const int d = digits[i].unicode() - u'0';
        if (leading && d == 0)
            continue;
        leading = false;
        ++v.integerDigits;
        if (v.integerDigits <= kMaxExactDigits)
            value = value * 10 + d;
    }
    if (v.integerDigits > kMaxExactDigits) {
        v.overflow = true;
        v.value = HUGE_VAL;
        return v;
    }
    // Decimals as an integer over a power of ten: summing tenths would drift.
    double fraction = 0, divisor = 1;
    for (qsizetype i = intEnd + 1; i < digits.size() && divisor < 1e15; ++i) {
        fraction = fraction * 10 + (digits[i].unicode() - u'0');
        divisor *= 10;
    }
    value += fraction / divisor;
    v.value = value;
    return v;
}

} // namespace dealdesk
