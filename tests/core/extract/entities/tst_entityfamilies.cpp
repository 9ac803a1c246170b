// Name families the first rules missed on articles they had not seen, in the five languages,
// on the team's own sentences: a company described by an apposition ("X, a Utah start-up"),
// a company named after an article and a demonym ("la milanese X"), a company after a city's
// demonym and a company noun, a one-word company found once and named again where no context
// says so, two people joined by a conjunction, places and players of the wider lexicon, an
// institution's name joined by small words ("Politecnico di Torino") and a defining acronym.
#include "core/extract/entities/entityextractor.h"
#include "core/extract/extractioninput.h"
#include "core/extract/tsvtable.h"
#include "core/text/article.h"
#include "tests/core/extract/familyrows.h"
#include "tests/lineargrowth.h"

#include <QTest>

#include <memory>

using namespace dealdesk;

namespace {

// "TYPE text=canonical" per mention, in text order, joined by " | ".
QString describe(const QList<EntityMention> &mentions)
{
    QStringList parts;
    for (const EntityMention &m : mentions)
        parts << QStringLiteral("%1 %2=%3").arg(toString(m.type), m.text, m.canonical);
    return parts.join(QStringLiteral(" | "));
}

} // namespace

class TestEntityFamilies : public QObject
{
    Q_OBJECT

    std::unique_ptr<EntityExtractor> m_extractor;

private slots:
    void initTestCase()
    {
        QStringList errors;
        m_extractor = std::make_unique<EntityExtractor>(lexiconLanguages(), QList<LearnedName>{}, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        test::addFamilyRows("it", {
            {"article-demonym", "Ieri la torinese Velatura ha assunto venti persone.", "ORG Velatura=Velatura"},
            {"intro-demonym", "Cresce la startup barese Ombrellino Tech.", "ORG Ombrellino Tech=Ombrellino Tech"},
            {"apposition", "Ne parla Velatura, una startup di Lecce, in una nota.",
             "ORG Velatura=Velatura | PLACE Lecce=Lecce"},
            {"family-office", "Investe il family office Casa Brunelli.", "ORG Casa Brunelli=Casa Brunelli"},
            {"no-demonym-person", "Lo ha detto la milanese Sara Colombo.", "PERSON Sara Colombo=Sara Colombo"},
            {"one-word-everywhere", "Velatura cresce. La startup Velatura assume.", "ORG Velatura=Velatura | ORG Velatura=Velatura"},
            {"institution", "Lo studio arriva dal Politecnico di Bari e da altri.", "ORG Politecnico di Bari=Politecnico di Bari"},
            {"institution-joiner-stops", "Hanno firmato la Fondazione Caribella e Quarzo Capital.",
             "ORG Fondazione Caribella=Fondazione Caribella | ORG Quarzo Capital=Quarzo Capital"},
            {"institution-no-name", "Lo dice la Fondazione di cui parliamo.", ""},
            {"city-demonym", "Ieri la cagliaritana Velatura ha assunto.", "ORG Velatura=Velatura"},
        });
        test::addFamilyRows("en", {
            {"apposition", "The buyer is Stonefield Digital, a Utah start-up that builds chips.",
             "ORG Stonefield Digital=Stonefield Digital | PLACE Utah=Utah"},
            {"apposition-lab", "Backers include Quarry Minds, a Boston lab.",
             "ORG Quarry Minds=Quarry Minds | PLACE Boston=Boston"},
            {"apposition-the", "Funding went to Tallow, the Denver rival of larger firms.",
             "ORG Tallow=Tallow | PLACE Denver=Denver"},
            {"no-apposition-person", "The deal was signed by Mary Olsen, a former banker.", "PERSON Mary Olsen=Mary Olsen"},
            {"places", "Offices open in Massachusetts and Salt Lake City.",
             "PLACE Massachusetts=Massachusetts | PLACE Salt Lake City=Salt Lake City"},
            {"institution", "Researchers at the University of Leeds built it.", "ORG University of Leeds=University of Leeds"},
            {"suffix-analytics", "Backers include Tarnwell Analytics.", "ORG Tarnwell Analytics=Tarnwell Analytics"},
            {"acronym", "The Northern Data Trust Fund (NDTF) backs it. The NDTF said so.",
             "ORG Northern Data Trust Fund=Northern Data Trust Fund | ORG NDTF=Northern Data Trust Fund | ORG NDTF=Northern Data Trust Fund"},
        });
        test::addFamilyRows("fr", {
            {"intro-demonym", "La start-up grenobloise Cimeo Semantics recrute.", "ORG Cimeo Semantics=Cimeo Semantics"},
            {"article-demonym", "Hier, la lyonnaise Pralune a recruté dix ingénieurs.", "ORG Pralune=Pralune"},
            {"apposition", "On connaît Pralune, une jeune pousse de Rennes.", "ORG Pralune=Pralune | PLACE Rennes=Rennes"},
            {"institution", "Le projet est mené par l'Université de Lorraine.", "ORG Université de Lorraine=Université de Lorraine"},
        });
        test::addFamilyRows("de", {
            {"family-office", "Das Family Office Lindner Beteiligungen investiert.",
             "ORG Lindner Beteiligungen=Lindner Beteiligungen"},
            {"institution", "Das Bundesministerium für Forschung fördert das Projekt.",
             "ORG Bundesministerium für Forschung=Bundesministerium für Forschung"},
            {"suffix-kapital", "Beteiligt ist auch Oberland Kapital.", "ORG Oberland Kapital=Oberland Kapital"},
            {"places", "Die Firma zieht von Augsburg nach Nürnberg.", "PLACE Augsburg=Augsburg | PLACE Nürnberg=Nuremberg"},
            {"risk-capital", "Beteiligt ist der Risikokapitalgeber Talhaus.", "ORG Talhaus=Talhaus"},
            {"one-word-everywhere", "Talhaus Erhält Geld\n\nDas Start-up Talhaus wächst. Talhaus stellt ein.",
             "ORG Talhaus=Talhaus | ORG Talhaus=Talhaus | ORG Talhaus=Talhaus"},
        });
        test::addFamilyRows("es", {
            {"two-people", "La fundaron Enrique Solís y Marta Ibarra en 2020.",
             "PERSON Enrique Solís=Enrique Solís | PERSON Marta Ibarra=Marta Ibarra"},
            {"basque-name", "Lo dirige Iñaki Zubiri junto a Román Etxeberria.",
             "PERSON Iñaki Zubiri=Iñaki Zubiri | PERSON Román Etxeberria=Román Etxeberria"},
            {"article-demonym", "Ayer la donostiarra Nubelia presentó su plan.", "ORG Nubelia=Nubelia"},
            {"apposition", "Invierte en Saeta Agro, una empresa de Granada.",
             "ORG Saeta Agro=Saeta Agro | PLACE Granada=Granada"},
            {"institution-connectors", "Lo anunció el Ministerio para la Innovación Digital y de la Función Pública.",
             "ORG Ministerio para la Innovación Digital y de la Función Pública=Ministerio para la Innovación Digital y de la Función Pública"},
            {"institution-acronym", "Invierte la Sociedad Estatal de Innovación Tecnológica (SEIT). La SEIT tiene fondos.",
             "ORG Sociedad Estatal de Innovación Tecnológica=Sociedad Estatal de Innovación Tecnológica | ORG SEIT=Sociedad Estatal de Innovación Tecnológica | ORG SEIT=Sociedad Estatal de Innovación Tecnológica"},
        });
        // Families of the second study set (tests/data/study2): a dateline's dash between spaces
        // parts a city from the name after it; a company noun the language capitalises ("Firma",
        // "Softwareanbieter") opens no name, a head word ("Banca") does; players of the wider
        // lexicon, and a public body's English canonical name.
        test::addFamilyRows("it", {
            {"dateline-dash", "MILANO - Velatura Robotics ha assunto venti persone.",
             "PLACE MILANO=Milan | ORG Velatura Robotics=Velatura Robotics"},
            {"bank-head", "Entra nel capitale anche Banca Ifis.", "ORG Banca Ifis=Banca Ifis"},
            {"players-study2", "Investono Friulia, Zest e Banca Sella.",
             "ORG Friulia=Friulia | ORG Zest=Zest | ORG Banca Sella=Banca Sella"},
        });
        test::addFamilyRows("en", {
            {"dateline-dash", "LONDON - Quillwork Labs hired twenty people.",
             "PLACE LONDON=London | ORG Quillwork Labs=Quillwork Labs"},
            {"players-study2", "Klarvik was bought by Wolters Kluwer, and ABB bought a stake, EY said.",
             "ORG Wolters Kluwer=Wolters Kluwer | ORG ABB=ABB | ORG EY=EY"},
        });
        test::addFamilyRows("fr", {
            {"dateline-dash", "PARIS - Velatura Robotics recrute vingt personnes.",
             "PLACE PARIS=Paris | ORG Velatura Robotics=Velatura Robotics"},
            {"programme", "Le plan France 2030 finance la recherche.", "PROJECT France 2030=France 2030"},
        });
        test::addFamilyRows("de", {
            {"dateline-dash", "BERLIN - Velatura Robotics stellt zwanzig Leute ein.",
             "PLACE BERLIN=Berlin | ORG Velatura Robotics=Velatura Robotics"},
            {"company-noun", "Die Zürcher Firma Gletscher Robotics wächst.", "ORG Gletscher Robotics=Gletscher Robotics"},
            {"company-noun-compound", "Der Münchner Softwareanbieter Routenwerk wächst.", "ORG Routenwerk=Routenwerk"},
            {"players-study2", "Das Geld kommt vom Austria Wirtschaftsservice und vom High-Tech Gründerfonds.",
             "ORG Austria Wirtschaftsservice=Austria Wirtschaftsservice | ORG High-Tech Gründerfonds=High-Tech Gründerfonds"},
        });
        test::addFamilyRows("es", {
            {"dateline-dash", "MADRID - Velatura Robotics contrata a veinte personas.",
             "PLACE MADRID=Madrid | ORG Velatura Robotics=Velatura Robotics"},
            {"public-body-english", "Invierte la Sociedad Española para la Transformación Tecnológica (SETT).",
             "ORG Sociedad Española para la Transformación Tecnológica=Spanish Society for Technological Transformation"
             " | ORG SETT=Spanish Society for Technological Transformation"},
        });
        // Families of the third study set (tests/data/study3): a one-word company found by its
        // slot, not by a word list: an apposition opened by the company noun itself ("X,
        // startup romana", "X: Das Berliner Startup") and the subject of a verb only companies do
        // ("Medibit ha ottenuto", "X, which raised"); a first name there stays no company.
        test::addFamilyRows("it", {
            {"bare-apposition", "Ne parla Ventaglio, startup genovese di robotica.", "ORG Ventaglio=Ventaglio"},
            {"company-verb", "Nel frattempo anche Corallo ha raccolto nuovi capitali.", "ORG Corallo=Corallo"},
            {"first-name-no-company", "Nel frattempo anche Giulia ha raccolto le firme.", ""},
        });
        test::addFamilyRows("en", {
            {"relative-company-verb", "Investors also like Pebblet, which raised $5 million.", "ORG Pebblet=Pebblet"},
            {"insurer", "The deal was backed by the insurer Halvard.", "ORG Halvard=Halvard"},
        });
        test::addFamilyRows("fr", {
            {"bare-apposition", "Nous avons rencontré Lucarne, jeune pousse nantaise.", "ORG Lucarne=Lucarne"},
            {"company-verb", "Cette semaine, Lucarne a levé 4 millions d'euros.", "ORG Lucarne=Lucarne"},
        });
        test::addFamilyRows("de", {
            {"colon-apposition", "Kernwerk: Das Kölner Startup baut Roboter.", "ORG Kernwerk=Kernwerk"},
            {"insurer", "Der Versicherer Halvard kauft zu.", "ORG Halvard=Halvard"},
            {"adverb-no-company", "Insgesamt erhält das Unternehmen mehr Geld.", ""},
        });
        test::addFamilyRows("es", {
            {"bare-apposition", "Hablamos con Brezo, startup malagueña de drones.", "ORG Brezo=Brezo"},
            {"company-verb", "También Brezo ha cerrado una ronda de 3 millones.", "ORG Brezo=Brezo"},
        });
        // The agent of an acquisition or a round ("acquired by X", "guidata da X") is a company
        // when no first name says it is a person.
        test::addFamilyRows("en", {
            {"agent-acquired", "The start-up was acquired by Tarnwick last year.", "ORG Tarnwick=Tarnwick"},
            {"agent-person", "The round was led by Anna Weber.", "PERSON Anna Weber=Anna Weber"},
        });
        test::addFamilyRows("it", {
            {"agent-led", "L'operazione è guidata da Tarnwick e altri.", "ORG Tarnwick=Tarnwick"},
        });
        test::addFamilyRows("fr", {
            {"agent-acquired", "La pépite a été rachetée par Tarnwick en mars.", "ORG Tarnwick=Tarnwick"},
        });
        test::addFamilyRows("de", {
            {"agent-led", "Die Runde wird angeführt von Tarnwick.", "ORG Tarnwick=Tarnwick"},
        });
        test::addFamilyRows("es", {
            {"agent-led", "La ronda está liderada por Tarnwick.", "ORG Tarnwick=Tarnwick"},
        });
        // The object of an investing verb or a stake ("invested in X", "Beteiligung an X") is a
        // company; a known place there stays a place.
        test::addFamilyRows("en", {
            {"object-invested", "Oakmere has invested in Tarnwick since 2021.", "ORG Oakmere=Oakmere | ORG Tarnwick=Tarnwick"},
            {"object-place", "Oakmere invests in Italy.", "PLACE Italy=Italy"},
            {"object-stake", "It holds a stake in Tarnwick.", "ORG Tarnwick=Tarnwick"},
        });
        test::addFamilyRows("it", {
            {"object-invested", "Il fondo ha investito in Tarnwick nel 2021.", "ORG Tarnwick=Tarnwick"},
        });
        test::addFamilyRows("fr", {
            {"object-stake", "Le groupe prend une participation dans Tarnwick.", "ORG Tarnwick=Tarnwick"},
        });
        test::addFamilyRows("de", {
            {"object-stake", "Der Konzern hält eine Beteiligung an Tarnwick.", "ORG Tarnwick=Tarnwick"},
        });
        test::addFamilyRows("es", {
            {"object-invested", "El fondo invierte en Tarnwick desde 2021.", "ORG Tarnwick=Tarnwick"},
        });
        // Families of the fourth study set (tests/data/study4): names no word list knows, found
        // by their company neighbours in a list ("X, Brezza Ventures e il Fondo Y"; the list's
        // small word repeated: "in X e in Y", "d'X et de Y"), by a list of three unknown names
        // (not in German, which capitalises nouns), by a buyer's verb and its object, by an
        // investment's object; letters glued to digits ("Cirro7"); an elided connector inside
        // an institution's name ("per l'Innovazione"). People, places, sentence-initial words
        // and German nouns in a list stay what they are.
        test::addFamilyRows("it", {
            {"list-after-known", "Hanno investito anche QRT, Lanterna Ventures e il fondo Alpi.",
             "ORG QRT=QRT | ORG Lanterna Ventures=Lanterna Ventures | ORG Alpi=Alpi"},
            {"list-before-known", "Partecipano Gazza, Tolmino e Lanterna Ventures.",
             "ORG Gazza=Gazza | ORG Tolmino=Tolmino | ORG Lanterna Ventures=Lanterna Ventures"},
            {"list-unknown-three", "Nel frattempo Gazza, Tolmino Reti e Pruno hanno investito.",
             "ORG Gazza=Gazza | ORG Tolmino Reti=Tolmino Reti | ORG Pruno=Pruno"},
            {"list-repeated-preposition", "Il fondo ha investito in Cirro7 e in Gazza.", "ORG Cirro7=Cirro7 | ORG Gazza=Gazza"},
            {"elided-connector", "Partecipa la Fondazione per l'Innovazione Sarda.",
             "ORG Fondazione per l'Innovazione Sarda=Fondazione per l'Innovazione Sarda"},
            {"fund-head", "Entra anche il Fondo per le Imprese Digitali.", "ORG Fondo per le Imprese Digitali=Fondo per le Imprese Digitali"},
            {"buyer-verb", "Intanto Gazza ha acquisito Tolmino.", "ORG Gazza=Gazza | ORG Tolmino=Tolmino"},
            {"people-list-no-company", "Hanno parlato Marco Rossi, Anna Bianchi e Luca Verdi.",
             "PERSON Marco Rossi=Marco Rossi | PERSON Anna Bianchi=Anna Bianchi | PERSON Luca Verdi=Luca Verdi"},
            {"two-unknown-no-company", "Ne parlano Gazza e Tolmino.", ""},
        });
        test::addFamilyRows("en", {
            {"list-unknown-three", "The round drew Harrow Nine, Peltry and Quoin as well.",
             "ORG Harrow Nine=Harrow Nine | ORG Peltry=Peltry | ORG Quoin=Quoin"},
            {"buyer-verb", "Meanwhile, Peltry has acquired Quoin.", "ORG Peltry=Peltry | ORG Quoin=Quoin"},
            {"agreed-to-buy", "Peltry agreed to buy Quoin for cash.", "ORG Peltry=Peltry | ORG Quoin=Quoin"},
            {"investor-apposition", "Also in: QRT, the Seoul-based investor.", "ORG QRT=QRT | PLACE Seoul=Seoul"},
            {"places-list-stay", "Offices open in Dublin, Austin and Berlin.",
             "PLACE Dublin=Dublin | PLACE Austin=Austin | PLACE Berlin=Berlin"},
            {"long-apposition", "We met Quoin, a three-year-old start-up from Leeds.",
             "ORG Quoin=Quoin | PLACE Leeds=Leeds"},
            {"backs-list", "It also backs Peltry and Quoin.", "ORG Peltry=Peltry | ORG Quoin=Quoin"},
            {"person-short-form-stays", "Sam Tully spoke. OpenAI and Tully agree.",
             "PERSON Sam Tully=Sam Tully | ORG OpenAI=OpenAI | PERSON Tully=Sam Tully"},
        });
        test::addFamilyRows("fr", {
            {"list-repeated-connector", "Aux côtés de Lanterna Ventures, d'Ardille et de QRT.",
             "ORG Lanterna Ventures=Lanterna Ventures | ORG Ardille=Ardille | ORG QRT=QRT"},
            {"fund-head", "Le Fonds Horizon Rural investit.", "ORG Fonds Horizon Rural=Fonds Horizon Rural"},
            {"buyer-verb", "Par ailleurs, Sillon a racheté Ardille.", "ORG Sillon=Sillon | ORG Ardille=Ardille"},
            {"investment-object", "Il discute d'un investissement dans Ardille.", "ORG Ardille=Ardille"},
        });
        test::addFamilyRows("de", {
            {"list-after-known", "Beteiligt sind Isarwerk Kapital, Brückhaus und QRT.",
             "ORG Isarwerk Kapital=Isarwerk Kapital | ORG Brückhaus=Brückhaus | ORG QRT=QRT"},
            {"nouns-list-no-company", "Das Geld fließt in Daten, Software und Chips.", ""},
            {"round-of", "Angeführt wird die Runde von Brückhaus.", "ORG Brückhaus=Brückhaus"},
            {"rival", "Er verhandelt mit dem Konkurrenten Brückhaus.", "ORG Brückhaus=Brückhaus"},
            {"founders-first-names", "Gegründet von Lea Brandt und Mia Sauer.",
             "PERSON Lea Brandt=Lea Brandt | PERSON Mia Sauer=Mia Sauer"},
        });
        // The object of an investing verb a few words on ("investito 3 milioni in X").
        test::addFamilyRows("it", {
            {"object-after-amount", "Hanno investito insieme 3 milioni in Ristoro.", "ORG Ristoro=Ristoro"},
            {"object-place-stays", "Hanno investito 3 milioni in Italia.", "PLACE Italia=Italy"},
            {"object-clause-ends", "Ha investito molto, in Sardegna Ristoro apre.", "PLACE Sardegna=Sardinia"},
        });
        test::addFamilyRows("en", {
            {"object-after-amount", "It plans to invest $8 million in Loomcraft.", "ORG Loomcraft=Loomcraft"},
            {"source-after-amount", "The firm secured $5 million from Lantern.", "ORG Lantern=Lantern"},
            {"series-no-company", "The firm raised $5 million in Series A funding.", ""},
        });
        test::addFamilyRows("it", {
            {"source-after-amount", "La società ha raccolto 4 milioni da Gazzella.", "ORG Gazzella=Gazzella"},
            {"source-month-no-company", "La società ha raccolto 4 milioni da Marzo.", ""},
        });
        test::addFamilyRows("fr", {
            {"object-after-time", "Il avait investi l'an dernier dans Kiwana.", "ORG Kiwana=Kiwana"},
        });
        test::addFamilyRows("es", {
            {"object-after-time", "El fondo invirtió el año pasado en Terrano.", "ORG Terrano=Terrano"},
        });
        test::addFamilyRows("es", {
            {"list-after-fund", "Participan el Fondo de Innovación Rural, Marejada y QRT.",
             "ORG Fondo de Innovación Rural=Fondo de Innovación Rural | ORG Marejada=Marejada | ORG QRT=QRT"},
            {"buyer-verb", "Además, Almez ha comprado Rumbero.", "ORG Almez=Almez | ORG Rumbero=Rumbero"},
            {"investment-object", "Negocia una inversión en Garbel.", "ORG Garbel=Garbel"},
        });
        // study5: a one-word company before a relative clause closed by a comma and a company's
        // verb; a buyer in the present as headlines tell it, and what it buys.
        test::addFamilyRows("fr", {
            {"relative-then-verb", "Ensuite Alto, dont le siège est à Lille, a bouclé un tour de table.",
             "ORG Alto=Alto | PLACE Lille=Lille"},
            {"passive-bought", "Ensuite Pivot a été rachetée par Cegid.", "ORG Pivot=Pivot | ORG Cegid=Cegid"},
        });
        test::addFamilyRows("it", {
            {"relative-then-verb", "Poi Quarzo, che ha sede a Pisa, ha raccolto 6 milioni.", "ORG Quarzo=Quarzo | PLACE Pisa=Pisa"},
            {"present-buyer", "Quarzo compra Lumen per 9 milioni.", "ORG Quarzo=Quarzo | ORG Lumen=Lumen"},
        });
        test::addFamilyRows("en", {
            {"relative-then-verb", "Then Quarzo, which is based in Leeds, has raised $6 million.",
             "ORG Quarzo=Quarzo | PLACE Leeds=Leeds"},
            {"present-buyer", "Pinecrest buys Oakum for $90 million.", "ORG Pinecrest=Pinecrest | ORG Oakum=Oakum"},
        });
        test::addFamilyRows("es", {
            {"relative-then-verb", "Luego Quarzo, que tiene sede en Bilbao, ha levantado 6 millones.",
             "ORG Quarzo=Quarzo | PLACE Bilbao=Bilbao"},
            {"present-buyer", "Nodo compra Brisa por 9 millones.", "ORG Nodo=Nodo | ORG Brisa=Brisa"},
        });
        test::addFamilyRows("de", {
            {"relative-then-verb", "Quarzo, das in Leipzig sitzt, übernimmt ein Labor.", "ORG Quarzo=Quarzo | PLACE Leipzig=Leipzig"},
            {"present-buyer", "Faltwerk kauft ein Labor in Köln.", "ORG Faltwerk=Faltwerk | PLACE Köln=Cologne"},
            {"relative-no-verb", "Quarzo, das in Leipzig sitzt, wächst schnell.", "PLACE Leipzig=Leipzig"},
            {"city-demonym-not-name", "Der Kölner Rivale wächst schnell.", ""},
            {"company-noun-intro", "Gestern kaufte der Autozulieferer Brenntal ein Labor.", "ORG Brenntal=Brenntal"},
        });
        test::addFamilyRows("es", {
            {"regional-demonym", "Firmó con la empresa aragonesa Nube Cierzo.", "ORG Nube Cierzo=Nube Cierzo"},
        });
        // A one-word company in talks, told as companies are.
        test::addFamilyRows("it", {{"in-talks", "Ieri Ember starebbe trattando un ingresso nel capitale.", "ORG Ember=Ember"}});
        test::addFamilyRows("en", {{"in-talks", "Meanwhile Halden is in talks to raise $5 million.", "ORG Halden=Halden"}});
        test::addFamilyRows("fr", {{"in-talks", "Enfin Lumeo serait en discussions avec des fonds.", "ORG Lumeo=Lumeo"}});
        test::addFamilyRows("es", {{"in-talks", "Además Garbina negocia una ronda con varios fondos.", "ORG Garbina=Garbina"}});
        test::addFamilyRows("de", {{"in-talks", "Brenntal verhandelt seit Wochen mit zwei Fonds.", "ORG Brenntal=Brenntal"}});
        // A company noun of the same kind before a name ("la rivale Velatura").
        test::addFamilyRows("fr", {{"kind-noun", "Ensuite la rivale Velatura a recruté.", "ORG Velatura=Velatura"}});
        test::addFamilyRows("it", {{"kind-noun", "Poi il produttore Velatura ha assunto.", "ORG Velatura=Velatura"}});
        test::addFamilyRows("es", {{"kind-noun", "Luego la competidora Velatura creció.", "ORG Velatura=Velatura"}});
        test::addFamilyRows("en", {{"kind-noun", "Then the competitor Velatura grew.", "ORG Velatura=Velatura"}});
        test::addFamilyRows("de", {{"kind-noun", "Dann wuchs der Wettbewerber Velatura.", "ORG Velatura=Velatura"}});
        // study6: one capitalised word (dots allowed: "Fonderia.vc") before an investing verb only
        // funds and companies do; a fund's last word ("Invest", "Partenaires").
        test::addFamilyRows("it", {
            {"invest-verb", "Infine Fonderia ha investito 500 mila euro in Granaio.", "ORG Fonderia=Fonderia | ORG Granaio=Granaio"},
            {"invest-verb-dotted", "Infine Fonderia.vc ha investito 500 mila euro in Granaio.",
             "ORG Fonderia.vc=Fonderia.vc | ORG Granaio=Granaio"},
            {"invest-verb-first-name", "Infine Sara ha investito 500 mila euro in Granaio.", "ORG Granaio=Granaio"},
            {"two-words-verb", "Nel frattempo, Vela Zorbit ha raccolto 5 milioni.", "ORG Vela Zorbit=Vela Zorbit"},
            {"origin-before-verb", "Poi Zorblax da Pisa ha raccolto 5 milioni.", "ORG Zorblax=Zorblax | PLACE Pisa=Pisa"},
        });
        test::addFamilyRows("en", {
            {"invest-verb", "Meanwhile Zorvik has invested $2 million in Tallow.", "ORG Zorvik=Zorvik | ORG Tallow=Tallow"},
            {"collected", "Elsewhere, Zorblax collected $2 million from a customer.", "ORG Zorblax=Zorblax"},
            {"two-words-verb", "Elsewhere, Cobalt Arc collected $2 million from a customer.", "ORG Cobalt Arc=Cobalt Arc"},
            {"two-words-verb-at-start", "Cobalt Arc collected $2 million.", "ORG Arc=Arc"},
            {"origin-before-verb", "Meanwhile Zorblax from Leeds has raised $5 million.", "ORG Zorblax=Zorblax | PLACE Leeds=Leeds"},
        });
        test::addFamilyRows("fr", {
            {"invest-verb", "Ensuite Zéphyr a investi 2 millions d'euros dans Kiwana.", "ORG Zéphyr=Zéphyr | ORG Kiwana=Kiwana"},
            {"fund-suffix", "Ont également participé Galène Invest et Alizé Partenaires.",
             "ORG Galène Invest=Galène Invest | ORG Alizé Partenaires=Alizé Partenaires"},
        });
        test::addFamilyRows("es", {
            {"invest-verb", "Además Brújula ha invertido 2 millones de euros en Terrano.", "ORG Brújula=Brújula | ORG Terrano=Terrano"},
            {"fund-suffix", "También participaron Cierzo Invest y Marejada Inversiones.",
             "ORG Cierzo Invest=Cierzo Invest | ORG Marejada Inversiones=Marejada Inversiones"},
        });
        test::addFamilyRows("de", {
            {"fund-suffix", "Neben dem Leadinvestor Elbtal Invest beteiligte sich auch Morgenrot Kapital.",
             "ORG Elbtal Invest=Elbtal Invest | ORG Morgenrot Kapital=Morgenrot Kapital"},
            {"origin-before-verb", "Lumora aus Köln sammelt 6 Millionen Euro ein.", "ORG Lumora=Lumora | PLACE Köln=Cologne"},
            {"origin-no-verb", "Lumora aus Köln wächst schnell.", "PLACE Köln=Cologne"},
            // German writes nouns with a capital: "in Rechenzentren investiert" names no company.
            {"noun-object-not-name", "Der Konzern investiert massiv in Rechenzentren.", ""},
        });
        // The source after a receiving verb and its money is a company ("received $3 million from X").
        test::addFamilyRows("en", {{"receive-from", "Meanwhile the lab received $3 million from Zorvane.", "ORG Zorvane=Zorvane"}});
        test::addFamilyRows("it", {{"receive-from", "Intanto la società ha ricevuto 3 milioni di euro da Zorvane.", "ORG Zorvane=Zorvane"}});
        // French and Spanish "de" is too common a word to mark a source: no such row there.
        // German capitalises every noun: a word after "von" is no name by its slot ("von Investoren").
        // German capitalises every noun: neither the subject of "hat eine Runde ... abgeschlossen"
        // nor a fund leading a round is a name by its slot.
        test::addFamilyRows("de", {
            {"hat-round-fund", "Der Fonds hat die Runde angeführt.", ""},
            {"von-noun", "Es erhielt 5 Millionen Euro von Investoren.", ""},
        });
        // A capitalised word with a dot inside is a brand written like a web address: a company
        // ("die Zorvane.Bank"); "U.S." and "z.B." are not.
        test::addFamilyRows("de", {
            {"dotted", "Neu dabei ist die Zorvane.Bank mit 3 Millionen Euro.", "ORG Zorvane.Bank=Zorvane.Bank"},
            {"dotted-abbreviation", "Das gilt z.B. für Rechenzentren.", ""},
        });
        test::addFamilyRows("it", {{"dotted", "Tra i soci c'è anche Zorvane.AI.", "ORG Zorvane.AI=Zorvane.AI"}});
        test::addFamilyRows("en", {{"dotted", "Backers include Zorvane.vc and others.", "ORG Zorvane.vc=Zorvane.vc"},
                                   {"dotted-initials", "It opened an office in the U.S. last year.", "PLACE U.S.=United States"}});
        test::addFamilyRows("fr", {{"dotted", "Parmi les actionnaires figure aussi Zorvane.io.", "ORG Zorvane.io=Zorvane.io"}});
        test::addFamilyRows("es", {{"dotted", "Entre los socios está también Zorvane.Capital.", "ORG Zorvane.Capital=Zorvane.Capital"}});
        // The lead of a round, named only where a headline tells it, is a company ("Veltra
        // ottiene 3 milioni: Zorvane guida il round"); a first name keeps a person.
        test::addFamilyRows("it", {
            {"leads-round", "Veltra ottiene 3 milioni, Zorvane guida il round", "ORG Veltra=Veltra | ORG Zorvane=Zorvane"},
            {"leads-round-person", "Veltra ottiene 3 milioni, Marco guida il round", "ORG Veltra=Veltra"},
        });
        test::addFamilyRows("en", {{"leads-round", "Veltra gets $3 million as Zorvane leads the round", "ORG Zorvane=Zorvane"}});
        test::addFamilyRows("fr", {{"leads-round", "Veltra obtient 3 millions, Zorvane mène le tour", "ORG Zorvane=Zorvane"}});
        test::addFamilyRows("es", {{"leads-round", "Veltra consigue 3 millones y Zorvane lidera la ronda", "ORG Zorvane=Zorvane"}});
        test::addFamilyRows("de", {{"leads-round", "Veltra erhält 3 Millionen Euro, Zorvane führt die Runde an", "ORG Zorvane=Zorvane"}});
        // A roundup item names its company before a colon, the clause after it a company noun
        // or a company verb ("Tessile.AI: la società pratese incassa"); a plain word stays none.
        test::addFamilyRows("it", {
            {"colon-noun", "Poi c'è Zorvane: la società pratese incassa 2 milioni.", "ORG Zorvane=Zorvane"},
            {"colon-verb", "Poi c'è Zorvane: raccoglie 2 milioni.", "ORG Zorvane=Zorvane"},
            {"colon-headline-verb", "Poi c'è Zorvane: raccolti 2 milioni", "ORG Zorvane=Zorvane"},
            {"colon-no-company", "Poi c'è Nota: la cifra è alta.", ""},
        });
        test::addFamilyRows("en", {{"colon-noun", "Next, Zorvane: the start-up raised $2 million.", "ORG Zorvane=Zorvane"}});
        test::addFamilyRows("fr", {{"colon-noun", "Enfin, Zorvane : la start-up a levé 2 millions d'euros.", "ORG Zorvane=Zorvane"}});
        test::addFamilyRows("de", {{"colon-noun", "Zorvane: Das Kölner Startup erhält 2 Millionen Euro.", "ORG Zorvane=Zorvane"}});
        test::addFamilyRows("es", {{"colon-noun", "Por último, Zorvane: la empresa recibió 2 millones de euros.", "ORG Zorvane=Zorvane"}});
        // An investor in the present, as headlines tell it, is a company: "as Meridian Peak backs
        // Tarnwick", "mentre Vetta investe in Zorvane".
        test::addFamilyRows("en", {{"headline-backs", "Quillmark raises $4 million as Harrow Zorvane backs its push",
                                    "ORG Quillmark=Quillmark | ORG Harrow Zorvane=Harrow Zorvane"}});
        test::addFamilyRows("it", {{"headline-invests", "Quillmark raccoglie 4 milioni, mentre Zorvane investe in Tarnwick",
                                    "ORG Quillmark=Quillmark | ORG Zorvane=Zorvane | ORG Tarnwick=Tarnwick"}});
        test::addFamilyRows("fr", {{"headline-invests", "Quillmark lève 4 millions, tandis que Zorvane investit dans Tarnwick",
                                    "ORG Quillmark=Quillmark | ORG Zorvane=Zorvane | ORG Tarnwick=Tarnwick"}});
        test::addFamilyRows("es", {{"headline-invests", "Quillmark capta 4 millones mientras Zorvane invierte en Tarnwick",
                                    "ORG Quillmark=Quillmark | ORG Zorvane=Zorvane | ORG Tarnwick=Tarnwick"}});
    }

    void mentions()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Article a;
        a.language = language;
        a.text = text;
        QCOMPARE(describe(m_extractor->extract(ExtractionInput::from(a, SentenceSplitter()))), expected);
    }

    // A list of unknown names is read once, in linear time: every member a company.
    void longListIsLinear()
    {
        const auto nameOf = [](int i) {
            QString name = QStringLiteral("Zor");
            for (int n = i; n > 0 || name.size() == 3; n /= 26)
                name += QChar(u'a' + n % 26);
            return name;
        };
        bool allRead = true;
        const auto run = [&](int count) {
            QStringList names;
            for (int i = 0; i < count; ++i)
                names << nameOf(i);
            Article a;
            a.language = QStringLiteral("it");
            a.text = QStringLiteral("Nel frattempo ") + names.mid(0, names.size() - 1).join(QStringLiteral(", "))
                + QStringLiteral(" e ") + names.back() + QStringLiteral(" hanno investito.");
            const QList<EntityMention> mentions = m_extractor->extract(ExtractionInput::from(a, SentenceSplitter()));
            allRead = allRead && mentions.size() == names.size() && mentions.front().type == EntityType::Org
                && mentions.back().text == names.back();
        };
        const QString growth = test::superlinearGrowth(run, 5000);
        QVERIFY2(growth.isEmpty(), qPrintable(growth));
        QVERIFY(allRead);
    }
};

QTEST_GUILESS_MAIN(TestEntityFamilies)
#include "tst_entityfamilies.moc"
