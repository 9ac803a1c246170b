#pragma once
// Articles written for the exchange suites (never taken from the dev corpus): Italian,
// English and French, with accents, emoji (surrogate pairs and a ZWJ sequence), a combining
// mark, nested and overlapping spans, deals (one whose investor is never named), notes with
// ';', tabs and line breaks, and every state and origin. storeSamples() puts them into a
// corpus through the store's own calls, as extraction and the desk would.

#include "core/exchange/annotatedarticle.h"
#include "core/exchange/annotationjson.h"
#include "core/store/corpusstore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

namespace dealdesk {

// QCOMPARE prints an article as its JSON Lines record (hash, if any, in front).
inline char *toString(const AnnotatedArticle &d)
{
    return QTest::toString(QString::fromLatin1(d.article.contentHash.toHex().left(8)) + u' '
                           + QString::fromUtf8(QJsonDocument(annotationJson(d)).toJson(QJsonDocument::Compact)));
}

} // namespace dealdesk

namespace dealdesk::samples {

inline TextRange at(const QString &text, const QString &needle, int nth = 0)
{
    qsizetype i = -1;
    for (int n = 0; n <= nth; ++n)
        i = text.indexOf(needle, i + 1);
    Q_ASSERT(i >= 0);
    return {i, i + needle.size()};
}

struct Builder
{
    AnnotatedArticle doc;

    Builder(const QString &id, const QString &title, const QString &body, const QString &outlet,
            const QString &published, const QString &language)
    {
        Article &a = doc.article;
        a.id = id;
        a.sourcePath = id;
        a.format = QStringLiteral("txt");
        a.title = title;
        a.outlet = outlet;
        a.published = published;
        a.language = language;
        a.text = title + u'\n' + body;
        a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256);
    }
    const QString &text() const { return doc.article.text; }
    Builder &entity(const QString &s, EntityType type, const QString &canonical, FindingState state = FindingState::Pending,
                    FindingOrigin origin = FindingOrigin::Machine, const QString &note = {}, int nth = 0)
    {
        doc.annotations.append({FindingKind::Entity, state, origin, EntityMention{at(text(), s, nth), s, type, canonical}, note});
        return *this;
    }
    Builder &amount(const QString &s, Money money, MoneyRole role, FindingState state = FindingState::Pending,
                    FindingOrigin origin = FindingOrigin::Machine, const QString &note = {}, int nth = 0)
    {
        doc.annotations.append({FindingKind::Amount, state, origin, Amount{at(text(), s, nth), s, money, role}, note});
        return *this;
    }
    Builder &date(const QString &s, const QString &value, DateGrain grain, FindingState state = FindingState::Pending,
                  FindingOrigin origin = FindingOrigin::Machine, const QString &note = {})
    {
        doc.annotations.append({FindingKind::Date, state, origin, DateMention{at(text(), s), s, value, grain}, note});
        return *this;
    }
    Builder &deal(const QString &sentence, const QString &investor, const QString &target, std::optional<Money> money,
                  DealStatus status, const QString &date, FindingState state = FindingState::Pending,
                  FindingOrigin origin = FindingOrigin::Machine, const QString &note = {})
    {
        doc.annotations.append({FindingKind::Deal, state, origin,
                                Deal{investor, target, money, status, date, at(text(), sentence)}, note});
        return *this;
    }
    AnnotatedArticle done()
    {
        sortCanonically(doc.annotations);
        return doc;
    }
};

inline QList<AnnotatedArticle> articles()
{
    using S = FindingState;
    using O = FindingOrigin;
    QList<AnnotatedArticle> docs;

    Builder it(u"/press/it-nebula-calcolo.txt"_qs, u"Nebula Calcolo raccoglie 40 milioni di euro"_qs,
               u"Milano, 3 marzo 2025 — La società torinese Nebula Calcolo ha chiuso un round da 40 milioni di euro "
               u"guidato da Fondo Aurora Capitale. L'amministratrice delegata Giulia Ferrè 🚀 ha detto che i fondi "
               u"serviranno per il progetto Orsa Maggiore entro il 2026."_qs,
               u"Gazzetta dei Calcoli"_qs, u"2025-03-03"_qs, u"it"_qs);
    it.doc.article.author = u"Paola Rinaldi"_qs;
    it.entity(u"Nebula Calcolo"_qs, EntityType::Org, u"Nebula Calcolo"_qs, S::Accepted)
        .entity(u"Nebula Calcolo"_qs, EntityType::Org, u"Nebula Calcolo"_qs, S::Pending, O::Machine, {}, 1)
        .entity(u"Milano"_qs, EntityType::Place, u"Milan"_qs, S::Accepted)
        .entity(u"Fondo Aurora Capitale"_qs, EntityType::Org, u"Aurora Capitale"_qs, S::Accepted, O::Person,
                u"nome completo dal registro"_qs)
        .entity(u"Aurora Capitale"_qs, EntityType::Org, u"Aurora Capitale"_qs, S::Rejected) // nested
        .entity(u"Giulia Ferrè"_qs, EntityType::Person, u"Giulia Ferrè"_qs, S::Pending, O::Person)
        .entity(u"Orsa Maggiore"_qs, EntityType::Project, u"Orsa Maggiore"_qs, S::Pending)
        .amount(u"40 milioni di euro"_qs, {u"EUR"_qs, 40e6, 40e6, Qualifier::Exact}, MoneyRole::Investment, S::Accepted,
                O::Machine, {}, 1)
        .amount(u"40 milioni di euro"_qs, {u"EUR"_qs, 40e6, 40e6, Qualifier::Exact}, MoneyRole::Other, S::Rejected,
                O::Machine, {}, 1)
        .date(u"3 marzo 2025"_qs, u"2025-03-03"_qs, DateGrain::Day, S::Accepted)
        .date(u"entro il 2026"_qs, u"2026"_qs, DateGrain::Year, S::Pending)
        .deal(u"La società torinese Nebula Calcolo ha chiuso un round da 40 milioni di euro guidato da Fondo Aurora "
              u"Capitale."_qs,
              u"Aurora Capitale"_qs, u"Nebula Calcolo"_qs, Money{u"EUR"_qs, 40e6, 40e6, Qualifier::Exact},
              DealStatus::Completed, u"2025-03"_qs, S::Accepted);
    it.doc.review = ReviewState::InProgress;
    docs << it.done();

    // "Zoë" with a combining diaeresis (two code points), a ZWJ emoji sequence after it.
    Builder en(u"/press/en-quillon.txt"_qs, u"Quillon AI in talks for $120 million"_qs,
               u"Quillon AI, the start-up founded by Zoe\u0308 Lambert 👩‍💻, is in talks with Harbor Lane Ventures "
               u"about a round of about $120 million, according to two people. A sovereign fund may join later."_qs,
               u"Ledger & Co, \"Daily\""_qs, u"2025-05-12T09:30"_qs, u"en"_qs);
    en.entity(u"Quillon AI"_qs, EntityType::Org, u"Quillon AI"_qs, S::Accepted)
        .entity(u"Quillon AI"_qs, EntityType::Org, u"Quillon AI"_qs, S::Pending, O::Machine, {}, 1)
        .entity(u"Zoe\u0308 Lambert"_qs, EntityType::Person, u"Zoë Lambert"_qs, S::Accepted, O::Person)
        .entity(u"Harbor Lane"_qs, EntityType::Org, u"Harbor Lane"_qs, S::Rejected)            // overlaps
        .entity(u"Lane Ventures"_qs, EntityType::Org, u"Harbor Lane Ventures"_qs, S::Rejected, O::Person) // overlaps
        .entity(u"Harbor Lane Ventures"_qs, EntityType::Org, u"Harbor Lane Ventures"_qs, S::Pending)
        .amount(u"about $120 million"_qs, {u"USD"_qs, 120e6, 120e6, Qualifier::Approx}, MoneyRole::Investment,
                S::Pending)
        .deal(u"Quillon AI, the start-up founded by Zoe\u0308 Lambert 👩‍💻, is in talks with Harbor Lane Ventures "
              u"about a round of about $120 million, according to two people."_qs,
              u"Harbor Lane Ventures"_qs, u"Quillon AI"_qs, Money{u"USD"_qs, 120e6, 120e6, Qualifier::Approx},
              DealStatus::InTalks, {}, S::Pending)
        .deal(u"A sovereign fund may join later."_qs, u"Nordvik Sovereign Fund"_qs, u"Quillon AI"_qs, std::nullopt,
              DealStatus::Rumored, u"2025-05"_qs, S::Rejected, O::Person, u"name from a source; not in the text"_qs);
    docs << en.done();

    Builder fr(u"/press/fr-elan.txt"_qs, u"Élan Numérique mise sur Marseille"_qs,
               u"Par Hélène Dufresne\nLe fonds Élan Numérique investira près de 2,5 milliards d'euros dans le centre "
               u"de données Projet Cèdre à Marseille d'ici à 2027.\n"_qs,
               u"Le Réseau"_qs, u"2025-06"_qs, u"fr"_qs);
    fr.doc.article.metadataRanges = {at(fr.text(), u"Par Hélène Dufresne"_qs)};
    fr.entity(u"Élan Numérique"_qs, EntityType::Org, u"Élan Numérique"_qs, S::Accepted)
        .entity(u"Élan Numérique"_qs, EntityType::Org, u"Élan Numérique"_qs, S::Accepted, O::Machine, {}, 1)
        .entity(u"Projet Cèdre"_qs, EntityType::Project, u"Cedar Project"_qs, S::Accepted, O::Person,
                u"à vérifier; source\tinterne\nligne 2 \\ fin"_qs)
        .entity(u"Marseille"_qs, EntityType::Place, u"Marseille"_qs, S::Accepted)
        .amount(u"près de 2,5 milliards d'euros"_qs, {u"EUR"_qs, 2.5e9, 2.5e9, Qualifier::Approx},
                MoneyRole::Investment, S::Accepted, O::Machine, u"chiffre du communiqué"_qs)
        .amount(u"2,5 milliards"_qs, {u"EUR"_qs, 2.25e9, 2.75e9, Qualifier::Range}, MoneyRole::Spending, S::Pending,
                O::Person)
        .date(u"d'ici à 2027"_qs, u"2027"_qs, DateGrain::Year, S::Accepted)
        .deal(u"Le fonds Élan Numérique investira près de 2,5 milliards d'euros dans le centre de données Projet "
              u"Cèdre à Marseille d'ici à 2027."_qs,
              u"Élan Numérique"_qs, u"Cedar Project"_qs, Money{u"EUR"_qs, 2.5e9, 2.5e9, Qualifier::Approx},
              DealStatus::Planned, u"2027"_qs, S::Accepted, O::Person, u"montant; arrondi"_qs);
    fr.doc.review = ReviewState::Reviewed;
    fr.doc.note = u"Relu par la rédaction; chiffres confirmés."_qs;
    docs << fr.done();
    return docs;
}

inline void storeSamples(CorpusStore &store, const QList<AnnotatedArticle> &docs)
{
    QList<Article> batch;
    for (const AnnotatedArticle &d : docs)
        batch << d.article;
    const auto added = store.addArticles(batch);
    QVERIFY(added.ok());
    QList<qint64> ids;
    ArticleQuery q;
    for (const ArticleSummary &s : store.articles(q))
        ids << s.id;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids.size(), docs.size());
    for (qsizetype i = 0; i < docs.size(); ++i) {
        Findings machine;
        for (const Annotation &a : docs[i].annotations) {
            if (a.origin != FindingOrigin::Machine)
                continue;
            std::visit(
                [&machine](const auto &v) {
                    using T = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<T, EntityMention>)
                        machine.entities << v;
                    else if constexpr (std::is_same_v<T, Amount>)
                        machine.amounts << v;
                    else if constexpr (std::is_same_v<T, DateMention>)
                        machine.dates << v;
                    else
                        machine.deals << v;
                },
                a.value);
        }
        QVERIFY(store.saveFindings(ids[i], machine).ok());
        const QList<FindingRecord> records = store.findingRecords(ids[i]);
        QList<bool> taken(records.size(), false);
        for (const Annotation &a : docs[i].annotations) {
            if (a.origin == FindingOrigin::Person) {
                const auto added = store.addFinding(ids[i], a.value, a.state);
                QVERIFY(added.ok());
                if (!a.note.isEmpty())
                    QVERIFY(store.setFindingNote(added.value(), a.note).ok());
                continue;
            }
            for (qsizetype r = 0; r < records.size(); ++r) {
                if (!taken[r] && records[r].value == a.value) {
                    taken[r] = true;
                    if (a.state != FindingState::Pending)
                        QVERIFY(store.setFindingState(records[r].id, a.state).ok());
                    if (!a.note.isEmpty())
                        QVERIFY(store.setFindingNote(records[r].id, a.note).ok());
                    break;
                }
            }
        }
        if (docs[i].review != ReviewState::Unreviewed)
            QVERIFY(store.setReviewState(ids[i], docs[i].review).ok());
        if (!docs[i].note.isEmpty())
            QVERIFY(store.setArticleNote(ids[i], docs[i].note).ok());
    }
}

} // namespace dealdesk::samples
