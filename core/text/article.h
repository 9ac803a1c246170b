#pragma once
// An article as the program holds it: what a reader made of one file (or one feed item or
// JSONL line). Findings point into `text` with UTF-16 offsets.

#include "core/text/textrange.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dealdesk {

struct Article
{
    QString id;        // the file path as given, "path#item" for feed items, the JSONL id
    QString title;     // empty when unknown (as are author, outlet, published, language)
    QString author;
    QString outlet;
    QString published; // ISO 8601 at the precision the article gives: 2025, 2025-02, 2025-01-30T04:10
    QString language;  // it, en, fr, de, es
    QString text;      // the whole text: title line, header lines and body
    // Parts of `text` that are metadata only (byline, " date 2025-02" prefix, closing
    // "Fonte:" line): shown, but never searched for findings.
    QList<TextRange> metadataRanges;
    QString sourcePath; // the file it came from
    QString format;     // txt, md, html, rss, atom, jsonl
    QByteArray contentHash; // SHA-256 of `text`; the store keeps one article per hash

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace dealdesk
