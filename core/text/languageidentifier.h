#pragma once
// Tells which of the lexicon languages (it, en, fr, de, es) a text is written in, from the
// text alone: weighted stop words (resources/lexicon/<lang>/stopwords.tsv) and letters that
// belong to one language (letters.tsv). Company names and numbers weigh nothing, so an Italian
// article full of "OpenAI" and "SoftBank" is still Italian.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace dealdesk {

struct LanguageGuess
{
    QString language;        // empty when the text is too short or undecidable
    double confidence = 0.0; // 0..1: how far the best language is ahead of the second
};

class LanguageIdentifier
{
public:
    // Loads the bundled lexicons of every language folder.
    LanguageIdentifier();

    // One identifier shared by every reader, loaded on first use (thread-safe).
    [[nodiscard]] static const LanguageIdentifier &shared();

    // Reads at most the first few thousand words; that decides any article.
    [[nodiscard]] LanguageGuess identify(QStringView text) const;

    [[nodiscard]] const QStringList &languages() const { return m_languages; }
    // Problems met while loading the lexicons ("file:line: reason"); empty when all is well.
    [[nodiscard]] const QStringList &loadErrors() const { return m_errors; }

private:
    void addWeight(QHash<QString, QList<float>> &table, const QString &key, int language, float weight);

    QStringList m_languages;
    QHash<QString, QList<float>> m_words;   // lower-case word -> weight per language
    QHash<QString, QList<float>> m_letters; // one letter (as a string) -> weight per language
    QStringList m_errors;
};

} // namespace dealdesk
