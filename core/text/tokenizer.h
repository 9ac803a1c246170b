#pragma once
// Word tokens and sentences of a text, from ICU's break iterators. Every extractor works on
// the same token list, made once per article: word-breaking is the costliest step we share.

#include "core/text/textrange.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace dealdesk {

enum class TokenKind : quint8 {
    Word,   // letters (may contain digits: "R1", "H100", "25B")
    Number, // digits with ICU's inner separators: "1.200", "1,5", "2024"
    Space,  // white space, line breaks included
    Punct,  // everything else: punctuation, symbols, currency signs
};

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    TokenKind kind = TokenKind::Punct;

    [[nodiscard]] QStringView in(QStringView text) const { return text.sliced(start, end - start); }
    [[nodiscard]] qsizetype length() const { return end - start; }
    friend bool operator==(const Token &, const Token &) = default;
};

// Splits `text` into tokens covering it without gaps. ICU keeps "l'intelligenza" and
// "OpenAI's" as one word; we split elisions after the apostrophe ("l'" + "intelligenza") and
// English possessives before it ("OpenAI" + "'s"), since names hide behind both.
[[nodiscard]] QList<Token> tokenize(QStringView text);

// Sentence ranges at ICU's sentence breaks (the UAX #29 rules, sentencebreaks.h), with a
// break after an abbreviation ("Mrd.",
// "Inc.", "S.p.A.") or an initial ("J.") taken back. ICU's own suppression lists
// ("@ss=standard") are not used: in German they swallow the break in "Scale AI. Das ...".
// The abbreviations come from the lexicons (resources/lexicon/<lang>/abbreviations.tsv).
class SentenceSplitter
{
public:
    SentenceSplitter() = default;
    // Abbreviations without their final dot, as written: "Mrd", "Inc", "S.p.A".
    explicit SentenceSplitter(const QStringList &abbreviations);

    // Ranges covering `text` without gaps.
    [[nodiscard]] QList<TextRange> split(QStringView text) const;

private:
    [[nodiscard]] bool endsWithAbbreviation(QStringView sentence) const;
    QSet<QString> m_abbreviations;
};

} // namespace dealdesk
