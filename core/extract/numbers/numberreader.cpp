#include "core/extract/numbers/numberreader.h"

#include "core/extract/numbers/digitparser.h"
#include "core/extract/numbers/numberwords.h"
#include "core/extract/numbers/phrasematcher.h"
#include "core/extract/tsvtable.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dealdesk {

namespace {

struct Scale
{
    double factor = 1;
    bool glued = false; // only on the digits or right before a currency sign
};

struct SuffixScale
{
    QString exact;
    bool exactCase = false;
    double factor = 1;
};

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// 16,4 millions is 16400000, not 16399999.999999998: a scaled value is rounded to cents.
double roundScaled(double v) { return std::abs(v) < 1e15 ? std::round(v * 100) / 100 : v; }

// Spaces that group thousands: "10 000", "1 200" with a no-break or narrow no-break space.
bool isGroupSpace(QStringView s)
{
    return s.size() == 1 && (s[0] == u' ' || s[0] == u'\u00a0' || s[0] == u'\u202f' || s[0] == u'\u2009');
}

// "000" or "000,50": the next group of a space-grouped number.
bool isThreeDigitGroup(QStringView s)
{
    if (s.size() < 3 || !isAsciiDigit(s[0]) || !isAsciiDigit(s[1]) || !isAsciiDigit(s[2]))
        return false;
    if (s.size() == 3)
        return true;
    return (s[3] == u',' || s[3] == u'.') && digitRunLength(s, 0) == s.size();
}

bool isCurrencySign(const ExtractionInput &in, qsizetype index)
{
    return index >= 0 && index < in.tokens.size() && in.tokens[index].kind == TokenKind::Punct
        && in.text[in.tokens[index].start].category() == QChar::Symbol_Currency;
}

} // namespace

struct NumberReader::Data
{
    QString language;
    QChar decimalMark = u'.';
    NumberWords words;
    PhraseMatcher multiWords; // payload: index into words.multiTokenPieces()
    PhraseMatcher scales;     // payload: index into scaleList
    QList<Scale> scaleList;
    QHash<QString, QList<SuffixScale>> suffixScales; // folded one-token forms: "bn", "k", "mld"
    PhraseMatcher percent;

    [[nodiscard]] std::optional<double> suffixScale(QStringView suffix) const
    {
        if (suffix.size() > 12)
            return std::nullopt;
        const auto it = suffixScales.constFind(PhraseMatcher::fold(suffix));
        if (it == suffixScales.cend())
            return std::nullopt;
        for (const SuffixScale &s : *it) {
            if (!s.exactCase || s.exact == suffix)
                return s.factor;
        }
        return std::nullopt;
    }

    [[nodiscard]] bool isThousandWord(QStringView word) const
    {
        // A word no piece begins (most words after a number) splits into nothing.
        if (word.size() > 16 || !words.mayBeginWord(word))
            return false;
        QVarLengthArray<QChar, 64> folded;
        NumberWords::fold(word, folded);
        const auto pieces = words.split(QStringView(folded.data(), folded.size()));
        return pieces.size() == 1 && pieces.front().part == NumberPart::Thousand;
    }

    std::optional<NumberMatch> readDigits(const ExtractionInput &in, qsizetype index, bool allowAffixes) const;
    std::optional<NumberMatch> readWords(const ExtractionInput &in, qsizetype index, bool withScale) const;
    std::optional<NumberMatch> readPart(const ExtractionInput &in, qsizetype index) const;
    void readScale(const ExtractionInput &in, NumberMatch &m) const;
};

NumberReader::NumberReader(const QString &language, QStringList *errors)
    : d(std::make_unique<Data>())
{
    d->language = language;
    const QString decimal = QLocale(language).decimalPoint();
    d->decimalMark = decimal.isEmpty() ? QChar(u'.') : decimal.front();
    d->words.load(lexiconPath(language, QStringLiteral("numbers")), errors);
    for (qsizetype i = 0; i < d->words.multiTokenWords().size(); ++i)
        d->multiWords.add(d->words.multiTokenWords()[i], int(i));
    for (const QString &p : d->words.percentWords())
        d->percent.add(p, 0);

    const QString scalePath = lexiconPath(language, QStringLiteral("scales"));
    const auto table = TsvTable::loadReporting(scalePath, errors);
    if (!table)
        return;
    for (qsizetype r = 0; r < table->rowCount(); ++r) {
        const QString form = table->value(r, QStringLiteral("form"));
        bool ok = false;
        const double factor = table->value(r, QStringLiteral("factor")).toDouble(&ok);
        if (form.isEmpty() || !ok || factor <= 0) {
            if (errors)
                errors->append(QStringLiteral("%1:%2: bad scale row").arg(scalePath).arg(table->lineNumber(r)));
            continue;
        }
        const bool exactCase = table->value(r, QStringLiteral("case")) == u"exact";
        const bool glued = table->value(r, QStringLiteral("attach")) == u"glued";
        d->scales.add(form, int(d->scaleList.size()), exactCase);
        d->scaleList.append(Scale{factor, glued});
        if (!form.contains(u' '))
            d->suffixScales[PhraseMatcher::fold(form)].append(SuffixScale{form, exactCase, factor});
    }
}

NumberReader::~NumberReader() = default;
NumberReader::NumberReader(NumberReader &&) noexcept = default;
NumberReader &NumberReader::operator=(NumberReader &&) noexcept = default;

const QString &NumberReader::language() const { return d->language; }

std::optional<NumberMatch> NumberReader::readAt(const ExtractionInput &in, qsizetype index, bool withScale,
                                                bool allowAffixes) const
{
    if (index < 0 || index >= in.tokens.size())
        return std::nullopt;
    const Token &tok = in.tokens[index];
    const QStringView s = tok.in(in.text);
    // A sign right before the digits, not after a word or number ("15-25" is a range).
    if (tok.kind == TokenKind::Punct && s.size() == 1 && (s[0] == u'-' || s[0] == u'\u2212' || s[0] == u'+')
        && index + 1 < in.tokens.size() && in.tokens[index + 1].kind == TokenKind::Number
        && in.tokens[index + 1].start == tok.end
        && (tok.start == 0 || !in.text[tok.start - 1].isLetterOrNumber())) {
        auto m = d->readDigits(in, index + 1, false);
        if (!m || m->innerPrefix > 0)
            return std::nullopt;
        if (withScale)
            d->readScale(in, *m);
        m->firstToken = index;
        if (s[0] != u'+')
            m->value = -m->value;
        return m;
    }
    if (tok.kind == TokenKind::Number || (tok.kind == TokenKind::Word && isAsciiDigit(s[0]))
        || (allowAffixes && tok.kind == TokenKind::Word && s.size() > 1 && s.size() <= 40)) {
        auto m = d->readDigits(in, index, allowAffixes);
        if (m) {
            if (withScale)
                d->readScale(in, *m);
            else if (m->hasScale)
                return std::nullopt;
            return m;
        }
        if (tok.kind != TokenKind::Word)
            return std::nullopt;
    }
    if (tok.kind == TokenKind::Word) {
        // A part here or after the next space ("half a million", "three quarters billion"):
        // two bit tests refuse almost every word before readPart looks.
        const bool partNear = d->words.mayBePart(s)
            || (index + 2 < in.tokens.size() && in.tokens[index + 1].kind == TokenKind::Space
                && d->words.mayBePart(in.tokens[index + 2].in(in.text)));
        if (withScale && partNear) {
            if (auto part = d->readPart(in, index))
                return part;
        }
        return d->readWords(in, index, withScale);
    }
    return std::nullopt;
}

bool NumberReader::mayStartAt(const ExtractionInput &in, qsizetype index, bool allowAffixes) const
{
    if (index < 0 || index >= in.tokens.size())
        return false;
    const Token &tok = in.tokens[index];
    const QStringView s = tok.in(in.text);
    if (tok.kind == TokenKind::Number)
        return true;
    if (tok.kind == TokenKind::Punct) // only a sign before digits: "-5", "+3"
        return s.size() == 1 && (s[0] == u'-' || s[0] == u'\u2212' || s[0] == u'+');
    if (tok.kind != TokenKind::Word || s.isEmpty())
        return false;
    // Digits, or (with affixes) up to three letters before them: "5bn", "USD1,23".
    const qsizetype digitsFrom = allowAffixes ? std::min<qsizetype>(s.size(), 4) : 1;
    for (qsizetype i = 0; i < digitsFrom; ++i) {
        if (isAsciiDigit(s[i]))
            return true;
    }
    // Number words, one token ("venticinque") or the first of several ("quatre-vingt").
    if (d->multiWords.mayStartWith(s))
        return true;
    return s.size() <= 48
        && (d->words.mayBeginWord(s) || (d->words.mayBePart(s) && d->words.partValue(s)));
}

NumberReader::Start NumberReader::startOf(TokenKind kind, QStringView s) const
{
    // Follows readAt(..., true, true) step by step; every None is a path of it that fails
    // whatever the neighbours are.
    if (kind == TokenKind::Number)
        return Start::Maybe;
    if (kind == TokenKind::Punct) // only the sign branch reads at punctuation
        return s.size() == 1 && (s[0] == u'-' || s[0] == u'\u2212' || s[0] == u'+') ? Start::SignBeforeDigits
                                                                                   : Start::None;
    if (kind != TokenKind::Word || s.isEmpty())
        return Start::None;
    // readDigits: digits after at most three letters ("5bn", "USD1,23").
    for (qsizetype i = 0; i < std::min<qsizetype>(s.size(), 4); ++i) {
        if (isAsciiDigit(s[i]))
            return Start::Maybe;
    }
    // readPart with the part here, readWords with a number word of several tokens.
    if (d->multiWords.mayStartWith(s) || d->words.partValue(s))
        return Start::Maybe;
    // readWords (and readPart, whose count before the part is one such word): the word's own
    // pieces must make a start. Too long, or no pieces, or pieces no number starts with
    // ("e", "and" alone): no number whatever follows.
    if (s.size() > 48 || !d->words.canStartWith(PhraseMatcher::foldChar(s.front())))
        return Start::None;
    // No piece begins the word (most words): it splits into nothing, so it is not folded.
    if (!d->words.mayBeginWord(s))
        return Start::None;
    QVarLengthArray<QChar, 64> folded;
    NumberWords::fold(s, folded);
    const auto pieces = d->words.split(QStringView(folded.data(), folded.size()));
    if (pieces.isEmpty())
        return Start::None;
    NumberAccumulator acc;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (!acc.canTake(pieces[i], i > 0))
            return Start::None;
        acc.take(pieces[i]);
    }
    // A number alone ("venticinque"), else one only before more ("un miliardo", "a hundred").
    return acc.value(false) ? Start::Maybe : Start::BeforeNumberWord;
}

bool NumberReader::startHoldsAt(Start start, const ExtractionInput &in, qsizetype index) const
{
    const qsizetype n = in.tokens.size();
    switch (start) {
    case Start::None:
        return false;
    case Start::Maybe:
        return true;
    case Start::SignBeforeDigits:
        return index + 1 < n && in.tokens[index + 1].kind == TokenKind::Number
            && in.tokens[index + 1].start == in.tokens[index].end;
    case Start::BeforeNumberWord:
        break;
    }
    // readWords, readScale and readPart look at the token after this one, or after one space:
    // it must be able to begin a number word, a part, a scale or be a joining hyphen.
    qsizetype next = index + 1;
    if (next < n && in.tokens[next].kind == TokenKind::Space)
        ++next;
    if (next >= n || in.tokens[next].kind == TokenKind::Space)
        return false;
    const Token &t = in.tokens[next];
    const QStringView s = t.in(in.text);
    if (s.size() == 1 && (s[0] == u'-' || s[0] == u'\u2010'))
        return true;
    return d->words.mayBePart(s) || d->multiWords.mayStartWith(s) || d->scales.mayStartWith(s)
        || (t.kind == TokenKind::Word && d->words.mayBeginWord(s));
}

std::optional<NumberMatch> NumberReader::Data::readDigits(const ExtractionInput &in, qsizetype index,
                                                          bool allowAffixes) const
{
    const QStringView s = in.tokens[index].in(in.text);
    qsizetype prefix = 0;
    while (prefix < s.size() && prefix <= 3 && s[prefix].isLetter())
        ++prefix;
    if (prefix > 0 && (!allowAffixes || prefix > 3))
        return std::nullopt;
    if (prefix >= s.size() || !isAsciiDigit(s[prefix]))
        return std::nullopt;
    // ICU keeps "2\u202f000" (a narrow no-break space between groups) in one token: the
    // space is dropped when three digits follow it.
    qsizetype run = digitRunLength(s, prefix);
    // Gathered in a buffer on the stack: most numbers are a few characters.
    QVarLengthArray<QChar, 32> digits;
    const auto append = [&digits](QStringView part) { digits.append(part.constData(), part.size()); };
    append(s.sliced(prefix, run));
    while (prefix + run + 4 <= s.size() && isGroupSpace(s.sliced(prefix + run, 1))
           && digitRunLength(s, prefix + run + 1) >= 3
           && (prefix + run + 4 == s.size() || !isAsciiDigit(s[prefix + run + 4]))) {
        const qsizetype more = digitRunLength(s, prefix + run + 1);
        append(s.sliced(prefix + run + 1, more));
        run += 1 + more;
    }
    QStringView suffix = s.sliced(prefix + run);
    qsizetype last = index;
    // "10 000 dollari", "1 200 000": groups after spaces, only after a short first group
    // written without marks, so "2019 100" stays two numbers.
    if (suffix.isEmpty() && run <= 3 && prefix == 0) {
        while (last + 2 < in.tokens.size() && in.tokens[last + 1].kind == TokenKind::Space
               && isGroupSpace(in.tokens[last + 1].in(in.text)) && in.tokens[last + 2].kind == TokenKind::Number
               && isThreeDigitGroup(in.tokens[last + 2].in(in.text))) {
            const QStringView group = in.tokens[last + 2].in(in.text);
            append(group);
            last += 2;
            if (group.size() > 3)
                break; // the decimals end it
        }
    }
    const auto parsed = parseDigits(QStringView(digits.constData(), digits.size()), decimalMark);
    if (!parsed)
        return std::nullopt;
    NumberMatch m;
    m.firstToken = index;
    m.endToken = last + 1;
    m.value = parsed->value;
    m.overflow = parsed->overflow;
    m.innerPrefix = prefix;
    if (!suffix.isEmpty()) {
        if (const auto factor = suffixScale(suffix)) {
            m.value = roundScaled(m.value * *factor);
            m.scale = *factor;
            m.hasScale = true;
        } else if (isThousandWord(suffix)) { // "2mila"
            m.value *= 1000;
        } else if (allowAffixes) {
            m.innerSuffix = suffix.size();
        } else {
            return std::nullopt;
        }
    }
    return m;
}

void NumberReader::Data::readScale(const ExtractionInput &in, NumberMatch &m) const
{
    if (m.innerSuffix > 0 || m.overflow)
        return;
    qsizetype next = nextSolid(in, m.endToken, 2);
    // The scale at `next`, once looked up: the thousand test below and the scale itself ask.
    std::optional<PhraseHit> scaleAtNext;
    qsizetype scaleLookedUpAt = -1;
    // "5 mila", "60 mil millones", "20 thousand": a thousand word after digits.
    if (!m.hasScale && !m.fromWords && next >= 0 && in.tokens[next].kind == TokenKind::Word) {
        scaleAtNext = scales.matchAt(in, next);
        scaleLookedUpAt = next;
        if (!scaleAtNext && isThousandWord(in.tokens[next].in(in.text))) {
            m.value *= 1000;
            m.endToken = next + 1;
            next = nextSolid(in, m.endToken, 2);
        }
    }
    if (m.hasScale || next < 0)
        return;
    // "a $10-billion deal": the scale hyphenated onto the number.
    if (next == m.endToken && next + 1 < in.tokens.size() && in.tokens[next].kind == TokenKind::Punct
        && in.tokens[next].length() == 1 && in.text[in.tokens[next].start] == u'-'
        && in.tokens[next + 1].kind == TokenKind::Word) {
        if (const auto hyphenated = scales.matchAt(in, next + 1); hyphenated && !scaleList[hyphenated->payload].glued)
            next = next + 1;
    }
    const auto hit = next == scaleLookedUpAt ? scaleAtNext : scales.matchAt(in, next);
    if (!hit)
        return;
    const Scale &scale = scaleList[hit->payload];
    // "5 m" is five metres; "5 M€" and "5m" are millions.
    if (scale.glued && next != m.endToken && !(isCurrencySign(in, hit->endToken)
                                               && in.tokens[hit->endToken].start == in.tokens[hit->endToken - 1].end))
        return;
    m.value = roundScaled(m.value * scale.factor);
    m.scale = scale.factor;
    m.hasScale = true;
    m.endToken = hit->endToken;
}

std::optional<NumberMatch> NumberReader::Data::readWords(const ExtractionInput &in, qsizetype index,
                                                         bool withScale) const
{
    NumberAccumulator acc;
    qsizetype t = index;
    qsizetype end = index;
    QVarLengthArray<QChar, 64> folded;
    const auto piecesAt = [&](qsizetype i, qsizetype &after) -> QList<NumberPiece> {
        if (const auto hit = multiWords.matchAt(in, i)) {
            after = hit->endToken;
            return {words.multiTokenPieces()[hit->payload]};
        }
        after = i + 1;
        if (in.tokens[i].kind != TokenKind::Word)
            return {};
        const QStringView w = in.tokens[i].in(in.text);
        if (w.size() > 48 || !words.canStartWith(PhraseMatcher::foldChar(w.front())))
            return {};
        NumberWords::fold(w, folded);
        return words.split(QStringView(folded.data(), folded.size()));
    };
    while (t >= 0 && t < in.tokens.size()) {
        qsizetype after = t;
        const QList<NumberPiece> pieces = piecesAt(t, after);
        if (pieces.isEmpty())
            break;
        NumberAccumulator tentative = acc;
        bool whole = true;
        for (qsizetype i = 0; i < pieces.size() && whole; ++i) {
            if (!tentative.canTake(pieces[i], i > 0)) {
                whole = false;
                break;
            }
            tentative.take(pieces[i]);
        }
        if (!whole)
            break;
        // A connector standing alone ("and", "e", "y") joins only when what follows can
        // come after it.
        if (pieces.size() == 1 && pieces.front().part == NumberPart::Connector) {
            const qsizetype n = nextSolid(in, after, 1);
            if (n < 0)
                break;
            qsizetype afterNext = n;
            const QList<NumberPiece> following = piecesAt(n, afterNext);
            if (following.isEmpty() || !tentative.canTake(following.front(), false))
                break;
            acc = tentative;
            t = n;
            continue;
        }
        acc = tentative;
        end = after;
        // The next word: after one space, or after a hyphen glued on both sides.
        qsizetype n = nextSolid(in, after, 1);
        if (n >= 0 && n == after && in.tokens[n].kind == TokenKind::Punct && in.tokens[n].length() == 1
            && (in.text[in.tokens[n].start] == u'-' || in.text[in.tokens[n].start] == u'\u2010')
            && n + 1 < in.tokens.size() && in.tokens[n + 1].kind == TokenKind::Word) {
            n = n + 1;
        }
        t = n;
    }
    if (acc.isEmpty())
        return std::nullopt;
    NumberMatch m;
    m.firstToken = index;
    m.endToken = end;
    m.fromWords = true;
    // "un miliardo", "a billion": the article is a number only before a scale.
    auto value = acc.value(false);
    if (!value) {
        if (!withScale)
            return std::nullopt;
        value = acc.value(true);
        if (!value)
            return std::nullopt;
        m.value = *value;
        readScale(in, m);
        if (!m.hasScale)
            return std::nullopt;
        return m;
    }
    m.value = *value;
    if (withScale)
        readScale(in, m);
    return m;
}

// "half a million", "a quarter of a billion", "three quarters billion", "mezzo milione",
// "un quarto di miliardo", "un demi-milliard", "eine halbe Milliarde", "medio millón": a part
// of the scale after it, with a count before it ("three quarters") or an article ("a
// quarter"). Without a scale after it the part is no number ("the first half", "a quarter").
std::optional<NumberMatch> NumberReader::Data::readPart(const ExtractionInput &in, qsizetype index) const
{
    const auto wordAt = [&](qsizetype i) {
        return i >= 0 && i < in.tokens.size() && in.tokens[i].kind == TokenKind::Word ? in.tokens[i].in(in.text)
                                                                                      : QStringView();
    };
    const auto smallPiece = [&](QStringView w) -> std::optional<NumberPiece> {
        if (w.isEmpty() || w.size() > 16 || !words.canStartWith(PhraseMatcher::foldChar(w.front())))
            return std::nullopt;
        QVarLengthArray<QChar, 64> folded;
        NumberWords::fold(w, folded);
        const auto pieces = words.split(QStringView(folded.data(), folded.size()));
        if (pieces.size() != 1 || (pieces.front().part != NumberPart::Article && pieces.front().part != NumberPart::Unit)
            || pieces.front().value >= 10)
            return std::nullopt;
        return pieces.front();
    };
    double count = 1;
    qsizetype t = index;
    bool takesArticle = false;
    auto part = words.partValue(wordAt(t), &takesArticle);
    if (!part) {
        // The part word first: it refuses most words without splitting them into pieces.
        const qsizetype n = nextSolid(in, t + 1, 1);
        part = words.partValue(wordAt(n), &takesArticle);
        if (!part)
            return std::nullopt;
        const auto piece = smallPiece(wordAt(t));
        if (!piece)
            return std::nullopt;
        count = piece->value;
        t = n;
    }
    qsizetype next = nextSolid(in, t + 1, 1);
    // "un demi-milliard": the scale hyphenated onto the part.
    if (next == t + 1 && in.tokens[next].kind == TokenKind::Punct && in.tokens[next].length() == 1
        && in.text[in.tokens[next].start] == u'-' && !wordAt(next + 1).isEmpty()) {
        next = next + 1;
    }
    bool linked = false;
    if (words.isPartLink(wordAt(next))) {
        linked = true;
        next = nextSolid(in, next + 1, 1);
    }
    if ((linked || takesArticle)) {
        if (const auto article = smallPiece(wordAt(next)); article && article->part == NumberPart::Article)
            next = nextSolid(in, next + 1, 1);
    }
    if (next < 0)
        return std::nullopt;
    const auto hit = scales.matchAt(in, next);
    if (!hit || scaleList[hit->payload].glued)
        return std::nullopt;
    NumberMatch m;
    m.firstToken = index;
    m.endToken = hit->endToken;
    m.fromWords = true;
    m.hasScale = true;
    m.scale = scaleList[hit->payload].factor;
    m.value = roundScaled(count * *part * m.scale);
    return m;
}

std::optional<std::pair<double, qsizetype>> NumberReader::scaleAt(const ExtractionInput &in, qsizetype index) const
{
    const qsizetype next = nextSolid(in, index, 2);
    if (next < 0)
        return std::nullopt;
    const auto hit = d->scales.matchAt(in, next);
    if (!hit || d->scaleList[hit->payload].glued)
        return std::nullopt;
    return std::make_pair(d->scaleList[hit->payload].factor, hit->endToken);
}

qsizetype NumberReader::percentAt(const ExtractionInput &in, qsizetype index) const
{
    const qsizetype next = nextSolid(in, index, 2);
    if (next < 0)
        return -1;
    const auto hit = d->percent.matchAt(in, next);
    return hit ? hit->endToken : -1;
}

} // namespace dealdesk
