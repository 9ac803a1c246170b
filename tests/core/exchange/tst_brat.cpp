// brat standoff: the note codec, the .ann our writer makes (code point offsets past emoji,
// attributes, the Deal event), files written by hand as brat would write them, and broken
// lines named by file and line while the rest is read.

#include "exchangesamples.h"

#include "core/exchange/bratconf.h"
#include "core/exchange/bratnotes.h"
#include "core/exchange/bratreader.h"
#include "core/exchange/bratwriter.h"

#include <QTest>

using namespace dealdesk;

class TestBrat : public QObject
{
    Q_OBJECT

private:
    static QStringList annLines(const QString &ann, const QString &prefix)
    {
        QStringList out;
        for (const QString &l : ann.split(u'\n')) {
            if (l.startsWith(prefix))
                out << l;
        }
        return out;
    }

private slots:
    void noteFields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addRow("plain") << u"SoftBank"_qs;
        QTest::addRow("semicolon") << u"a; b;c"_qs;
        QTest::addRow("backslash") << u"C:\\dati\\"_qs;
        QTest::addRow("tab and lines") << u"uno\tdue\ntre\r\nquattro"_qs;
        QTest::addRow("equals and spaces") << u" x = y "_qs;
        QTest::addRow("emoji") << u"🚀 Zoe\u0308"_qs;
        QTest::addRow("empty") << QString();
    }
    void noteFields()
    {
        QFETCH(QString, value);
        const NoteFields fields{{u"canonical"_qs, value}, {u"note"_qs, value + u'!'}};
        const QString encoded = encodeNoteFields(fields);
        QVERIFY(!encoded.contains(u'\n') && !encoded.contains(u'\t') && !encoded.contains(u'\r'));
        const auto decoded = decodeNoteFields(encoded, {u"canonical"_qs, u"note"_qs});
        QVERIFY(decoded);
        QCOMPARE(*decoded, fields);
    }

    void freeNoteIsNotFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("prose") << u"check the amount"_qs;
        QTest::addRow("unknown key") << u"source=Reuters"_qs;
        QTest::addRow("half fields") << u"canonical=X; and more"_qs;
    }
    void freeNoteIsNotFields()
    {
        QFETCH(QString, text);
        QVERIFY(!decodeNoteFields(text, {u"canonical"_qs, u"note"_qs}));
    }

    // Offsets count code points: the English sample has a combining mark (two code points,
    // two UTF-16 units) and a ZWJ emoji (3 code points, 5 units) before "Harbor Lane Ventures".
    void offsetsAreCodePoints()
    {
        const AnnotatedArticle en = samples::articles().at(1);
        QStringList notes;
        const BratDocument b = bratDocument(en, notes);
        const QString &text = en.article.text;
        const TextRange r = samples::at(text, u"Harbor Lane Ventures"_qs);
        const qsizetype start = text.left(r.start).toUcs4().size();
        QCOMPARE(start, r.start - 2); // the emoji's two surrogate pairs
        const QString expected = u"ORG %1 %2\tHarbor Lane Ventures"_qs.arg(start).arg(start + 20);
        bool found = false;
        for (const QString &l : annLines(b.ann, u"T"_qs))
            found = found || l.section(u'\t', 1) == expected;
        QVERIFY2(found, qPrintable(b.ann));
        QCOMPARE(b.text, text);
    }

    void writesEventsAttributesAndNotes()
    {
        const AnnotatedArticle en = samples::articles().at(1);
        QStringList notes;
        const BratDocument b = bratDocument(en, notes);
        const QStringList events = annLines(b.ann, u"E"_qs);
        QCOMPARE(events.size(), 2);
        QVERIFY2(events[0].contains(u"Investor:T"_qs) && events[0].contains(u"Target:T"_qs)
                     && events[0].contains(u"Amount:T"_qs),
                 qPrintable(events[0]));
        // The fund is not in the text: no arc, a note in the report.
        QVERIFY(!events[1].contains(u"Investor:"_qs));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes[0].contains(u"Nordvik Sovereign Fund"_qs), qPrintable(notes[0]));
        QVERIFY(b.ann.contains(u"\tState E2 rejected\n"_qs));
        QVERIFY(b.ann.contains(u"\tStatus E1 in_talks\n"_qs));
        QVERIFY(b.ann.contains(u"investor=Nordvik Sovereign Fund; target=Quillon AI; date=2025-05; note=name from"_qs));
        QVERIFY(b.ann.contains(u"\tQualifier T"_qs));
        // Every name the .ann uses is declared in annotation.conf.
        const QString conf = brat::annotationConf();
        for (const QString &l : b.ann.split(u'\n', Qt::SkipEmptyParts)) {
            const QString type = l.section(u'\t', 1, 1).section(u' ', 0, 0).section(u':', 0, 0);
            if (l.startsWith(u'#'))
                continue;
            QVERIFY2(conf.contains(u'\n' + type), qPrintable(type));
        }
    }

    // Files as a person annotating in brat leaves them: no attributes, free notes, a Deal
    // event with arguments only, a Deal relation; CRLF line ends.
    void handWritten_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ann");
        QTest::addColumn<QStringList>("expected"); // one line per annotation, see describe()
        const QString text = u"Brezza Dati 🌬️ ha ricevuto 5 milioni di euro da Vento Ventures a maggio 2025."_qs;
        QTest::addRow("spans") << text
                               << u"T1\tORG 0 11\tBrezza Dati\nT2\tMONEY 27 44\t5 milioni di euro\n"
                                  "T3\tORG 48 62\tVento Ventures\n#1\tAnnotatorNotes T3\tsembra un fondo\n"_qs
                               << QStringList{u"entity ORG Brezza Dati|Brezza Dati accepted person"_qs,
                                              u"amount  0-0 exact other accepted person"_qs,
                                              u"entity ORG Vento Ventures|Vento Ventures accepted person note=sembra un fondo"_qs};
        QTest::addRow("event") << text
                               << u"T1\tORG 0 11\tBrezza Dati\r\nT2\tORG 48 62\tVento Ventures\r\n"
                                  "T3\tDATE 65 76\tmaggio 2025\r\n#1\tAnnotatorNotes T3\tvalue=2025-05\r\n"
                                  "T4\tDeal 0 77\tBrezza Dati 🌬️ ha ricevuto 5 milioni di euro da Vento Ventures a maggio 2025.\r\n"
                                  "E1\tDeal:T4 Investor:T2 Target:T1 Date:T3\r\nA1\tStatus E1 completed\r\n"_qs
                               << QStringList{u"entity ORG Brezza Dati|Brezza Dati accepted person"_qs,
                                              u"entity ORG Vento Ventures|Vento Ventures accepted person"_qs,
                                              u"date 2025-05 month accepted person"_qs,
                                              u"deal Vento Ventures -> Brezza Dati completed 2025-05 accepted person"_qs};
        QTest::addRow("relation") << text
                                  << u"T1\tORG 0 11\tBrezza Dati\nT2\tORG 48 62\tVento Ventures\nR1\tDeal Arg1:T2 Arg2:T1\n"_qs
                                  << QStringList{u"entity ORG Brezza Dati|Brezza Dati accepted person"_qs,
                                                 u"entity ORG Vento Ventures|Vento Ventures accepted person"_qs,
                                                 u"deal Vento Ventures -> Brezza Dati announced  accepted person"_qs};
    }
    void handWritten()
    {
        QFETCH(QString, text);
        QFETCH(QString, ann);
        QFETCH(QStringList, expected);
        QStringList errors, notes;
        const AnnotatedArticle doc = readBrat(text, ann, {}, u"hand.ann"_qs, errors, notes);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QStringList got;
        for (const Annotation &a : doc.annotations)
            got << describe(a);
        QCOMPARE(got, expected);
        for (const Annotation &a : doc.annotations) {
            if (a.kind == FindingKind::Deal)
                QCOMPARE(std::get<Deal>(a.value).evidence, (TextRange{0, text.size()}));
        }
    }

    void brokenLinesAreNamed_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("reason");
        QTest::addRow("offsets") << u"T2\tORG zero 4\tBrez"_qs << u"START END"_qs;
        QTest::addRow("discontinuous") << u"T2\tORG 0 3;5 8\tBre Dat"_qs << u"discontinuous"_qs;
        QTest::addRow("outside") << u"T2\tORG 70 900\tx"_qs << u"not inside the text"_qs;
        QTest::addRow("text differs") << u"T2\tORG 1 6\tBrezz"_qs << u"the line says"_qs;
        QTest::addRow("byte offsets") << u"T2\tORG 51 65\tVento Ventures"_qs << u"code points"_qs;
        QTest::addRow("unknown type") << u"T2\tCOMPANY 0 6\tBrezza"_qs << u"unknown type"_qs;
        QTest::addRow("bad attribute") << u"A1\tState T1 maybe"_qs << u"maybe"_qs;
        QTest::addRow("no tab") << u"T2 ORG 0 6 Brezza"_qs << u"not a brat annotation line"_qs;
        QTest::addRow("dangling note") << u"#1\tAnnotatorNotes T9\tciao"_qs << u"T9"_qs;
    }
    void brokenLinesAreNamed()
    {
        QFETCH(QString, line);
        QFETCH(QString, reason);
        const QString text = u"Brezza Dati 🌬️ ha ricevuto 5 milioni di euro da Vento Ventures a maggio 2025."_qs;
        const QString ann = u"T1\tORG 0 11\tBrezza Dati\n\n"_qs + line + u"\nT3\tORG 48 62\tVento Ventures\n"_qs;
        QStringList errors, notes;
        const AnnotatedArticle doc = readBrat(text, ann, {}, u"/in/broken.ann"_qs, errors, notes);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].startsWith(u"/in/broken.ann:3: "_qs), qPrintable(errors[0]));
        QVERIFY2(errors[0].contains(reason), qPrintable(errors[0]));
        QCOMPARE(doc.annotations.size(), 2); // the lines around it are read
    }

private:
    static QString describe(const Annotation &a)
    {
        QString s;
        if (const auto *e = std::get_if<EntityMention>(&a.value))
            s = u"entity "_qs + toString(e->type) + u' ' + e->text + u'|' + e->canonical;
        else if (const auto *m = std::get_if<Amount>(&a.value))
            s = u"amount "_qs + m->money.currency + u' ' + QString::number(m->money.low) + u'-'
                + QString::number(m->money.high) + u' ' + toString(m->money.qualifier) + u' ' + toString(m->role);
        else if (const auto *d = std::get_if<DateMention>(&a.value))
            s = u"date "_qs + d->value + u' ' + toString(d->grain);
        else if (const auto *deal = std::get_if<Deal>(&a.value))
            s = u"deal "_qs + deal->investor + u" -> "_qs + deal->target + u' ' + toString(deal->status) + u' '
                + deal->date;
        s += u' ' + toString(a.state) + u' ' + toString(a.origin);
        if (!a.note.isEmpty())
            s += u" note="_qs + a.note;
        return s;
    }
};

QTEST_GUILESS_MAIN(TestBrat)
#include "tst_brat.moc"
