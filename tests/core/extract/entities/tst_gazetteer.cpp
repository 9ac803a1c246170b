// The gazetteer and the entity cue lists are data; these suites check their format, and the
// folding and matching rules that every row relies on.
#include "core/extract/entities/gazetteer.h"
#include "core/extract/entities/textfold.h"
#include "core/extract/findings.h"
#include "core/extract/tsvtable.h"
#include "core/text/tokenizer.h"

#include <QHash>
#include <QTest>

using namespace dealdesk;

class TestGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void gazetteerIsWellFormed()
    {
        const QString path = lexiconPath(QStringLiteral("common"), QStringLiteral("gazetteer"));
        QString error;
        const auto table = TsvTable::load(path, &error);
        QVERIFY2(table, qPrintable(error));
        QCOMPARE(table->header(), (QStringList{QStringLiteral("canonical"), QStringLiteral("type"),
                                               QStringLiteral("aliases"), QStringLiteral("note")}));
        QVERIFY2(table->rowCount() >= 300, "the gazetteer should know several hundred names");
        const TextFold &fold = TextFold::instance();
        QHash<QString, QString> owner; // folded alias -> canonical
        QHash<QString, int> canonicals;
        for (qsizetype r = 0; r < table->rowCount(); ++r) {
            const QString where = QStringLiteral("%1:%2").arg(path).arg(table->lineNumber(r));
            const QString canonical = table->value(r, QStringLiteral("canonical"));
            QVERIFY2(!canonical.isEmpty(), qPrintable(where + QStringLiteral(": no canonical name")));
            QVERIFY2(entityTypeFromString(table->value(r, QStringLiteral("type"))),
                     qPrintable(where + QStringLiteral(": type must be ORG, PERSON, PLACE, PRODUCT or PROJECT")));
            QVERIFY2(!canonicals.contains(canonical), qPrintable(where + QStringLiteral(": canonical repeated")));
            canonicals.insert(canonical, r);
            QStringList aliases{canonical};
            const QString more = table->value(r, QStringLiteral("aliases"));
            if (!more.isEmpty())
                aliases += more.split(u'|');
            for (const QString &alias : std::as_const(aliases)) {
                QVERIFY2(!alias.trimmed().isEmpty() && alias == alias.trimmed(),
                         qPrintable(where + QStringLiteral(": empty or padded alias")));
                // Case matters for matching ("UE" vs "Ue" are one key), accents do not.
                const QString key = fold.folded(alias);
                const QString previous = owner.value(key);
                QVERIFY2(previous.isEmpty() || previous == canonical,
                         qPrintable(QStringLiteral("%1: alias \"%2\" belongs to \"%3\" and \"%4\"")
                                        .arg(where, alias, previous, canonical)));
                owner.insert(key, canonical);
            }
        }
    }

    void cueListsHaveTheirColumns_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("column");
        for (const QString &lang : lexiconLanguages()) {
            for (const auto &[name, column] : {QPair{"entity_first_names", "name"}, QPair{"entity_titles", "title"},
                                               QPair{"entity_demonyms", "word"}, QPair{"entity_stopwords", "word"},
                                               QPair{"entity_company_cues", "cue"}, QPair{"deal_cues", "cue"},
                                               QPair{"deal_status", "cue"}, QPair{"deal_words", "word"}}) {
                QTest::addRow("%s/%s", qPrintable(lang), name)
                    << lexiconPath(lang, QLatin1String(name)) << QString::fromLatin1(column);
            }
        }
    }

    void cueListsHaveTheirColumns()
    {
        QFETCH(QString, path);
        QFETCH(QString, column);
        QString error;
        const auto table = TsvTable::load(path, &error);
        QVERIFY2(table, qPrintable(error));
        QVERIFY(table->column(column) >= 0);
        QVERIFY(table->rowCount() > 0);
        for (qsizetype r = 0; r < table->rowCount(); ++r)
            QVERIFY2(!table->value(r, column).isEmpty(), qPrintable(QStringLiteral("%1:%2").arg(path).arg(table->lineNumber(r))));
    }

    void foldingIgnoresCaseAndAccents_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("case") << QStringLiteral("OpenAI") << QStringLiteral("OPENAI") << true;
        QTest::newRow("accent") << QStringLiteral("États") << QStringLiteral("Etats") << true;
        QTest::newRow("decomposed") << QStringLiteral("E\u0301tats") << QStringLiteral("États") << true;
        QTest::newRow("apostrophe") << QStringLiteral("dell\u2019") << QStringLiteral("dell'") << true;
        QTest::newRow("different") << QStringLiteral("Meta") << QStringLiteral("Beta") << false;
    }

    void foldingIgnoresCaseAndAccents()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        const TextFold &fold = TextFold::instance();
        QCOMPARE(fold.key(a) == fold.key(b), same);
    }

    void matchRespectsCapitalsAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found"); // canonical or empty
        QTest::newRow("exact") << QStringLiteral("Meta") << QStringLiteral("Meta");
        QTest::newRow("lower case") << QStringLiteral("meta") << QString();
        QTest::newRow("accent in text only") << QStringLiteral("Metà") << QString();
        QTest::newRow("all caps alias needs caps") << QStringLiteral("Aws") << QString();
        QTest::newRow("all caps alias") << QStringLiteral("AWS") << QStringLiteral("Amazon Web Services");
        QTest::newRow("accent dropped") << QStringLiteral("Etats-Unis") << QStringLiteral("United States");
        QTest::newRow("longest") << QStringLiteral("Amazon Web Services") << QStringLiteral("Amazon Web Services");
    }

    void matchRespectsCapitalsAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        Gazetteer g;
        g.add(QStringLiteral("Meta"), EntityType::Org, {});
        g.add(QStringLiteral("Amazon"), EntityType::Org, {});
        g.add(QStringLiteral("Amazon Web Services"), EntityType::Org, {QStringLiteral("AWS")});
        g.add(QStringLiteral("United States"), EntityType::Place, {QStringLiteral("États-Unis")});
        const QList<Token> tokens = tokenize(text);
        const TokenKeys keys(text, tokens);
        const auto hit = g.match(text, tokens, keys, 0);
        QCOMPARE(hit ? g.entry(hit->entry).canonical : QString(), found);
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
