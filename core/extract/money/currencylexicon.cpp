#include "core/extract/money/currencylexicon.h"

#include "core/extract/tsvtable.h"

#include <algorithm>

namespace dealdesk {

namespace {

bool isIsoCode(const QString &s)
{
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

} // namespace

CurrencyLexicon::CurrencyLexicon(const QString &language, QStringList *errors)
{
    if (const auto signs = TsvTable::loadReporting(lexiconPath(QStringLiteral("common"), QStringLiteral("currency_signs")), errors)) {
        for (qsizetype r = 0; r < signs->rowCount(); ++r) {
            const QString form = signs->value(r, QStringLiteral("form"));
            const QString currency = signs->value(r, QStringLiteral("currency"));
            if (form.isEmpty() || !isIsoCode(currency)) {
                if (errors)
                    errors->append(QStringLiteral("currency_signs.tsv:%1: bad row").arg(signs->lineNumber(r)));
                continue;
            }
            m_signs.add(form, int(m_currencies.size()), signs->value(r, QStringLiteral("case")) == u"exact");
            m_currencies << currency;
            bool ok = false;
            const double factor = signs->value(r, QStringLiteral("factor")).toDouble(&ok);
            m_factors << (ok && factor > 0 ? factor : 1.0);
            if (isIsoCode(form))
                m_codes.insert(form, currency);
            else if (form.size() > 1 && form.front().isLetter() && !form.back().isLetterOrNumber())
                m_letterSigns.insert(signs->value(r, QStringLiteral("case")) == u"exact" ? form : form.toUpper(), currency);
        }
    }
    if (const auto words = TsvTable::loadReporting(lexiconPath(language, QStringLiteral("currencies")), errors)) {
        for (qsizetype r = 0; r < words->rowCount(); ++r) {
            const QString form = words->value(r, QStringLiteral("form"));
            const QString currency = words->value(r, QStringLiteral("currency"));
            if (form.isEmpty() || !isIsoCode(currency)) {
                if (errors)
                    errors->append(QStringLiteral("%1/currencies.tsv:%2: bad row").arg(language).arg(words->lineNumber(r)));
                continue;
            }
            m_words.add(form, int(m_currencies.size()));
            m_currencies << currency;
            m_factors << 1.0;
        }
    }
    if (const auto cents = TsvTable::loadReporting(lexiconPath(language, QStringLiteral("money_cents")), errors)) {
        for (qsizetype r = 0; r < cents->rowCount(); ++r) {
            const QString word = cents->value(r, QStringLiteral("word"));
            (cents->value(r, QStringLiteral("kind")) == u"join" ? m_centJoins : m_centWords).add(word, 0, word.size() == 1);
            if (cents->value(r, QStringLiteral("kind")) != u"join" && !word.contains(u' '))
                m_gluedCentWords << word;
        }
    }
    if (const auto links = TsvTable::loadReporting(lexiconPath(language, QStringLiteral("money_links")), errors)) {
        for (qsizetype r = 0; r < links->rowCount(); ++r) {
            if (links->value(r, QStringLiteral("kind")) == u"direct") {
                m_directNouns = true;
                m_directCapitalised = links->value(r, QStringLiteral("word")) == u"Aa*";
            }
            else
                m_links.add(links->value(r, QStringLiteral("word")), 0);
        }
    }
}

std::optional<QString> CurrencyLexicon::codeOf(QStringView letters) const
{
    if (letters.size() != 3)
        return std::nullopt;
    const auto it = m_codes.constFind(letters.toString().toUpper());
    if (it == m_codes.cend())
        return std::nullopt;
    return *it;
}

std::optional<QString> CurrencyLexicon::gluedSignOf(QStringView letters, QStringView sign) const
{
    if (letters.isEmpty() || letters.size() > 4 || sign.isEmpty() || sign.size() > 2)
        return std::nullopt;
    QString form = letters.toString();
    form.append(sign);
    auto it = m_letterSigns.constFind(form);
    if (it == m_letterSigns.cend())
        it = m_letterSigns.constFind(form.toUpper());
    if (it == m_letterSigns.cend())
        return std::nullopt;
    return *it;
}

qsizetype CurrencyLexicon::centJoinAt(const ExtractionInput &in, qsizetype index) const
{
    const auto hit = m_centJoins.matchAt(in, index);
    return hit ? hit->endToken : -1;
}

qsizetype CurrencyLexicon::centWordAt(const ExtractionInput &in, qsizetype index) const
{
    const auto hit = m_centWords.matchAt(in, index);
    return hit ? hit->endToken : -1;
}

bool CurrencyLexicon::isGluedCentWord(QStringView letters) const
{
    return std::any_of(m_gluedCentWords.cbegin(), m_gluedCentWords.cend(),
                       [letters](const QString &w) { return letters == w; });
}

} // namespace dealdesk
