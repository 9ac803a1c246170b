#include "core/import/headerparser.h"

#include "core/import/headerdate.h"
#include "core/import/headerlexicon.h"
#include "core/import/headertokens.h"

namespace dealdesk {
namespace {

constexpr qsizetype kMaxBylineLength = 160;
constexpr qsizetype kMaxTitleLength = 300;
constexpr qsizetype kMaxOutletLength = 100;
constexpr qsizetype kMaxNameWords = 6;

struct Line
{
    qsizetype start = 0; // of the line in the text
    QStringView text;    // without its "\n"
};

QList<Line> splitLines(QStringView text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append({start, text.sliced(start, end - start)});
        start = end + 1;
    }
    return lines;
}

// The range of a line without its leading and trailing white space.
TextRange trimmedRange(const Line &line)
{
    qsizetype a = 0;
    qsizetype b = line.text.size();
    while (a < b && line.text[a].isSpace())
        ++a;
    while (b > a && line.text[b - 1].isSpace())
        --b;
    return {line.start + a, line.start + b};
}

bool isSeparator(QStringView t)
{
    static const QString separators = QStringLiteral("|\u2014\u2013-,\u00B7\u2022/;");
    return t.size() == 1 && separators.contains(t.front());
}

// A person's name as bylines write it: one to six words, the first capitalised, the others
// capitalised or short particles ("de", "van", "and"), initials with their dot.
bool looksLikeName(QStringView line, const QList<HeaderToken> &tokens, qsizetype a, qsizetype b, bool marked)
{
    qsizetype words = 0;
    for (qsizetype i = a; i < b; ++i) {
        const HeaderToken &t = tokens[i];
        const QStringView s = t.in(line);
        if (t.kind == HeaderToken::Number)
            return false;
        if (t.kind == HeaderToken::Punct) {
            if (s != u"." || i == a)
                return false;
            continue;
        }
        ++words;
        if (!s.front().isUpper() && (i == a || s.size() > 3))
            return false;
    }
    return words >= (marked ? 1 : 2) && words <= kMaxNameWords;
}

struct Segment
{
    qsizetype a = 0;
    qsizetype b = 0;
};

QList<Segment> segmentsOutside(const QList<HeaderToken> &tokens, QStringView line, qsizetype skipA, qsizetype skipB)
{
    QList<Segment> out;
    qsizetype a = 0;
    const auto close = [&](qsizetype b) {
        if (b > a)
            out.append({a, b});
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i >= skipA && i < skipB) {
            close(i);
            a = skipB;
            i = skipB - 1;
            continue;
        }
        if (tokens[i].kind == HeaderToken::Punct && isSeparator(tokens[i].in(line))) {
            close(i);
            a = i + 1;
        }
    }
    close(tokens.size());
    return out;
}

} // namespace

std::optional<Byline> parseByline(QStringView line, const HeaderLexicon &lexicon)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxBylineLength)
        return std::nullopt;
    const QList<HeaderToken> tokens = headerTokens(line);
    const std::optional<HeaderDate> date = findHeaderDate(line, tokens, lexicon);
    const qsizetype skipA = date ? date->firstToken : 0;
    const qsizetype skipB = date ? date->endToken : 0;

    QString marked;
    QStringList unmarked;
    for (Segment s : segmentsOutside(tokens, line, skipA, skipB)) {
        const qsizetype markerLength = matchPhrase(line, tokens, s.a, lexicon.phrases(HeaderLexicon::Role::Author));
        const bool hasMarker = markerLength > 0;
        s.a += markerLength;
        if (hasMarker && s.a < s.b && tokens[s.a].in(line) == u":")
            ++s.a;
        if (!looksLikeName(line, tokens, s.a, s.b, hasMarker))
            return std::nullopt;
        const QString name = line.sliced(tokens[s.a].start, tokens[s.b - 1].end - tokens[s.a].start).toString();
        if (hasMarker && marked.isEmpty())
            marked = name;
        else
            unmarked.append(name);
    }
    // Without a date or a marker word, two capitalised words are a subtitle as likely as a name.
    if (!date && marked.isEmpty())
        return std::nullopt;
    Byline byline;
    byline.author = marked.isEmpty() ? unmarked.join(QStringLiteral(", ")) : marked;
    if (date)
        byline.published = date->iso;
    return byline;
}

HeaderMetadata parseHeader(QStringView text)
{
    return parseHeader(text, HeaderLexicon::shared());
}

HeaderMetadata parseHeader(QStringView text, const HeaderLexicon &lexicon)
{
    HeaderMetadata meta;
    const QList<Line> lines = splitLines(text);
    qsizetype first = 0;
    while (first < lines.size() && lines[first].text.trimmed().isEmpty())
        ++first;
    if (first == lines.size())
        return meta;

    // Line 1: an optional " date 2025-02" marker, then the title.
    const Line &titleLine = lines[first];
    const QList<HeaderToken> titleTokens = headerTokens(titleLine.text);
    QStringView title = titleLine.text;
    if (titleTokens.size() > 1 && titleTokens[0].in(titleLine.text).compare(u"date", Qt::CaseInsensitive) == 0) {
        const auto date = findHeaderDate(titleLine.text, titleTokens, lexicon, 1);
        if (date && date->firstToken == 1) {
            const qsizetype end = titleTokens[date->endToken - 1].end;
            meta.published = date->iso;
            meta.metadataRanges.append({titleLine.start, titleLine.start + end});
            title = titleLine.text.sliced(end);
        }
    }
    title = title.trimmed();
    if (title.size() <= kMaxTitleLength)
        meta.title = title.toString();

    // Line 2, or line 3 after one blank line; a second byline line may follow the first.
    qsizetype next = first + 1;
    if (next < lines.size() && lines[next].text.trimmed().isEmpty())
        ++next;
    bool datedByByline = false;
    for (int part = 0; part < 2 && next < lines.size(); ++part, ++next) {
        const std::optional<Byline> byline = parseByline(lines[next].text, lexicon);
        if (!byline)
            break;
        if (meta.author.isEmpty())
            meta.author = byline->author;
        // A byline's date is more precise than a " date 2025-02" marker; the first byline line wins.
        if (!byline->published.isEmpty() && !datedByByline) {
            meta.published = byline->published;
            datedByByline = true;
        }
        meta.metadataRanges.append(trimmedRange(lines[next]));
    }
    const qsizetype headerEnd = next;

    // The last non-empty line, when it names the source: "Fonte: X", "Source : X".
    qsizetype last = lines.size() - 1;
    while (last > 0 && lines[last].text.trimmed().isEmpty())
        --last;
    if (last >= headerEnd) {
        const Line &line = lines[last];
        const QList<HeaderToken> tokens = headerTokens(line.text);
        const qsizetype n = matchPhrase(line.text, tokens, 0, lexicon.phrases(HeaderLexicon::Role::Source));
        if (n > 0 && n < tokens.size() && tokens[n].in(line.text) == u":") {
            const QStringView outlet = line.text.sliced(tokens[n].end).trimmed();
            if (!outlet.isEmpty() && outlet.size() <= kMaxOutletLength) {
                meta.outlet = outlet.toString();
                meta.metadataRanges.append(trimmedRange(line));
            }
        }
    }
    return meta;
}

} // namespace dealdesk
