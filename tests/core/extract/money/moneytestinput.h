#pragma once
// Builds the ExtractionInput of one test sentence the way Extractor::run does, with the
// language's abbreviations, so the money suites see what the engine sees.

#include "core/extract/extractioninput.h"
#include "core/extract/tsvtable.h"
#include "core/text/article.h"

namespace dealdesk::test {

inline ExtractionInput inputFor(const QString &language, const QString &text)
{
    QStringList abbreviations;
    if (const auto table = TsvTable::load(lexiconPath(language, QStringLiteral("abbreviations")))) {
        for (qsizetype r = 0; r < table->rowCount(); ++r)
            abbreviations << table->value(r, QStringLiteral("abbreviation"));
    }
    Article article;
    article.text = text;
    article.language = language;
    return ExtractionInput::from(article, SentenceSplitter(abbreviations));
}

} // namespace dealdesk::test
