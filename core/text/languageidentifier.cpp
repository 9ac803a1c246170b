#include "core/text/languageidentifier.h"

#include "core/extract/tsvtable.h"

namespace dealdesk {
namespace {

constexpr qsizetype kMaxWords = 3000;
// Below this score nothing was really recognised (one shared word is not a language).
constexpr double kMinScore = 3.0;
// The best language must lead the second by this share of its score.
constexpr double kMinConfidence = 0.15;

bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

} // namespace

LanguageIdentifier::LanguageIdentifier()
    : m_languages(lexiconLanguages())
{
    for (int lang = 0; lang < m_languages.size(); ++lang) {
        QString error;
        const auto words = TsvTable::load(lexiconPath(m_languages[lang], QStringLiteral("stopwords")), &error);
        if (words) {
            for (qsizetype r = 0; r < words->rowCount(); ++r)
                addWeight(m_words, words->value(r, QStringLiteral("word")).toLower(), lang,
                          words->value(r, QStringLiteral("weight")).toFloat());
        } else {
            m_errors.append(error);
        }
        // letters.tsv is optional: English has no letter of its own.
        const QString lettersPath = lexiconPath(m_languages[lang], QStringLiteral("letters"));
        if (const auto letters = TsvTable::load(lettersPath)) {
            for (qsizetype r = 0; r < letters->rowCount(); ++r)
                addWeight(m_letters, letters->value(r, QStringLiteral("letter")).toLower(), lang,
                          letters->value(r, QStringLiteral("weight")).toFloat());
        }
    }
}

const LanguageIdentifier &LanguageIdentifier::shared()
{
    static const LanguageIdentifier identifier;
    return identifier;
}

void LanguageIdentifier::addWeight(QHash<QString, QList<float>> &table, const QString &key, int language,
                                   float weight)
{
    if (key.isEmpty() || weight <= 0)
        return;
    QList<float> &weights = table[key];
    if (weights.isEmpty())
        weights.fill(0.0f, m_languages.size());
    weights[language] = std::max(weights[language], weight);
}

LanguageGuess LanguageIdentifier::identify(QStringView text) const
{
    const qsizetype n = m_languages.size();
    QList<double> scores(n, 0.0);
    QString word; // reused: one buffer for the whole text
    word.reserve(32);
    qsizetype words = 0;

    const auto score = [&](const QHash<QString, QList<float>> &table, const QString &key) {
        const auto it = table.constFind(key);
        if (it == table.constEnd())
            return;
        for (qsizetype l = 0; l < n; ++l)
            scores[l] += it.value()[l];
    };
    const auto endWord = [&] {
        if (!word.isEmpty()) {
            score(m_words, word);
            ++words;
            word.clear();
        }
    };

    QString letter(1, QChar());
    for (qsizetype i = 0; i < text.size() && words < kMaxWords; ++i) {
        const QChar c = text[i];
        if (c.isLetter()) {
            const QChar lower = c.toLower();
            word.append(lower);
            if (lower.unicode() >= 0x80) { // ASCII letters belong to every language
                letter[0] = lower;
                score(m_letters, letter);
            }
        } else if (isApostrophe(c) && !word.isEmpty()) {
            // Elisions are words of their own: "dell'", "qu'", "l'".
            word.append(u'\'');
            endWord();
        } else {
            if (c == u'¿' || c == u'¡') {
                letter[0] = c;
                score(m_letters, letter);
            }
            endWord();
        }
    }
    endWord();

    qsizetype best = -1;
    qsizetype second = -1;
    for (qsizetype l = 0; l < n; ++l) {
        if (best < 0 || scores[l] > scores[best]) {
            second = best;
            best = l;
        } else if (second < 0 || scores[l] > scores[second]) {
            second = l;
        }
    }
    LanguageGuess guess;
    if (best < 0 || scores[best] < kMinScore)
        return guess;
    const double runnerUp = second >= 0 ? scores[second] : 0.0;
    guess.confidence = (scores[best] - runnerUp) / scores[best];
    if (guess.confidence < kMinConfidence) {
        guess.confidence = 0.0;
        return guess;
    }
    guess.language = m_languages[best];
    return guess;
}

} // namespace dealdesk
