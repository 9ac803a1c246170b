// Deal families that the first rules missed on articles they had not seen, each in the five
// languages, on the team's own sentences: participants named after the lead (and after
// "also"), a participant's share in a relative clause, appositions between a name and its
// verb, conditional verb forms that report talks, acquisitions, "the company" raising, a
// verb announcing a raise, and what must stay no deal (an "investment firm", a new paragraph
// that names another object).
#include "core/extract/extractor.h"
#include "core/text/article.h"
#include "tests/core/extract/familyrows.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace dealdesk;

namespace {

// "investor>target amount status" per deal, in the extractor's order, joined by " | ".
QString describe(const QList<Deal> &deals)
{
    QStringList parts;
    for (const Deal &d : deals) {
        QString amount = QStringLiteral("-");
        if (d.money) {
            amount = d.money->low == d.money->high
                ? QStringLiteral("%1%2").arg(d.money->low, 0, 'g', 4).arg(d.money->currency)
                : QStringLiteral("%1..%2%3").arg(d.money->low, 0, 'g', 4).arg(d.money->high, 0, 'g', 4).arg(d.money->currency);
        }
        parts << QStringLiteral("%1>%2 %3 %4").arg(d.investor, d.target, amount, toString(d.status));
    }
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestDealFamilies : public QObject
{
    Q_OBJECT

    std::unique_ptr<Extractor> m_extractor;

private slots:
    void initTestCase() { m_extractor = std::make_unique<Extractor>(); }

    void families_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        test::addFamilyRows("it", {
            {"participants", "\nLa startup Orbitale ha chiuso un round da 12 milioni di euro. L'operazione è stata guidata da "
                             "Eurazeo, con la partecipazione di Speedinvest, di Partech e del fondo Elaia.",
             ">Orbitale 1.2e+07EUR completed | Eurazeo>Orbitale - completed | Speedinvest>Orbitale - completed"
             " | Partech>Orbitale - completed | Elaia>Orbitale - completed"},
            {"relative-share", "\nLa startup Orbitale ha raccolto 30 milioni di euro. Al round hanno partecipato anche Eurazeo "
                               "e Speedinvest, che ha versato 5 milioni di euro.",
             ">Orbitale 3e+07EUR completed | Eurazeo>Orbitale - completed | Speedinvest>Orbitale 5e+06EUR completed"},
            {"conditional-talks", "\nSecondo Il Sole, Amazon sarebbe in trattativa per investire 2 miliardi di euro in Helsing.",
             "Amazon>Helsing 2e+09EUR in_talks"},
            {"conditional-rumour", "\nAmazon avrebbe investito 2 miliardi di euro in Helsing.",
             "Amazon>Helsing 2e+09EUR rumored"},
            {"acquisition", "\nCapgemini acquisisce Pigment per 300 milioni di euro.", "Capgemini>Pigment 3e+08EUR announced"},
            {"source-not-party", "\nSecondo l'Osservatorio Digitale, le startup italiane hanno raccolto 300 milioni di euro.", ""},
            {"object-described", "\nCapgemini compra la startup barese Nuvoletta AI per 60 milioni di euro.",
             "Capgemini>Nuvoletta AI 6e+07EUR announced"},
            {"acquired-by", "\nLa startup Velatura è stata acquisita da Capgemini.", "Capgemini>Velatura - completed"},
            {"with-party", "\nPigment tratta con Eurazeo un round da 50 milioni di euro.",
             ">Pigment 5e+07EUR in_talks | Eurazeo>Pigment - in_talks"},
            {"share-of", "\nCapgemini acquisisce il 100% di Pigment.", "Capgemini>Pigment - announced"},
            {"anaphor", "\nPigment cresce in fretta.\nLa società ha raccolto 40 milioni di euro da Partech.",
             ">Pigment 4e+07EUR completed | Partech>Pigment - completed"},
            {"announced-round", "\nLa startup Orbitale ha annunciato un round da 8 milioni di euro.",
             ">Orbitale 8e+06EUR announced"},
            {"subscribed-by", "\nPigment ha raccolto 20 milioni di euro. A marzo è arrivato un aumento di capitale da 10 milioni, "
                              "sottoscritto tra gli altri da Eurazeo e Partech.",
             ">Pigment 2e+07EUR completed | Eurazeo>Pigment - completed | Partech>Pigment - completed"},
            {"no-investment-fund", "\nEurazeo, un fondo di investimento di Parigi, ha aperto un ufficio a Milano.", ""},
        });
        test::addFamilyRows("en", {
            {"place-based-not-party", "\nStonefield Capital, the Austin-based fund, invested $5 million in Tallow Robotics.",
             "Stonefield Capital>Tallow Robotics 5e+06USD completed"},
            {"object-described-place", "\nCapgemini acquires the London start-up Tallow Labs for $650 million.",
             "Capgemini>Tallow Labs 6.5e+08USD announced"},
            {"place-target-kept", "\nAmazon said it would invest $8 billion in data centres in the UK over five years.",
             "Amazon>United Kingdom 8e+09USD announced"},
            {"acquired-by", "\nThe start-up Tallow Labs was acquired by Capgemini.", "Capgemini>Tallow Labs - completed"},
            {"led-a-round", "\nThe start-up Tallow Labs raised $40 million in 2023, when Index Ventures led a Series B.",
             ">Tallow Labs 4e+07USD completed | Index Ventures>Tallow Labs - completed"},
            {"participants", "\nPigment has raised $80 million in a round led by Atomico. Speedinvest and Northzone, a "
                             "Stockholm fund run by a former banker, also took part, alongside existing investor Partech.",
             ">Pigment 8e+07USD completed | Atomico>Pigment - completed | Speedinvest>Pigment - completed"
             " | Northzone>Pigment - completed | Partech>Pigment - completed"},
            {"relative-share", "\nPigment has raised $80 million. The round was backed by Atomico, which committed $30 million, "
                               "and Northzone.",
             ">Pigment 8e+07USD completed | Atomico>Pigment 3e+07USD completed | Northzone>Pigment - completed"},
            {"apposition-subject", "\nOrbitale Labs, a Denver start-up run by former Google engineer Ann Reyes, said it was "
                                   "seeking up to $40 million.",
             ">Orbitale Labs 4e+07USD planned"},
            {"acquisition", "\nBlackstone agreed to buy AirTrunk for $16 billion.", "Blackstone>AirTrunk 1.6e+10USD announced"},
            {"with-party", "\nPigment is in talks with Atomico over a $50 million round.",
             ">Pigment 5e+07USD in_talks | Atomico>Pigment - in_talks"},
            {"anaphor", "\nPigment sells planning software.\nLast year it raised $145 million from Atomico.",
             ">Pigment 1.45e+08USD completed | Atomico>Pigment - completed"},
            {"no-investment-firm", "\nAtomico, an investment firm in Stockholm, hired two partners.", ""},
            {"other-object", "\nPigment raised $80 million from Atomico.\n\nSeparately, Siemens will invest $1 billion in "
                             "AI chips.",
             ">Pigment 8e+07USD completed | Atomico>Pigment - completed | Siemens> 1e+09USD announced"},
            {"place-modifier", "\nPigment raised $80 million. Northzone, a Stockholm fund, also took part.",
             ">Pigment 8e+07USD completed | Northzone>Pigment - completed"},
            {"bid-for", "\nBlackstone is weighing a bid for Vantix Edge, a Phoenix operator.", "Blackstone>Vantix Edge - planned"},
        });
        test::addFamilyRows("fr", {
            {"source-not-party", "\nSelon Quadrant Partners, les start-up ont levé 7 milliards d'euros.", ""},
            {"object-described", "\nCapgemini rachète la start-up lyonnaise Pralune AI pour 60 millions d'euros.",
             "Capgemini>Pralune AI 6e+07EUR announced"},
            {"acquired-by", "\nLa start-up Pralune a été rachetée par Capgemini.", "Capgemini>Pralune - completed"},
            {"participants", "\nLa start-up Orbitale a bouclé une levée de 12 millions d'euros. Le tour a été mené par "
                             "Eurazeo, aux côtés de Bpifrance et de Partech.",
             ">Orbitale 1.2e+07EUR completed | Eurazeo>Orbitale - completed | Bpifrance>Orbitale - completed"
             " | Partech>Orbitale - completed"},
            {"share", "\nLa start-up Orbitale a levé 12 millions d'euros. Eurazeo a apporté 5 millions d'euros.",
             ">Orbitale 1.2e+07EUR completed | Eurazeo>Orbitale 5e+06EUR completed"},
            {"conditional-talks", "\nSelon Les Echos, la start-up Orbitale serait en discussion pour récolter 20 millions d'euros.",
             ">Orbitale 2e+07EUR in_talks"},
            {"conditional-rumour", "\nLa start-up Orbitale aurait levé 20 millions d'euros.", ">Orbitale 2e+07EUR rumored"},
            {"acquisition", "\nCapgemini rachète Pigment pour 300 millions d'euros.", "Capgemini>Pigment 3e+08EUR announced"},
            {"share-of", "\nCapgemini rachète 80 % de Pigment.", "Capgemini>Pigment - announced"},
            {"announced-round", "\nLa start-up Orbitale a annoncé un tour d'amorçage de 5 millions d'euros.",
             ">Orbitale 5e+06EUR announced"},
            {"relative-share", "\nLa start-up Orbitale a levé 12 millions d'euros auprès de Partech et de Bpifrance, qui a "
                               "apporté 4 millions d'euros.",
             ">Orbitale 1.2e+07EUR completed | Partech>Orbitale - completed | Bpifrance>Orbitale 4e+06EUR completed"},
        });
        test::addFamilyRows("de", {
            {"source-not-party", "\nLaut dem Verband Digitalwerk Capital sammelten Start-ups 7 Milliarden Euro ein.", ""},
            {"object-described", "\nSAP kauft das Start-up Talhaus AI für 60 Millionen Euro.", "SAP>Talhaus AI 6e+07EUR announced"},
            {"participants", "\nDas Start-up Orbitale sammelte 12 Millionen Euro ein. Beteiligt sind auch Speedinvest und "
                             "der Fonds Lakestar.",
             ">Orbitale 1.2e+07EUR completed | Speedinvest>Orbitale - completed | Lakestar>Orbitale - completed"},
            {"conditional-talks", "\nOrbitale Labs soll über eine Finanzierung von 50 Millionen Euro verhandeln.",
             ">Orbitale Labs 5e+07EUR in_talks"},
            {"conditional-rumour", "\nBerichten zufolge soll SAP 50 Millionen Euro in Orbitale Labs investieren.",
             "SAP>Orbitale Labs 5e+07EUR rumored"},
            {"acquisition", "\nSAP kauft Pigment für 300 Millionen Euro.", "SAP>Pigment 3e+08EUR announced"},
            {"with-party", "\nOrbitale Labs verhandelt mit Lakestar über eine Finanzierung von 20 Millionen Euro.",
             ">Orbitale Labs 2e+07EUR in_talks | Lakestar>Orbitale Labs - in_talks"},
            {"place-of-origin", "\nDas Family Office Lindner Beteiligungen aus München investiert 5 Millionen Euro in Orbitale Labs.",
             "Lindner Beteiligungen>Orbitale Labs 5e+06EUR announced"},
            {"verb-last-object", "\nOrbitale Labs sammelte 9 Millionen Euro ein.\n\nSiemens hatte angekündigt, 1 Milliarde "
                                 "Euro in industrielle KI zu investieren.",
             ">Orbitale Labs 9e+06EUR completed | Siemens> 1e+09EUR announced"},
            {"anaphor", "\nOrbitale Labs wächst.\nDas Unternehmen sammelte 9 Millionen Euro von Lakestar ein.",
             ">Orbitale Labs 9e+06EUR completed | Lakestar>Orbitale Labs - completed"},
        });
        test::addFamilyRows("es", {
            {"source-not-party", "\nSegún la consultora Quadrant Partners, las startups captaron 780 millones de euros.", ""},
            {"object-described", "\nTelefónica compra la startup Nubelia AI por 60 millones de euros.",
             "Telefónica>Nubelia AI 6e+07EUR announced"},
            {"acquired-by", "\nLa startup Nubelia fue adquirida por Telefónica.", "Telefónica>Nubelia - completed"},
            {"participants", "\nLa startup Orbitale ha cerrado una ronda de 12 millones de euros. La operación ha sido liderada "
                             "por Seaya, y en ella han participado también Samaipata y Kibo Ventures.",
             ">Orbitale 1.2e+07EUR completed | Seaya>Orbitale - completed | Samaipata>Orbitale - completed"
             " | Kibo Ventures>Orbitale - completed"},
            {"relative-share", "\nLa startup Orbitale ha cerrado una ronda de 12 millones de euros. Han participado Seaya y "
                               "Samaipata, que aporta 3 millones de euros.",
             ">Orbitale 1.2e+07EUR completed | Seaya>Orbitale - completed | Samaipata>Orbitale 3e+06EUR completed"},
            {"conditional-rumour", "\nTelefónica habría invertido 30 millones de euros en Orbitale Labs.",
             "Telefónica>Orbitale Labs 3e+07EUR rumored"},
            {"acquisition", "\nIberdrola adquiere Orbitale Labs por 90 millones de euros.",
             "Iberdrola>Orbitale Labs 9e+07EUR announced"},
            {"share-of", "\nIberdrola adquiere el 100% de Orbitale Labs.", "Iberdrola>Orbitale Labs - announced"},
            {"place-after-of", "\nEl fondo Seaya ha invertido 4 millones de euros en una empresa de Málaga.",
             "Seaya> 4e+06EUR completed"},
            {"no-investment-fund", "\nSeaya, un fondo de inversión de Madrid, abre una oficina en Lisboa.", ""},
        });
    }

    void families()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Article a;
        a.language = language;
        a.published = QStringLiteral("2025-03-10");
        a.text = text;
        QCOMPARE(describe(m_extractor->run(a).deals), expected);
    }

    // The new lookups (appositions, relative clauses, anaphors, list gaps with prepositions)
    // look a bounded number of words around a cue: long chains of them stay linear.
    void chainsStayFast_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("appositions") << QStringLiteral("en")
                                     << QStringLiteral("Pigment, a Denver start-up, ").repeated(20000)
                + QStringLiteral("raised $5 million.");
        QTest::newRow("relative clauses") << QStringLiteral("en")
                                          << QStringLiteral("led by Atomico, which committed $3 million, and ").repeated(20000);
        QTest::newRow("prepositions in a list") << QStringLiteral("it")
                                                << (QStringLiteral("Pigment ha raccolto 5 milioni con la partecipazione ")
                                                    + QStringLiteral("di Eurazeo, di Partech e ").repeated(20000));
        QTest::newRow("anaphors") << QStringLiteral("fr") << QStringLiteral("La société a levé 3 millions d'euros. ").repeated(20000);
    }

    void chainsStayFast()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        Article a;
        a.language = language;
        a.published = QStringLiteral("2025-03-10");
        a.text = text;
        QElapsedTimer timer;
        timer.start();
        const Findings f = m_extractor->run(a);
        QVERIFY2(timer.elapsed() < 10000, "too slow");
        for (const Deal &d : f.deals)
            QVERIFY(!d.investor.isEmpty() || !d.target.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDealFamilies)
#include "tst_dealfamilies.moc"
