#pragma once
// Names the gazetteer does not know, found by the company beside them in a list: "VNT, Brezza
// Ventures e il Fondo X" (a list member is what its known neighbours are), "aux côtés du Fonds
// X, d'Ardoise et de BKV" (the list's small word repeated), "in Sonnenwerk und Taktik3". A
// list of three or more unknown capitalised names ("Cortevo, Lumina Quadri e Fiordata") is a
// list of companies too (not in German, which capitalises nouns): people are named by first
// names, places by the gazetteer.

#include "core/extract/entities/articlescan.h"
#include "core/extract/entities/namepatterns.h"

#include <QList>

namespace dealdesk {

// `found`: the names found so far, in text order and without overlaps (a person's words are
// never a company); `loose`: the name words outside them that no rule took, in text order.
// Returns the new company names, in text order, none overlapping `found` or each other.
[[nodiscard]] QList<NameSpan> coordinatedNames(const ArticleScan &scan, const QList<NameSpan> &found,
                                               const QList<qsizetype> &loose);

} // namespace dealdesk
