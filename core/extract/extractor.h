#pragma once
// The extraction engine: a pure function of an article's text, its date, the lexicons and the
// corpus's learned names. Lexicons are loaded once in the constructor; run() is const and
// may be called from many threads at once.

#include "core/extract/entities/learnedname.h"
#include "core/extract/findings.h"

#include <QStringList>

#include <memory>

namespace dealdesk {

struct Article;

// What the engine is built with besides the bundled lexicons.
struct ExtractorOptions
{
    QList<LearnedName> learnedNames; // names journalists added or confirmed, matched first
};

class Extractor
{
public:
    Extractor();
    explicit Extractor(const ExtractorOptions &options);
    ~Extractor();
    Extractor(const Extractor &) = delete;
    Extractor &operator=(const Extractor &) = delete;

    // Problems met while loading lexicons (file:line: reason); empty when all is well.
    [[nodiscard]] QStringList lexiconErrors() const;

    [[nodiscard]] Findings run(const Article &article) const;

private:
    struct Components;
    std::unique_ptr<const Components> m_components;
};

} // namespace dealdesk
