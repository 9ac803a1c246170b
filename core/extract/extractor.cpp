#include "core/extract/extractor.h"

#include "core/extract/dates/datereader.h"
#include "core/extract/deals/dealextractor.h"
#include "core/extract/entities/entityextractor.h"
#include "core/extract/extractioninput.h"
#include "core/extract/money/amountextractor.h"
#include "core/extract/tsvtable.h"
#include "core/text/article.h"

#include <QHash>

#include <memory>

namespace dealdesk {

// Everything loaded from the lexicons, once; read-only afterwards, so run() is thread-safe.
struct Extractor::Components
{
    QStringList errors;
    QHash<QString, SentenceSplitter> splitters; // by language
    QHash<QString, std::shared_ptr<const DateReader>> dates; // by language
    QHash<QString, std::shared_ptr<const AmountExtractor>> amounts; // by language
    EntityExtractor entities;
    DealExtractor deals;

    const SentenceSplitter &splitterFor(const QString &language) const
    {
        static const SentenceSplitter plain;
        auto it = splitters.constFind(language);
        return it != splitters.cend() ? *it : plain;
    }
};

namespace {

QStringList column(const QString &path, const QString &name, QStringList &errors)
{
    const auto table = TsvTable::loadReporting(path, &errors);
    if (!table)
        return {};
    QStringList values;
    for (qsizetype r = 0; r < table->rowCount(); ++r)
        values << table->value(r, name);
    return values;
}

} // namespace

Extractor::Extractor() : Extractor(ExtractorOptions{}) { }

Extractor::Extractor(const ExtractorOptions &options)
{
    auto c = std::make_unique<Components>();
    c->entities = EntityExtractor(lexiconLanguages(), options.learnedNames, &c->errors);
    c->deals = DealExtractor(lexiconLanguages(), &c->errors);
    for (const QString &lang : lexiconLanguages()) {
        c->splitters.insert(lang, SentenceSplitter(column(lexiconPath(lang, QStringLiteral("abbreviations")),
                                                          QStringLiteral("abbreviation"), c->errors)));
        c->dates.insert(lang, std::make_shared<const DateReader>(lang, &c->errors));
        c->amounts.insert(lang, std::make_shared<const AmountExtractor>(lang, &c->errors));
    }
    m_components = std::move(c);
}

Extractor::~Extractor() = default;

QStringList Extractor::lexiconErrors() const { return m_components->errors; }

Findings Extractor::run(const Article &article) const
{
    const QString language = article.language.isEmpty() ? QStringLiteral("en") : article.language;
    const ExtractionInput input = ExtractionInput::from(article, m_components->splitterFor(language));
    Findings findings;
    findings.entities = m_components->entities.extract(input);
    if (const auto dates = m_components->dates.value(language))
        findings.dates = dates->read(input);
    if (const auto amounts = m_components->amounts.value(language))
        findings.amounts = amounts->extract(input);
    findings.deals = m_components->deals.extract(input, findings.entities, findings.amounts, findings.dates);
    return findings;
}

} // namespace dealdesk
