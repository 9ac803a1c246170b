#include "ui/corpusoverview.h"

#include "core/store/sqlitecorpusstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dealdesk {

CorpusOverview readCorpusOverview(const QString &path)
{
    CorpusOverview overview;
    overview.path = path;
    auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    if (!opened.ok()) {
        overview.error = opened.error().message();
        return overview;
    }
    const SqliteCorpusStore &store = *opened.value();
    overview.outlets = store.outlets();
    overview.languages = store.languages();
    overview.entities = store.entityCounts();
    // Merging compares deals pairwise: the newest reports make the panel, the command line
    // (`dealdesk deals`) merges them all.
    const QList<StoredDeal> recent = store.recentDeals(dealReportLimit);
    overview.dealsCapped = recent.size() == dealReportLimit;
    overview.deals = mergeStoredDeals(recent);
    // The panel shows a few sources' sentences per deal; a deal a thousand articles repeat
    // keeps the rest as ids only (at 100,000 articles this is hundreds of MB less).
    constexpr int sentencesKept = 3;
    for (MergedDeal &deal : overview.deals.deals) {
        for (qsizetype i = sentencesKept; i < deal.sources.size(); ++i)
            deal.sources[i].evidence = QString();
    }
    return overview;
}

OverviewLoader::OverviewLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<CorpusOverview>::finished, this, [this] {
        const CorpusOverview overview = m_watcher.result();
        if (overview.path == m_wanted)
            emit loaded(overview);
        else
            start(m_wanted); // the corpus changed while we read the old one
    });
}

OverviewLoader::~OverviewLoader()
{
    m_watcher.waitForFinished();
}

void OverviewLoader::start(const QString &path)
{
    m_wanted = path;
    if (m_watcher.isRunning())
        return; // finished() starts again with the path wanted by then
    m_watcher.setFuture(QtConcurrent::run([path] { return readCorpusOverview(path); }));
}

bool OverviewLoader::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace dealdesk
