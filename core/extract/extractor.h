#pragma once
// The extraction engine: a pure function of an article's text, its date, the lexicons and the
// corpus's learned names. Lexicons are loaded once in the constructor; run() is const and
// may be called from many threads at once.

#include "core/extract/findings.h"

#include <QStringList>

#include <memory>

namespace dealdesk {

struct Article;

class Extractor
{
public:
    Extractor();
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
