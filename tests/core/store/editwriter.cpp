// A test helper, not a test: opens the corpus given on the command line and makes a stream of
// edits through the store, as the desk would, printing one line per edit AFTER the store call
// returned ok and flushing it at once. tst_storekill kills it with SIGKILL mid-stream and then
// looks for every printed edit in the corpus.
//
// usage: store_editwriter CORPUS ARTICLE_ID [MAX_EDITS]
// Each line: "<n> <action> <finding id> <value>", n counting from 0. The edits cycle through
// add, accept, update, note, rename, and every few cycles an article note, a review state and
// a removal, each on findings the writer made itself.

#include "core/store/sqlitecorpusstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace dealdesk;

namespace {

void say(qint64 n, const char *action, qint64 id, const QString &value)
{
    QTextStream out(stdout);
    out << n << ' ' << action << ' ' << id << ' ' << value << '\n';
    out.flush();
    std::fflush(stdout);
}

int fail(const QString &message)
{
    QTextStream(stderr) << "store_editwriter: " << message << '\n';
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(QStringLiteral("usage: store_editwriter CORPUS ARTICLE_ID [MAX_EDITS]"));
    const qint64 article = args[2].toLongLong();
    const qint64 max = args.size() > 3 ? args[3].toLongLong() : 100000;
    auto opened = SqliteCorpusStore::open(args[1], SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened.ok())
        return fail(opened.error().message());
    CorpusStore &store = *opened.value();
    store.setEditor(QStringLiteral("writer"));
    const auto text = store.article(article);
    if (!text || text->text.size() < 10)
        return fail(QStringLiteral("no article %1").arg(article));
    const qsizetype length = text->text.size();

    qint64 current = 0;  // the finding this cycle works on
    qint64 previous = 0; // the one of the cycle before, removed now and then
    for (qint64 n = 0; n < max; ++n) {
        const qint64 cycle = n / 5;
        const qsizetype start = qsizetype(cycle % (length - 2));
        switch (n % 5) {
        case 0: {
            const QString name = QStringLiteral("N%1").arg(n);
            const auto id = store.addFinding(
                article, EntityMention{{start, start + 2}, text->text.mid(start, 2), EntityType::Org, name},
                FindingState::Pending);
            if (!id.ok())
                return fail(id.error().message());
            previous = current;
            current = id.value();
            say(n, "add", current, name);
            break;
        }
        case 1:
            if (!store.setFindingState(current, FindingState::Accepted).ok())
                return fail(QStringLiteral("accept"));
            say(n, "accept", current, QStringLiteral("accepted"));
            break;
        case 2: {
            const QString name = QStringLiteral("U%1").arg(n);
            if (!store.updateFinding(current, EntityMention{{start, start + 1}, text->text.mid(start, 1),
                                                            EntityType::Org, name})
                     .ok())
                return fail(QStringLiteral("update"));
            say(n, "update", current, name);
            break;
        }
        case 3: {
            const QString note = QStringLiteral("nota-%1").arg(n);
            if (!store.setFindingNote(current, note).ok())
                return fail(QStringLiteral("note"));
            say(n, "note", current, note);
            break;
        }
        case 4: {
            // Every third cycle the article instead; every seventh a removal; else a rename.
            if (cycle % 7 == 6 && previous > 0) {
                if (!store.removeFinding(previous).ok())
                    return fail(QStringLiteral("remove"));
                say(n, "remove", previous, QStringLiteral("-"));
                previous = 0;
            } else if (cycle % 3 == 2) {
                const QString note = QStringLiteral("articolo-%1").arg(n);
                if (!store.setArticleNote(article, note).ok()
                    || !store.setReviewState(article, ReviewState((cycle / 3) % 3)).ok())
                    return fail(QStringLiteral("article note"));
                say(n, "article", 0, note);
            } else {
                const QString from = QStringLiteral("U%1").arg(n - 2);
                const QString to = QStringLiteral("R%1").arg(n);
                if (!store.renameEntity(EntityType::Org, from, to).ok())
                    return fail(QStringLiteral("rename"));
                say(n, "rename", current, to);
            }
            break;
        }
        }
    }
    return 0;
}
