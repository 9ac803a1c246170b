#pragma once
// One article as a brat standoff document: NAME.txt (the text exactly as stored), NAME.ann
// (T lines for mentions, money and dates; a Deal event per deal, triggered by its evidence
// sentence; A lines for state, origin and the enumerated fields; AnnotatorNotes for the
// open fields and the journalist's note) and NAME.meta.json (metadata, review; brat ignores
// it). Offsets are Unicode code points, as brat (Python) counts them.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dealdesk {

struct AnnotatedArticle;

struct BratDocument
{
    QString stem; // NAME
    QString text;
    QString ann;
    QByteArray meta;
};

// `notes` receives what brat cannot show or hold for this article (a deal whose investor
// is not mentioned has no arc; a span crossing a line break loses it in the .ann text).
[[nodiscard]] BratDocument bratDocument(const AnnotatedArticle &doc, QStringList &notes);

} // namespace dealdesk
