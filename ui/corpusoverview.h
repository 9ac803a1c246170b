#pragma once
// What the side panels and filters show about the whole corpus: its entities, its deals, its
// outlets and languages. Read in the background on a store instance of its own, since at
// 100,000 articles the entity counts take a second or more.

#include "core/corpus/corpusdeals.h"
#include "core/store/storetypes.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace dealdesk {

struct CorpusOverview
{
    QString path;
    QList<EntityCount> entities;
    CorpusDeals deals; // merged across articles, with their sources
    bool dealsCapped = false; // only the newest dealReportLimit reports were read
    QStringList outlets, languages;
    QString error; // why nothing could be read, for the status bar
};

// Deal reports the panel reads at most (newest first).
inline constexpr int dealReportLimit = 5000;

// Reads the overview of the corpus at `path` (blocking; call it off the GUI thread).
[[nodiscard]] CorpusOverview readCorpusOverview(const QString &path);

class OverviewLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewLoader)

public:
    explicit OverviewLoader(QObject *parent = nullptr);
    ~OverviewLoader() override;

    // Starts reading; a result of an earlier start that is still running is dropped.
    void start(const QString &path);
    [[nodiscard]] bool isRunning() const;

signals:
    void loaded(const dealdesk::CorpusOverview &overview);

private:
    QFutureWatcher<CorpusOverview> m_watcher;
    QString m_wanted;
};

} // namespace dealdesk
