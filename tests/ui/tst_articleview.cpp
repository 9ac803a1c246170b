// The article view: highlights on the exact characters (emoji, combining accents, flags and
// joined emoji before and inside mentions), hover text, toggles, navigation and find.
#include "ui/apptheme.h"
#include "ui/articleview.h"
#include "ui/uilanguage.h"
#include "uitestutil.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>

#include <cmath>

#include <utility>

using namespace dealdesk;
using namespace dealdesk::uitest;

namespace {

// The text of every run of characters painted with a background, in order.
QStringList paintedRuns(const QTextDocument &doc)
{
    QStringList runs;
    QString current;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().background().style() != Qt::NoBrush)
                current += fragment.text();
            else if (!current.isEmpty())
                runs << std::exchange(current, QString());
        }
        if (!current.isEmpty())
            runs << std::exchange(current, QString());
    }
    return runs;
}

} // namespace

class TestArticleView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installUiLanguage(u"en"_qs);
    }

    void highlightsExactCharacters_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("mentions");
        // Each mention is an ORG; runs must come back exactly as written.
        QTest::addRow("ascii") << u"Borealis Labs signed with Quartzo."_qs
                               << QStringList{u"Borealis Labs"_qs, u"Quartzo"_qs};
        QTest::addRow("emoji before") << u"🚀🚀 Borealis Labs 🛰️ and then Quartzo."_qs
                                      << QStringList{u"Borealis Labs"_qs, u"Quartzo"_qs};
        QTest::addRow("combining accent inside") << u"La societe\u0301 Cafe\u0301 Nuvola vola."_qs
                                                 << QStringList{u"Cafe\u0301 Nuvola"_qs};
        QTest::addRow("combining accents before")
            << u"Perche\u0300 la citta\u0300 ama Zefiro Systems?"_qs << QStringList{u"Zefiro Systems"_qs};
        QTest::addRow("joined emoji and flags") << u"👩‍💻👨‍👩‍👧 🇮🇹🇫🇷 Orsa Minore 🇩🇪 Kiefer AG"_qs
                                               << QStringList{u"Orsa Minore"_qs, u"Kiefer AG"_qs};
        QTest::addRow("emoji inside a name") << u"Meet Nova🚀Works today."_qs << QStringList{u"Nova🚀Works"_qs};
    }

    void highlightsExactCharacters()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, mentions);
        const Article a = article(u"x"_qs, u"Title"_qs, body);
        Findings f;
        for (const QString &m : mentions)
            f.entities << entity(a.text, m, EntityType::Org);
        ArticleView view;
        view.showArticle(a, records(f, a.text));
        QCOMPARE(paintedRuns(*view.document()), mentions);
        // And each finding is found under its first and last unit, not one beside it.
        for (const auto &e : std::as_const(f.entities)) {
            QVERIFY(!view.toolTipAt(e.range.start).isEmpty());
            QVERIFY(!view.toolTipAt(e.range.end - 1).isEmpty());
            QVERIFY(view.toolTipAt(e.range.end).isEmpty() || e.range.end == a.text.size());
        }
    }

    void hoverText_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<QString>("expected");
        QTest::addRow("amount with deal") << u"fino a 25 miliardi di dollari"_qs
                                          << u"up to USD 25 bn · investment · in talks"_qs;
        QTest::addRow("entity") << u"Borealis"_qs << u"Borealis Labs · organisation"_qs;
        QTest::addRow("date") << u"3 marzo 2025"_qs << u"3 March 2025"_qs;
        QTest::addRow("plain text") << u"trattative"_qs << QString();
    }

    void hoverText()
    {
        QFETCH(QString, part);
        QFETCH(QString, expected);
        const Article a = article(u"h"_qs, u"Trattative"_qs,
                                  u"Il 3 marzo 2025 Borealis era in trattative per investire fino a 25 "
                                  u"miliardi di dollari in Quartzo."_qs);
        Findings f;
        f.entities << entity(a.text, u"Borealis"_qs, EntityType::Org, u"Borealis Labs"_qs);
        f.entities << entity(a.text, u"Quartzo"_qs, EntityType::Org);
        const Money money{u"USD"_qs, 0, 25e9, Qualifier::UpTo};
        f.amounts << amount(a.text, u"fino a 25 miliardi di dollari"_qs, money);
        f.dates << date(a.text, u"3 marzo 2025"_qs, u"2025-03-03"_qs, DateGrain::Day);
        f.deals << Deal{u"Borealis Labs"_qs, u"Quartzo"_qs, money, DealStatus::InTalks, {}, {0, qsizetype(a.text.size())}};
        ArticleView view;
        view.showArticle(a, records(f, a.text));
        const qsizetype at = a.text.indexOf(part, 1) + 1;
        QCOMPARE(view.toolTipAt(at), expected);
    }

    void toggleHidesOneKind()
    {
        const Article a = article(u"t"_qs, u"T"_qs, u"Orsa Minore paid 5 million euros to Lidia Verdi."_qs);
        Findings f;
        f.entities << entity(a.text, u"Orsa Minore"_qs, EntityType::Org);
        f.entities << entity(a.text, u"Lidia Verdi"_qs, EntityType::Person);
        f.amounts << amount(a.text, u"5 million euros"_qs, {u"EUR"_qs, 5e6, 5e6, Qualifier::Exact}, MoneyRole::Spending);
        ArticleView view;
        view.showArticle(a, records(f, a.text));
        QCOMPARE(paintedRuns(*view.document()).size(), 3);
        view.setKindVisible(HighlightKind::Person, false);
        QCOMPARE(paintedRuns(*view.document()), (QStringList{u"Orsa Minore"_qs, u"5 million euros"_qs}));
        QVERIFY(view.toolTipAt(a.text.indexOf(u"Lidia"_qs)).isEmpty());
        view.setKindVisible(HighlightKind::Person, true);
        QCOMPARE(paintedRuns(*view.document()).size(), 3);
    }

    void nextAndPreviousWrap()
    {
        const Article a = article(u"n"_qs, u"N"_qs, u"Alfa Uno, Beta Due and Gamma Tre."_qs);
        Findings f;
        // Stored out of text order: navigation follows the text.
        f.entities << entity(a.text, u"Gamma Tre"_qs, EntityType::Org);
        f.entities << entity(a.text, u"Alfa Uno"_qs, EntityType::Org);
        f.entities << entity(a.text, u"Beta Due"_qs, EntityType::Person);
        ArticleView view;
        view.showArticle(a, records(f, a.text));
        QSignalSpy selected(&view, &ArticleView::recordSelected);
        view.nextFinding();
        QCOMPARE(view.selectedRecord(), 1); // Alfa Uno
        view.nextFinding();
        QCOMPARE(view.selectedRecord(), 2);
        view.nextFinding();
        QCOMPARE(view.selectedRecord(), 0);
        view.nextFinding();
        QCOMPARE(view.selectedRecord(), 1); // wrapped
        view.previousFinding();
        QCOMPARE(view.selectedRecord(), 0); // wrapped back to the last
        QCOMPARE(selected.size(), 5);
        view.setKindVisible(HighlightKind::Person, false);
        view.previousFinding();
        QCOMPARE(view.selectedRecord(), 1); // Beta Due is hidden, skipped
        view.setKindVisible(HighlightKind::Person, true);
    }

    void jumpsBetweenMentions()
    {
        const Article a = article(u"j"_qs, u"J"_qs, u"Nubes sells. Later Nubes buys. Nubes rests."_qs);
        Findings f;
        for (int from : {0, 15, 30})
            f.entities << entity(a.text, u"Nubes"_qs, EntityType::Org, u"Nubes Cloud"_qs, from);
        ArticleView view;
        view.showArticle(a, records(f, a.text));
        QVERIFY(view.jumpToEntity(EntityType::Org, u"Nubes Cloud"_qs));
        QCOMPARE(view.selectedRecord(), 0);
        QVERIFY(view.jumpToEntity(EntityType::Org, u"Nubes Cloud"_qs));
        QCOMPARE(view.selectedRecord(), 1);
        QVERIFY(view.jumpToEntity(EntityType::Org, u"Nubes Cloud"_qs));
        QVERIFY(view.jumpToEntity(EntityType::Org, u"Nubes Cloud"_qs));
        QCOMPARE(view.selectedRecord(), 0);
        QVERIFY(!view.jumpToEntity(EntityType::Person, u"Nubes Cloud"_qs));
    }

    void clickSelectsFinding()
    {
        const Article a = article(u"c"_qs, u"C"_qs, u"Some words first, then Orsa Minore, then more words."_qs);
        Findings f;
        f.entities << entity(a.text, u"Orsa Minore"_qs, EntityType::Org);
        ArticleView view;
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showArticle(a, records(f, a.text));
        auto *browser = view.findChild<QTextBrowser *>(u"articleText"_qs);
        QTextCursor cursor(view.document());
        cursor.setPosition(int(a.text.indexOf(u"Minore"_qs)) + 2);
        const QPoint point = browser->cursorRect(cursor).center();
        QSignalSpy selected(&view, &ArticleView::recordSelected);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
        QTRY_COMPARE(view.selectedRecord(), 0);
        QCOMPARE(selected.size(), 1);
    }

    void findsInArticle()
    {
        const Article a = article(u"f"_qs, u"F"_qs, u"cloud here, cloud there, no more."_qs);
        ArticleView view;
        view.showArticle(a, {});
        auto *browser = view.findChild<QTextBrowser *>(u"articleText"_qs);
        QVERIFY(view.find(u"cloud"_qs));
        const int first = browser->textCursor().selectionStart();
        QVERIFY(view.find(u"cloud"_qs));
        QVERIFY(browser->textCursor().selectionStart() > first);
        QVERIFY(view.find(u"cloud"_qs)); // wraps to the first
        QCOMPARE(browser->textCursor().selectionStart(), first);
        QVERIFY(!view.find(u"absent"_qs));
    }

    void hoverEventShowsTooltip()
    {
        const Article a = article(u"e"_qs, u"E"_qs, u"Some words first, then Orsa Minore, then more words."_qs);
        Findings f;
        f.entities << entity(a.text, u"Orsa Minore"_qs, EntityType::Org, u"Orsa Minore SpA"_qs);
        ArticleView view;
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.showArticle(a, records(f, a.text));
        auto *browser = view.findChild<QTextBrowser *>(u"articleText"_qs);
        QTextCursor cursor(view.document());
        cursor.setPosition(int(a.text.indexOf(u"Minore"_qs)) + 2);
        const QPoint point = browser->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, point, browser->viewport()->mapToGlobal(point));
        QCoreApplication::sendEvent(browser->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), u"Orsa Minore SpA · organisation"_qs);
    }

    void readableOnLightAndDark_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<int>("kind");
        for (HighlightKind kind : allHighlightKinds()) {
            // A typical light and dark desktop palette, and the desk's own dark theme.
            for (const QString &theme : {u"light"_qs, u"dark"_qs, u"desk-dark"_qs})
                QTest::addRow("%s %s", qPrintable(theme), qPrintable(highlightKindKey(kind))) << theme << int(kind);
        }
    }

    void readableOnLightAndDark()
    {
        // WCAG 2 contrast of the palette's text on each highlight: at least 4.5:1 (level AA).
        QFETCH(QString, theme);
        QFETCH(int, kind);
        QPalette palette;
        if (theme == u"desk-dark") {
            applyTheme(u"dark"_qs);
            palette = QApplication::palette();
            applyTheme(u"system"_qs);
        } else {
            const bool dark = theme == u"dark";
            palette.setColor(QPalette::Base, dark ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white));
            palette.setColor(QPalette::Text, dark ? QColor(0xef, 0xf0, 0xf1) : QColor(0x23, 0x26, 0x29));
        }
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double a = luminance(highlightBackground(HighlightKind(kind), palette));
        const double b = luminance(palette.color(QPalette::Text));
        const double contrast = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    }

    void themeAppliesAndComesBack()
    {
        const QPalette system = QApplication::palette();
        const QString style = QApplication::style()->name();
        applyTheme(u"dark"_qs);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() < 0.3);
        QVERIFY(QApplication::palette().color(QPalette::Text).lightnessF() > 0.7);
        applyTheme(u"light"_qs);
        QVERIFY(QApplication::palette().color(QPalette::Base).lightnessF() > 0.7);
        applyTheme(u"system"_qs);
        QCOMPARE(QApplication::style()->name(), style);
        QCOMPARE(QApplication::palette(), system);
    }

    void nextArticleStartsUnpainted()
    {
        // The cursor ends on a highlight (a finding at offset 0, then a selected one): the
        // next article must not inherit that colour.
        const Article first = article(u"a"_qs, u"Orsa Minore"_qs, u"Orsa Minore grows; Lidia Verdi stays."_qs);
        Findings f;
        f.entities << entity(first.text, u"Orsa Minore"_qs, EntityType::Org);
        f.entities << entity(first.text, u"Lidia Verdi"_qs, EntityType::Person);
        const Article second = article(u"b"_qs, u"Plain"_qs, u"Nothing found here at all."_qs);
        ArticleView view;
        view.showArticle(first, records(f, first.text));
        view.showArticle(second, {});
        QVERIFY(paintedRuns(*view.document()).isEmpty());
        view.showArticle(first, records(f, first.text));
        view.nextFinding();
        view.nextFinding();
        view.showArticle(second, {});
        QVERIFY(paintedRuns(*view.document()).isEmpty());
        QCOMPARE(view.document()->begin().charFormat().underlineStyle(), QTextCharFormat::NoUnderline);
    }

    void rangesOutsideTheTextAreDropped()
    {
        const Article a = article(u"o"_qs, u"O"_qs, u"Short."_qs);
        FindingRecord r;
        r.kind = FindingKind::Entity;
        r.range = {3, 500};
        r.value = EntityMention{r.range, u"x"_qs, EntityType::Org, u"x"_qs};
        ArticleView view;
        view.showArticle(a, {r});
        QVERIFY(paintedRuns(*view.document()).isEmpty());
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
