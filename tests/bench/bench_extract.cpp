// Extraction throughput on one core, in MB of UTF-8 text per second.
// usage: bench_extract CORPUS.jsonl   (from ../shared/bench/make_corpus.py N OUT --jsonl)
// Prints the baseline (decode + ICU word breaks, what every extractor must at least pay) and
// the whole extractor, so the extractor's own cost reads as the difference. Each figure is
// given by the wall clock and by the processor time of this process: on a machine shared with
// other work the wall clock counts their time too, the processor time does not.
#include "core/extract/extractor.h"
#include "core/import/articlereader.h"
#include "core/text/article.h"
#include "core/text/tokenizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace dealdesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_extract CORPUS.jsonl\n";
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        out << file.fileName() << ": " << file.errorString() << "\n";
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const double megabytes = double(bytes.size()) / (1024.0 * 1024.0);

    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    qsizetype tokens = 0;
    for (const QByteArray &line : bytes.split('\n')) {
        const QString text = QString::fromUtf8(line);
        tokens += tokenize(text).size();
    }
    const double baseline = timer.nsecsElapsed() / 1e9;
    const double baselineCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;

    const ReadOutcome read = readJsonLines(bytes, file.fileName());
    const Extractor extractor;
    timer.restart();
    cpu = std::clock();
    qsizetype entities = 0, amounts = 0, dates = 0, deals = 0;
    for (const Article &a : read.articles) {
        const Findings f = extractor.run(a);
        entities += f.entities.size();
        amounts += f.amounts.size();
        dates += f.dates.size();
        deals += f.deals.size();
    }
    const double extraction = timer.nsecsElapsed() / 1e9;
    const double extractionCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;

    out << "corpus: " << read.articles.size() << " articles, " << QString::number(megabytes, 'f', 1)
        << " MB\n";
    out << "baseline (UTF-8 decode + ICU word breaks): " << QString::number(megabytes / baseline, 'f', 1)
        << " MB/s (" << tokens << " tokens)\n";
    out << "extractor (one core, everything on):        " << QString::number(megabytes / extraction, 'f', 1)
        << " MB/s (" << entities << " entities, " << amounts << " amounts, " << dates << " dates, "
        << deals << " deals)\n";
    out << "by processor time: baseline " << QString::number(megabytes / baselineCpu, 'f', 1) << " MB/s, extractor "
        << QString::number(megabytes / extractionCpu, 'f', 1) << " MB/s\n";
    return 0;
}
