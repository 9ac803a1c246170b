// Annotating through the real window: keys in the article view, the inspector's fields, the
// deal dialog, renames, aliases; every edit with undo and redo, then the corpus closed and opened
// again to see what was written. Sentences written for this suite.
#include "core/store/editjson.h"
#include "core/store/sqlitecorpusstore.h"
#include "ui/annotationactions.h"
#include "ui/annotationcontroller.h"
#include "ui/articlereviewbar.h"
#include "ui/articleview.h"
#include "ui/dealdialog.h"
#include "ui/findingeditor.h"
#include "ui/findinginspector.h"
#include "ui/highlightspans.h"
#include "ui/historydialog.h"
#include "ui/mainwindow.h"
#include "ui/problemspanel.h"
#include "ui/renamedialog.h"
#include "ui/spanoutlines.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPalette>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <cmath>

using namespace dealdesk;
using namespace dealdesk::uitest;

namespace {

const QString bodyA = u"La startup Orsa Minore ha raccolto 7 milioni di euro da Fondo Aurora il 3 marzo 2025. "
                      "Il fondatore Marco Bellini ne ha parlato con Lince Capitale a Torino."_qs;
const QString bodyB = u"Nebbia Labs signs a cloud contract with Vela Systems. The terms were not disclosed."_qs;

// Every finding of an article in words, sorted: "text|state|origin" (a deal: "deal:investor>target").
QStringList describe(const QList<FindingRecord> &records)
{
    QStringList out;
    for (const FindingRecord &r : records) {
        QString what = r.text;
        if (const auto *d = std::get_if<Deal>(&r.value))
            what = u"deal:"_qs + d->investor + u'>' + d->target;
        if (const auto *e = std::get_if<EntityMention>(&r.value); e && e->canonical != e->text)
            what += u"="_qs + e->canonical;
        if (!r.note.isEmpty())
            what += u'#' + r.note;
        out << what + u'|' + toString(r.state) + u'|' + toString(r.origin);
    }
    out.sort();
    return out;
}

} // namespace

class TestAnnotation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_corpora = 0;
    qint64 m_a = 0, m_b = 0;

    // A fresh corpus per test: two articles with pending machine findings.
    QString makeCorpus()
    {
        const QString path = m_dir.filePath(u"annotate%1.dealdesk"_qs.arg(++m_corpora));
        auto store = createStore(path);
        if (!store)
            return {};
        const Article a = article(u"a.txt"_qs, u"Orsa Minore raccoglie fondi"_qs, bodyA, u"Gazzetta"_qs,
                                  u"2025-03-04"_qs, u"it"_qs);
        const Article b = article(u"b.txt"_qs, u"Nebbia Labs and Vela"_qs, bodyB, u"Ledger"_qs, u"2025-02-01"_qs,
                                  u"en"_qs);
        Findings fa;
        fa.entities = {entity(a.text, u"Orsa Minore"_qs, EntityType::Org, {}, int(a.text.indexOf(u"startup"_qs))),
                       entity(a.text, u"Fondo Aurora"_qs, EntityType::Org),
                       entity(a.text, u"Marco Bellini"_qs, EntityType::Person)};
        fa.amounts = {amount(a.text, u"7 milioni di euro"_qs, {u"EUR"_qs, 7e6, 7e6, Qualifier::Exact})};
        fa.dates = {date(a.text, u"3 marzo 2025"_qs, u"2025-03-03"_qs, DateGrain::Day)};
        Findings fb;
        fb.entities = {entity(b.text, u"Nebbia Labs"_qs, EntityType::Org, {}, int(b.text.indexOf(u"signs"_qs)) - 12),
                       entity(b.text, u"Vela Systems"_qs, EntityType::Org)};
        if (!store->addArticlesWithFindings({a, b}, {fa, fb}).ok())
            return {};
        for (const ArticleSummary &s : store->articles({}))
            (s.title.startsWith(u"Orsa"_qs) ? m_a : m_b) = s.id;
        return path;
    }

    static QList<FindingRecord> reopened(const QString &path, qint64 articleId)
    {
        auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        if (!opened.ok())
            return {};
        return opened.value()->findingRecords(articleId);
    }

    static qint64 idOf(MainWindow &window, const QString &text)
    {
        for (const FindingRecord &r : window.articleView()->records()) {
            if (r.text == text)
                return r.id;
        }
        return 0;
    }

    static void selectText(MainWindow &window, const QString &text)
    {
        const QString &all = window.articleView()->article().text;
        const qsizetype at = all.lastIndexOf(text);
        QVERIFY(at >= 0);
        window.articleView()->setTextSelection({at, at + text.size()});
    }

    static void key(MainWindow &window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTextBrowser *text = window.articleView()->textBrowser();
        text->setFocus();
        QTest::keyClick(text, Qt::Key(key), modifiers);
    }

    // One step of an editing sequence, by name, through keys where there is one.
    void step(MainWindow &window, const QString &what)
    {
        AnnotationActions *actions = window.annotating();
        if (what == u"label1")
            return selectText(window, u"Lince Capitale"_qs), key(window, Qt::Key_1);
        if (what == u"labelPlace")
            return selectText(window, u"Torino"_qs), key(window, Qt::Key_3);
        if (what == u"endLeft")
            return key(window, Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        if (what == u"startRight")
            return key(window, Qt::Key_Right, Qt::AltModifier);
        if (what == u"selectOrsa")
            return (void)window.articleView()->selectFinding(idOf(window, u"Orsa Minore"_qs));
        if (what == u"selectAmount")
            return (void)window.articleView()->selectFinding(idOf(window, u"7 milioni di euro"_qs));
        if (what == u"accept")
            return key(window, Qt::Key_A);
        if (what == u"reject")
            return key(window, Qt::Key_R);
        if (what == u"delete")
            return key(window, Qt::Key_Delete);
        if (what == u"acceptAll")
            return key(window, Qt::Key_A, Qt::ShiftModifier);
        if (what == u"rejectAll")
            return key(window, Qt::Key_R, Qt::ShiftModifier);
        if (what == u"done")
            return (void)actions->setReview(ReviewState::Reviewed);
        if (what == u"canonical") { // through the inspector's field
            auto *edit = window.inspector()->findChild<QLineEdit *>(u"editCanonical"_qs);
            edit->setText(u"Orsa Minore SpA"_qs);
            emit edit->editingFinished();
            return;
        }
        if (what == u"note") {
            auto *edit = window.inspector()->findChild<QLineEdit *>(u"editNote"_qs);
            edit->setText(u"fonte: comunicato"_qs);
            emit edit->editingFinished();
            return;
        }
        if (what == u"currency") {
            auto *edit = window.inspector()->findChild<QLineEdit *>(u"editCurrency"_qs);
            edit->setText(u"usd"_qs);
            emit edit->editingFinished();
            return;
        }
        if (what == u"undo" || what == u"redo") {
            // Ctrl+Z reaches the window's shortcut only while it is active (a dialog was not).
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        if (what == u"undo")
            return QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        if (what == u"redo")
            return QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QFAIL(qPrintable(u"unknown step "_qs + what));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void sequences_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("expected"); // the changed findings of article A, after reopening
        QTest::addColumn<int>("undoCount");
        QTest::addRow("add, move end, accept; undo x3, redo x2")
            << QStringList{u"label1"_qs, u"endLeft"_qs, u"selectOrsa"_qs, u"accept"_qs, u"undo"_qs, u"undo"_qs,
                           u"undo"_qs, u"redo"_qs, u"redo"_qs}
            << QStringList{u"Lince Capital|accepted|person"_qs} << 2;
        QTest::addRow("add, move start; undo x2 leaves nothing")
            << QStringList{u"label1"_qs, u"startRight"_qs, u"undo"_qs, u"undo"_qs} << QStringList{} << 0;
        QTest::addRow("add, delete, undo brings it back, redo deletes, undo again")
            << QStringList{u"labelPlace"_qs, u"delete"_qs, u"undo"_qs, u"redo"_qs, u"undo"_qs}
            << QStringList{u"Torino|accepted|person"_qs} << 1;
        QTest::addRow("delete of a machine finding rejects it")
            << QStringList{u"selectOrsa"_qs, u"delete"_qs} << QStringList{u"Orsa Minore|rejected|machine"_qs} << 1;
        QTest::addRow("reject, undo goes back to pending")
            << QStringList{u"selectOrsa"_qs, u"reject"_qs, u"undo"_qs} << QStringList{} << 0;
        QTest::addRow("accept all, reject one, undo both")
            << QStringList{u"acceptAll"_qs, u"selectAmount"_qs, u"reject"_qs, u"undo"_qs, u"undo"_qs}
            << QStringList{} << 0;
        QTest::addRow("reject all pending is one step")
            << QStringList{u"rejectAll"_qs}
            << QStringList{u"3 marzo 2025|rejected|machine"_qs, u"7 milioni di euro|rejected|machine"_qs,
                           u"Fondo Aurora|rejected|machine"_qs, u"Marco Bellini|rejected|machine"_qs,
                           u"Orsa Minore|rejected|machine"_qs} << 1;
        QTest::addRow("canonical edited in the inspector; undo, redo")
            << QStringList{u"selectOrsa"_qs, u"canonical"_qs, u"undo"_qs, u"redo"_qs}
            << QStringList{u"Orsa Minore=Orsa Minore SpA|accepted|machine"_qs} << 1;
        QTest::addRow("note on a finding; undo, redo")
            << QStringList{u"selectAmount"_qs, u"note"_qs, u"undo"_qs, u"redo"_qs}
            << QStringList{u"7 milioni di euro#fonte: comunicato|pending|machine"_qs} << 1;
        QTest::addRow("hand-made finding with a note deleted; undo brings both back")
            << QStringList{u"labelPlace"_qs, u"note"_qs, u"delete"_qs, u"undo"_qs}
            << QStringList{u"Torino#fonte: comunicato|accepted|person"_qs} << 2;
        QTest::addRow("currency edited, undone: value and pending state back")
            << QStringList{u"selectAmount"_qs, u"currency"_qs, u"undo"_qs} << QStringList{} << 0;
    }

    void sequences()
    {
        QFETCH(QStringList, steps);
        QFETCH(QStringList, expected);
        QFETCH(int, undoCount);
        const QString path = makeCorpus();
        QVERIFY(!path.isEmpty());
        const QStringList untouched = describe(reopened(path, m_a));
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openCorpus(path));
            window.selectRow(0);
            QCOMPARE(window.articleView()->article().id, u"a.txt"_qs);
            for (const QString &s : steps) {
                step(window, s);
                if (QTest::currentTestFailed())
                    return;
            }
            QCOMPARE(window.annotation()->undoStack()->index(), undoCount);
            // What the view shows is what the store holds.
            QCOMPARE(describe(window.articleView()->records()), describe(reopened(path, m_a)));
        }
        // Closed and opened again: the edits are in the file, no Save needed.
        QStringList changed;
        for (const QString &line : describe(reopened(path, m_a))) {
            if (!untouched.contains(line))
                changed << line;
        }
        QCOMPARE(changed, expected);
    }

    void labelKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value"); // canonical, "CUR low high", or "iso grain"
        QTest::addRow("1 org") << int(Qt::Key_1) << u"Lince Capitale"_qs << int(FindingKind::Entity) << u"ORG:Lince Capitale"_qs;
        QTest::addRow("2 person") << int(Qt::Key_2) << u"Marco Bellini"_qs << int(FindingKind::Entity) << u"PERSON:Marco Bellini"_qs;
        QTest::addRow("3 place") << int(Qt::Key_3) << u"Torino"_qs << int(FindingKind::Entity) << u"PLACE:Torino"_qs;
        QTest::addRow("4 product") << int(Qt::Key_4) << u"startup"_qs << int(FindingKind::Entity) << u"PRODUCT:startup"_qs;
        QTest::addRow("5 project") << int(Qt::Key_5) << u"Fondo Aurora"_qs << int(FindingKind::Entity) << u"PROJECT:Fondo Aurora"_qs;
        // The project's own readers fill the values of money and dates.
        QTest::addRow("m money") << int(Qt::Key_M) << u"7 milioni di euro"_qs << int(FindingKind::Amount) << u"EUR 7000000 7000000"_qs;
        QTest::addRow("d date") << int(Qt::Key_D) << u"3 marzo 2025"_qs << int(FindingKind::Date) << u"2025-03-03 day"_qs;
    }

    void labelKeys()
    {
        QFETCH(int, key);
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, value);
        const QString path = makeCorpus();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(path));
        window.selectRow(0);
        selectText(window, QLatin1Char(' ') + text); // the space before is left out of the label
        TestAnnotation::key(window, key);
        QCOMPARE(window.annotation()->undoStack()->count(), 1);
        const qint64 added = window.annotation()->lastAddedId();
        const FindingRecord *selected = window.articleView()->selectedFinding();
        QVERIFY(selected);
        QCOMPARE(selected->id, added); // the new finding is selected, ready for the inspector
        const QList<FindingRecord> records = reopened(path, m_a);
        auto it = std::find_if(records.cbegin(), records.cend(), [added](const FindingRecord &r) { return r.id == added; });
        QVERIFY(it != records.cend());
        QCOMPARE(int(it->kind), kind);
        QCOMPARE(it->text, text);
        QCOMPARE(toString(it->state), toString(FindingState::Accepted));
        QCOMPARE(toString(it->origin), toString(FindingOrigin::Person));
        QString got;
        if (const auto *e = std::get_if<EntityMention>(&it->value))
            got = toString(e->type) + u':' + e->canonical;
        else if (const auto *a = std::get_if<Amount>(&it->value))
            got = u"%1 %2 %3"_qs.arg(a->money.currency).arg(a->money.low, 0, 'f', 0).arg(a->money.high, 0, 'f', 0);
        else if (const auto *d = std::get_if<DateMention>(&it->value))
            got = d->value + u' ' + toString(d->grain);
        QCOMPARE(got, value);
    }

    void undoAcrossArticles()
    {
        const QString path = makeCorpus();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(path));
        window.selectRow(0);
        step(window, u"selectOrsa"_qs);
        step(window, u"accept"_qs);
        window.selectRow(1);
        QCOMPARE(window.articleView()->article().id, u"b.txt"_qs);
        step(window, u"undo"_qs);
        // The undo shows the article it changed, with the finding it changed selected.
        QCOMPARE(window.articleView()->article().id, u"a.txt"_qs);
        QVERIFY(window.articleView()->selectedFinding());
        QCOMPARE(window.articleView()->selectedFinding()->text, u"Orsa Minore"_qs);
        QCOMPARE(toString(window.articleView()->selectedFinding()->state), toString(FindingState::Pending));
    }

    void dealDialog()
    {
        const QString path = makeCorpus();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(path));
        window.selectRow(0);
        step(window, u"selectAmount"_qs);
        // The dialog offers the sentence's parties and amount first.
        bool checked = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<DealDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->investorBox()->itemText(1), u"Orsa Minore"_qs);
            QCOMPARE(dialog->targetBox()->itemText(2), u"Fondo Aurora"_qs);
            QVERIFY(dialog->amountBox()->currentText().contains(u"7 milioni di euro"_qs));
            QCOMPARE(dialog->dateBox()->currentText(), u"2025-03-03"_qs);
            dialog->investorBox()->setCurrentIndex(2);
            dialog->targetBox()->setCurrentIndex(1);
            dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(int(DealStatus::Completed)));
            checked = true;
            dialog->accept();
        });
        key(window, Qt::Key_D, Qt::ShiftModifier);
        QVERIFY(checked);
        const QList<FindingRecord> records = reopened(path, m_a);
        auto it = std::find_if(records.cbegin(), records.cend(),
                               [](const FindingRecord &r) { return r.kind == FindingKind::Deal; });
        QVERIFY(it != records.cend());
        const Deal &deal = std::get<Deal>(it->value);
        QCOMPARE(deal.investor, u"Fondo Aurora"_qs);
        QCOMPARE(deal.target, u"Orsa Minore"_qs);
        QCOMPARE(deal.money, std::optional<Money>(Money{u"EUR"_qs, 7e6, 7e6, Qualifier::Exact}));
        QCOMPARE(toString(deal.status), toString(DealStatus::Completed));
        QCOMPARE(deal.date, u"2025-03-03"_qs);
        // The evidence is the whole sentence the amount stands in.
        QCOMPARE(it->text, bodyA.left(bodyA.indexOf(u'.') + 1));
        QCOMPARE(toString(it->origin), toString(FindingOrigin::Person));
        // Listed in the inspector; deleted from its list, and back with an undo.
        auto *deals = window.inspector()->findChild<QTreeWidget *>(u"articleDeals"_qs);
        QCOMPARE(deals->topLevelItemCount(), 1);
        emit window.inspector()->dealRemoveRequested(deals->topLevelItem(0)->data(0, Qt::UserRole + 1).toInt());
        QCOMPARE(deals->topLevelItemCount(), 0);
        step(window, u"undo"_qs);
        QCOMPARE(deals->topLevelItemCount(), 1);
        QCOMPARE(describe(reopened(path, m_a)).filter(u"deal:"_qs), QStringList{u"deal:Fondo Aurora>Orsa Minore|accepted|person"_qs});
    }

    void renameAndUndo()
    {
        const QString path = makeCorpus();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(path));
        window.selectRow(0);
        AnnotationController *annotation = window.annotation();
        // Merging into a name the corpus holds says so.
        RenameDialog dialog(u"Fondo Aurora"_qs, annotation->store()->canonicalNames(EntityType::Org));
        dialog.nameEdit()->setText(u"Vela Systems"_qs);
        QVERIFY(dialog.isMerge());
        QVERIFY(dialog.hint().contains(u"merged"_qs));
        dialog.nameEdit()->setText(u"Fondo Aurora Sgr"_qs);
        QVERIFY(!dialog.isMerge());

        QVERIFY(annotation->renameEntity(EntityType::Org, u"Fondo Aurora"_qs, u"Fondo Aurora Sgr"_qs));
        QVERIFY(describe(reopened(path, m_a)).contains(u"Fondo Aurora=Fondo Aurora Sgr|pending|machine"_qs));
        QVERIFY(describe(window.articleView()->records()).contains(u"Fondo Aurora=Fondo Aurora Sgr|pending|machine"_qs));
        QVERIFY(annotation->store()->canonicalNames(EntityType::Org).contains(u"Fondo Aurora Sgr"_qs));
        step(window, u"undo"_qs);
        QVERIFY(describe(reopened(path, m_a)).contains(u"Fondo Aurora|pending|machine"_qs));
        QVERIFY(!annotation->store()->canonicalNames(EntityType::Org).contains(u"Fondo Aurora Sgr"_qs));
        step(window, u"redo"_qs);
        QVERIFY(describe(reopened(path, m_a)).contains(u"Fondo Aurora=Fondo Aurora Sgr|pending|machine"_qs));
    }

    void aliasUndoRedo_data()
    {
        QTest::addColumn<QString>("before"); // what "OM" means before the add; empty: nothing
        QTest::addColumn<bool>("pushed");    // the add is an undo step
        QTest::addRow("a new alias") << QString() << true;
        QTest::addRow("an alias moved from another name") << u"Fondo Aurora"_qs << true;
        QTest::addRow("already an alias: no undo step") << u"Orsa Minore"_qs << false;
    }

    void aliasUndoRedo()
    {
        QFETCH(QString, before);
        QFETCH(bool, pushed);
        const QString path = makeCorpus();
        const auto meaning = [](const CorpusStore &store) {
            for (const LearnedName &n : store.learnedNames()) {
                if (n.type == EntityType::Org && n.aliases.contains(u"OM"_qs))
                    return n.canonical;
            }
            return QString();
        };
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openCorpus(path));
            window.selectRow(0);
            CorpusStore *store = window.annotation()->store();
            if (!before.isEmpty())
                QVERIFY(store->addAlias(EntityType::Org, before, u"OM"_qs).ok());
            // Through the entity panel's dialog, which no longer warns that it is for good.
            bool asked = false;
            QTimer::singleShot(0, &window, [&] {
                auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QVERIFY2(!dialog->labelText().contains(u"undone"_qs), qPrintable(dialog->labelText()));
                dialog->setTextValue(u"  OM "_qs);
                asked = true;
                dialog->accept();
            });
            window.annotating()->addAlias(EntityType::Org, u"Orsa Minore"_qs);
            QVERIFY(asked);
            QCOMPARE(meaning(*store), u"Orsa Minore"_qs);
            QCOMPARE(window.annotation()->undoStack()->count(), pushed ? 1 : 0);
            if (!pushed)
                return;
            step(window, u"undo"_qs);
            QCOMPARE(meaning(*store), before); // gone, or back to the name it meant
            step(window, u"redo"_qs);
            QCOMPARE(meaning(*store), u"Orsa Minore"_qs);
            step(window, u"undo"_qs);
            step(window, u"redo"_qs);
        }
        // Closed and opened again: the redo is in the file.
        auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        QVERIFY(opened.ok());
        QCOMPARE(meaning(*opened.value()), u"Orsa Minore"_qs);
        // The history says it in words.
        QCOMPARE(HistoryDialog::actionName(EditAction::Unalias), u"alias removed"_qs);
        QCOMPARE(HistoryDialog::describe(aliasEditJson(EntityType::Org, u"Orsa Minore"_qs, u"OM"_qs)),
                 u"OM = Orsa Minore"_qs);
    }

    void aliasUndoneAfterReopen()
    {
        // Undone and the corpus closed: the alias stays forgotten.
        const QString path = makeCorpus();
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openCorpus(path));
            QVERIFY(window.annotation()->addAlias(EntityType::Org, u"Orsa Minore"_qs, u"OM"_qs));
            step(window, u"undo"_qs);
            QCOMPARE(window.annotation()->undoStack()->index(), 0);
        }
        auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->learnedNames().size(), 0);
    }

    void reviewNoteAndHistory()
    {
        const QString path = makeCorpus();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(path));
        window.annotation()->store()->setEditor(u"Giulia Test"_qs);
        window.selectRow(0);
        AnnotationActions *actions = window.annotating();
        QCOMPARE(toString(actions->reviewState()), toString(ReviewState::Unreviewed));
        actions->action(u"reviewInProgress"_qs)->trigger();
        QCOMPARE(toString(actions->reviewState()), toString(ReviewState::InProgress));
        QVERIFY2(actions->reviewBar()->reviewText().contains(u"Giulia Test"_qs), qPrintable(actions->reviewBar()->reviewText()));
        actions->action(u"reviewDone"_qs)->trigger();
        step(window, u"undo"_qs);
        QCOMPARE(toString(actions->reviewState()), toString(ReviewState::InProgress));
        // The article's note is written when the field is left, and undone like any edit.
        QLineEdit *note = actions->reviewBar()->noteEdit();
        note->setText(u"Chiedere conferma a Fondo Aurora"_qs);
        emit note->editingFinished();
        QCOMPARE(window.annotation()->store()->articleNote(m_a), u"Chiedere conferma a Fondo Aurora"_qs);
        step(window, u"undo"_qs);
        QCOMPARE(window.annotation()->store()->articleNote(m_a), QString());
        QCOMPARE(note->text(), QString());
        // The history lists who did what, in words.
        step(window, u"selectOrsa"_qs);
        step(window, u"accept"_qs);
        HistoryDialog history(u"A"_qs, window.annotation()->store()->history(m_a));
        QTreeWidget *rows = history.view();
        QVERIFY(rows->topLevelItemCount() >= 4);
        QTreeWidgetItem *last = rows->topLevelItem(rows->topLevelItemCount() - 1);
        QCOMPARE(last->text(1), u"Giulia Test"_qs);
        QCOMPARE(last->text(2), u"accepted"_qs);
        QCOMPARE(last->text(3), u"to review"_qs);
        QCOMPARE(last->text(4), u"accepted"_qs);
    }

    void storeErrorIsNotPushed()
    {
        const QString path = makeCorpus();
        MainWindow window;
        QVERIFY(window.openCorpus(path));
        window.selectRow(0);
        FindingRecord ghost = window.articleView()->records().first();
        ghost.id = 987654; // no such finding: the store refuses
        const int problems = window.problemsPanel()->count();
        QVERIFY(!window.annotation()->setState(ghost, FindingState::Accepted));
        QCOMPARE(window.annotation()->undoStack()->count(), 0);
        QCOMPARE(window.problemsPanel()->count(), problems + 1);
    }

    void stylesShowState()
    {
        const QString path = makeCorpus();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(path));
        window.selectRow(0);
        step(window, u"selectOrsa"_qs);
        step(window, u"accept"_qs);
        step(window, u"labelPlace"_qs);
        ArticleView *view = window.articleView();
        auto formatAt = [view](const QString &text) {
            QTextCursor cursor(view->document());
            cursor.setPosition(int(view->article().text.indexOf(text)) + 1);
            return cursor.charFormat();
        };
        // Pending: dotted underline, lighter fill; accepted and hand-made: solid underline.
        QCOMPARE(formatAt(u"Fondo Aurora"_qs).underlineStyle(), QTextCharFormat::DotLine);
        QCOMPARE(formatAt(u"Orsa Minore ha"_qs).underlineStyle(), QTextCharFormat::SingleUnderline);
        QCOMPARE(formatAt(u"Torino"_qs).underlineStyle(), QTextCharFormat::SingleUnderline);
        QVERIFY(formatAt(u"Fondo Aurora"_qs).background().color() != formatAt(u"Orsa Minore ha"_qs).background().color());
        // A hand-made span is outlined: its rectangle lies on the text.
        auto *outlines = view->findChild<SpanOutlines *>();
        QVERIFY(outlines);
        const qsizetype at = view->article().text.indexOf(u"Torino"_qs);
        const QList<QRect> rects = outlines->lineRects({at, at + 6});
        QCOMPARE(rects.size(), 1);
        QVERIFY(rects.first().width() > 10);
    }

    void pendingFillReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<int>("kind");
        for (const bool dark : {false, true}) {
            for (HighlightKind kind : allHighlightKinds())
                QTest::addRow("%s %s", dark ? "dark" : "light", qPrintable(highlightKindKey(kind))) << dark << int(kind);
        }
    }

    void pendingFillReadable()
    {
        // The lighter fill of a pending suggestion keeps WCAG AA contrast (4.5:1) with the text,
        // and differs from the decided fill, on a light and on a dark palette.
        QFETCH(bool, dark);
        QFETCH(int, kind);
        QPalette palette;
        palette.setColor(QPalette::Base, dark ? QColor(0x23, 0x26, 0x29) : QColor(Qt::white));
        palette.setColor(QPalette::Text, dark ? QColor(0xef, 0xf0, 0xf1) : QColor(0x23, 0x26, 0x29));
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const QColor pending = highlightBackground(HighlightKind(kind), palette, true);
        const double a = luminance(pending);
        const double b = luminance(palette.color(QPalette::Text));
        const double contrast = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
        QVERIFY(pending != highlightBackground(HighlightKind(kind), palette, false));
    }

    void deleteKeyOnlyInTheArticle()
    {
        // Delete in the article list (or a text field) never deletes a finding.
        const QString path = makeCorpus();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCorpus(path));
        window.selectRow(0);
        step(window, u"selectOrsa"_qs);
        auto *list = window.findChild<QTableView *>(u"articleList"_qs);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(window.annotation()->undoStack()->count(), 0);
        step(window, u"delete"_qs); // in the article it does
        QCOMPARE(window.annotation()->undoStack()->count(), 1);
    }

    void nestedSpansStayVisible()
    {
        HighlightSpans spans;
        const QString text = u"Il fondo Lince Capitale Torino investe."_qs;
        FindingRecord outer, inner;
        outer.kind = inner.kind = FindingKind::Entity;
        outer.range = rangeOf(text, u"Lince Capitale Torino"_qs);
        outer.value = EntityMention{outer.range, u"Lince Capitale Torino"_qs, EntityType::Org, u"Lince"_qs};
        inner.range = rangeOf(text, u"Torino"_qs);
        inner.value = EntityMention{inner.range, u"Torino"_qs, EntityType::Place, u"Torino"_qs};
        spans.setRecords({outer, inner}, text.size());
        QCOMPARE(spans.spans().size(), 2);
        QVERIFY(spans.spans()[0].holdsOthers);  // drawn with a bar above, over the inner fill
        QVERIFY(!spans.spans()[1].holdsOthers);
        QCOMPARE(spans.spanAt(inner.range.start + 1, {}), 1); // a click reaches the inner one
    }

    void cleanupTestCase() {}
};

QTEST_MAIN(TestAnnotation)
#include "tst_annotation.moc"
