#include "ui/chart/chartwindow.h"

#include "core/chart/chartbuilder.h"
#include "core/chart/charttext.h"
#include "core/corpus/corpusdeals.h"
#include "core/store/sqlitecorpusstore.h"
#include "ui/chart/chartexport.h"
#include "ui/chart/chartstyle.h"
#include "ui/chart/dealchart.h"
#include "ui/chart/ratesdialog.h"

#include <QChartView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace dealdesk {
namespace {

constexpr int ArticleRole = Qt::UserRole + 1;
constexpr int InvestorRole = Qt::UserRole + 2;
constexpr int TargetRole = Qt::UserRole + 3;

QComboBox *choice(QWidget *parent, const QString &name, const QList<QPair<QString, QString>> &items)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (const auto &[key, text] : items)
        box->addItem(text, key);
    return box;
}

void select(QComboBox *box, const QString &key)
{
    const int i = box->findData(key);
    if (i >= 0)
        box->setCurrentIndex(i);
}

QString key(const QComboBox *box)
{
    return box->currentData().toString();
}

// A field of the page's words: empty, it shows the generated text as its placeholder.
QLineEdit *wordsField(QWidget *parent, const QString &name, const QString &tip)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setClearButtonEnabled(true);
    edit->setToolTip(tip);
    return edit;
}

} // namespace

ChartWindow::ChartWindow(QWidget *parent) : QWidget(parent), m_rates(ExchangeRates::defaults())
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ChartWindow::refresh);
    buildControls();
    restoreSettings();
}

ChartWindow::~ChartWindow() = default;

void ChartWindow::buildControls()
{
    m_kind = choice(this, u"chartKind"_qs, {{u"sizes"_qs, tr("Deal sizes")}, {u"timeline"_qs, tr("Timeline")}});
    m_grouping = choice(this, u"chartGrouping"_qs,
                        {{u"deal"_qs, tr("One bar per deal")},
                         {u"investor"_qs, tr("Summed per investor")},
                         {u"target"_qs, tr("Summed per target")},
                         {u"month"_qs, tr("Summed per month")}});
    m_colouring = choice(this, u"chartColouring"_qs,
                         {{u"status"_qs, tr("Colour by status")}, {u"investor"_qs, tr("Colour by investor")}});
    m_scale = choice(this, u"chartScale"_qs, {{u"linear"_qs, tr("Linear scale")}, {u"log"_qs, tr("Log scale")}});
    m_grain = choice(this, u"chartGrain"_qs,
                     {{u"day"_qs, tr("Days")}, {u"month"_qs, tr("Months")}, {u"quarter"_qs, tr("Quarters")},
                      {u"year"_qs, tr("Years")}});
    m_currency = new QComboBox(this);
    m_currency->setObjectName(u"chartCurrency"_qs);
    m_currency->setToolTip(tr("Amounts are converted to this currency for display only"));
    m_cumulative = new QCheckBox(tr("Running total"), this);
    m_cumulative->setObjectName(u"chartCumulative"_qs);
    m_acceptedOnly = new QCheckBox(tr("Accepted only"), this);
    m_acceptedOnly->setObjectName(u"chartAcceptedOnly"_qs);
    m_acceptedOnly->setToolTip(tr("Only deals a journalist accepted"));
    m_ratesButton = new QPushButton(tr("Rates…"), this);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setObjectName(u"chartExport"_qs);
    m_copyAlt = new QPushButton(tr("Copy alt text"), this);

    auto *controls = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_grouping, m_grain, m_colouring, m_scale, m_currency,
                                                       m_cumulative, m_acceptedOnly})
        controls->addWidget(w);
    controls->addStretch(1);
    controls->addWidget(m_ratesButton);
    controls->addWidget(m_copyAlt);
    controls->addWidget(m_export);

    // The page's words: what the journalist writes replaces the generated text, shown grey
    // while the field is empty; cleared, the field gives it back.
    m_title = wordsField(this, u"chartTitle"_qs, tr("The chart's title; empty: the generated one, shown in grey"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_subtitle = wordsField(this, u"chartSubtitle"_qs, tr("The subtitle; empty: the generated one, shown in grey"));
    m_note = wordsField(this, u"chartNote"_qs, tr("A note of your own, printed before the generated notes"));
    m_note->setPlaceholderText(tr("Your note (optional)"));
    m_credit = wordsField(this, u"chartCredit"_qs, tr("Who made the chart: the credit line"));
    m_credit->setPlaceholderText(u"Dealdesk"_qs);
    m_legend = new QLabel(this); // the colours' names, as the exported page has them
    m_legend->setObjectName(u"chartLegend"_qs);
    m_notes = new QLabel(this);
    m_notes->setObjectName(u"chartNotes"_qs);
    m_notes->setWordWrap(true);
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new QChartView(this);
    m_view->setObjectName(u"chartView"_qs);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_sources = new QListWidget(this);
    m_sources->setObjectName(u"chartSources"_qs);
    m_sources->setMaximumHeight(100);
    m_sources->setToolTip(tr("Double-click opens the article at the deal"));

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_note, 3);
    footer->addWidget(m_credit, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);
    layout->addWidget(m_notes);
    layout->addWidget(m_sources);

    const auto changed = [this] {
        m_grouping->setVisible(key(m_kind) == u"sizes");
        m_grain->setVisible(key(m_kind) == u"timeline");
        m_cumulative->setVisible(key(m_kind) == u"timeline");
        if (m_restoring)
            return;
        saveSettings();
        refresh();
    };
    for (QComboBox *box : {m_kind, m_grouping, m_colouring, m_scale, m_grain, m_currency})
        connect(box, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *box : {m_cumulative, m_acceptedOnly})
        connect(box, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit : {m_title, m_subtitle, m_note, m_credit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (m_restoring)
                return;
            showNotes();
            saveSettings();
        });
    }
    connect(m_ratesButton, &QPushButton::clicked, this, &ChartWindow::editRates);
    connect(m_export, &QPushButton::clicked, this, &ChartWindow::exportChosen);
    connect(m_copyAlt, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(altText(m_data, caption())); });
    connect(m_sources, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit sourceActivated(item->data(ArticleRole).toLongLong(), item->data(InvestorRole).toString(),
                             item->data(TargetRole).toString());
    });
}

void ChartWindow::setStoreSource(std::function<const CorpusStore *()> source)
{
    m_storeSource = std::move(source);
    m_dirty = true;
}

void ChartWindow::followList(const QString &searchText, const ArticleFilter &filter)
{
    m_filter = ArticleQuery{};
    m_filter.text = searchText;
    m_filter.language = filter.language;
    m_filter.outlet = filter.outlet;
    m_filter.publishedFrom = filter.publishedFrom;
    m_filter.publishedTo = filter.publishedTo;
    m_filter.entity = filter.entity;
    m_filter.entityType = filter.entityType;
    m_filter.withDeals = filter.withDeals;
    m_dirty = true;
    if (isVisible())
        m_debounce->start();
}

void ChartWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        m_debounce->start();
}

ChartOptions ChartWindow::options() const
{
    ChartOptions o;
    o.kind = chartKindFromString(key(m_kind)).value_or(ChartKind::Sizes);
    o.grouping = chartGroupingFromString(key(m_grouping)).value_or(ChartGrouping::Deal);
    o.colouring = chartColouringFromString(key(m_colouring)).value_or(ChartColouring::Status);
    o.scale = chartScaleFromString(key(m_scale)).value_or(ChartScale::Linear);
    o.grain = timeGrainFromString(key(m_grain)).value_or(TimeGrain::Month);
    o.cumulative = m_cumulative->isChecked();
    o.acceptedOnly = m_acceptedOnly->isChecked();
    if (!m_currency->currentText().isEmpty())
        o.currency = m_currency->currentText();
    o.locale = QLocale().bcp47Name();
    return o;
}

void ChartWindow::setOptions(const ChartOptions &o)
{
    m_restoring = true;
    select(m_kind, toString(o.kind));
    select(m_grouping, toString(o.grouping));
    select(m_colouring, toString(o.colouring));
    select(m_scale, toString(o.scale));
    select(m_grain, toString(o.grain));
    m_cumulative->setChecked(o.cumulative);
    m_acceptedOnly->setChecked(o.acceptedOnly);
    m_currency->setCurrentText(o.currency);
    m_restoring = false;
    m_grouping->setVisible(o.kind == ChartKind::Sizes);
    m_grain->setVisible(o.kind == ChartKind::Timeline);
    m_cumulative->setVisible(o.kind == ChartKind::Timeline);
    saveSettings();
    refresh();
}

ChartCaption ChartWindow::caption() const
{
    return {m_title->text().trimmed(), m_subtitle->text().trimmed(), m_note->text().trimmed(),
            m_credit->text().trimmed()};
}

void ChartWindow::setCaption(const ChartCaption &caption)
{
    m_restoring = true;
    m_title->setText(caption.title);
    m_subtitle->setText(caption.subtitle);
    m_note->setText(caption.note);
    m_credit->setText(caption.credit);
    m_restoring = false;
    showNotes();
    saveSettings();
}

void ChartWindow::setRates(const ExchangeRates &rates)
{
    m_rates = rates;
    const QString current = m_currency->currentText();
    m_restoring = true;
    m_currency->clear();
    for (const ExchangeRate &r : m_rates.all())
        m_currency->addItem(r.currency);
    if (m_currency->findText(current) >= 0)
        m_currency->setCurrentText(current);
    else
        m_currency->setCurrentText(u"USD"_qs);
    m_restoring = false;
    saveSettings();
    refresh();
}

DealChart *ChartWindow::chart() const
{
    return qobject_cast<DealChart *>(m_view->chart());
}

void ChartWindow::refresh()
{
    m_debounce->stop();
    const CorpusStore *store = m_storeSource ? m_storeSource() : nullptr;
    m_dirty = false;
    const quint64 generation = ++m_generation;
    const ChartOptions o = options();
    if (!store) {
        display(buildChart(CorpusDeals{}, o, m_rates));
        return;
    }
    // Reading and merging every deal the list's filter keeps takes seconds on a large corpus
    // (400,000 reports at 100,000 articles): it runs on a store instance of its own off the
    // GUI thread, one read at a time (each holds every report in memory), and the newest
    // request wins: one made meanwhile runs when the current read ends.
    if (m_reading) {
        m_rereadWhenDone = true;
        return;
    }
    m_reading = true;
    auto *watcher = new QFutureWatcher<ChartData>(this);
    connect(watcher, &QFutureWatcher<ChartData>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_reading = false;
#ifdef __GLIBC__
        // The read held every report of the corpus (hundreds of MB at 100,000 articles) in the
        // worker's heap; glibc keeps freed memory for reuse unless asked to give it back.
        malloc_trim(0);
#endif
        if (std::exchange(m_rereadWhenDone, false))
            refresh();
        else if (generation == m_generation)
            display(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = store->path(), filter = m_filter, o, rates = m_rates] {
        auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        const CorpusDeals deals =
            opened.ok() ? mergeStoredDeals(opened.value()->deals(filter, o.acceptedOnly)) : CorpusDeals{};
        return buildChart(deals, o, rates);
    }));
}

void ChartWindow::display(const ChartData &data)
{
    m_data = data;
    m_title->setPlaceholderText(m_data.title);
    m_subtitle->setPlaceholderText(m_data.subtitle);
    m_title->setToolTip(m_data.title);
    m_subtitle->setToolTip(m_data.subtitle);
    QStringList legend;
    for (const QString &colourKey : std::as_const(m_data.colourKeys))
        legend << u"<span style=\"color:%1\">■</span>&nbsp;%2"_qs.arg(chartstyle::colourOf(m_data, colourKey).name(),
                                                                      chartstyle::legendName(m_data, colourKey).toHtmlEscaped());
    if (m_data.options.kind == ChartKind::Timeline && m_data.options.cumulative && !m_data.cumulative.isEmpty())
        legend << u"<b>—</b>&nbsp;"_qs + m_data.words.runningTotalLegend.toHtmlEscaped();
    m_legend->setText(legend.join(u"&nbsp;&nbsp;&nbsp;"_qs));
    m_legend->setVisible(!legend.isEmpty());
    showNotes();
    m_sources->clear();

    auto *chart = new DealChart(m_data); // the view owns it from setChart on
    connect(chart, &DealChart::itemHovered, this, &ChartWindow::hover);
    connect(chart, &DealChart::itemClicked, this, &ChartWindow::showSources);
    connect(chart, &DealChart::itemDoubleClicked, this, [this](int index) {
        if (index < 0 || index >= m_data.items.size() || m_data.items[index].sources.isEmpty())
            return;
        const ChartSource &s = m_data.items[index].sources.first();
        emit sourceActivated(s.articleStoreId, s.investor, s.target);
    });
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // setChart() leaves the previous chart to its caller
    m_export->setEnabled(!m_data.items.isEmpty());
    emit redrawn();
}

void ChartWindow::showNotes()
{
    // As the page prints them: her note first, the generated ones, the source line and credit.
    QStringList notes = m_data.notes;
    if (const QString note = m_note->text().trimmed(); !note.isEmpty())
        notes.prepend(QStringView(u".!?…").contains(note.back()) ? note : note + u'.');
    const QString credit = m_credit->text().trimmed().isEmpty() ? u"Dealdesk"_qs : m_credit->text().trimmed();
    QString text = notes.isEmpty() ? QString() : m_data.words.notes + u' ' + notes.join(u' ') + u"  "_qs;
    text += m_data.sourceLine + u"  ·  "_qs + QString(m_data.words.credit).arg(credit);
    m_notes->setText(text);
}

void ChartWindow::hover(int index, bool entered)
{
    if (!entered || index < 0 || index >= m_data.items.size()) {
        QToolTip::hideText();
        return;
    }
    const ChartItem &item = m_data.items[index];
    QString text = u"<b>"_qs + item.label.toHtmlEscaped() + u"</b> · "_qs + item.valueLabel.toHtmlEscaped();
    if (!item.dateText.isEmpty())
        text += u" · "_qs + item.dateText;
    if (item.deals > 1)
        text += u"<br>"_qs + tr("%n deal(s)", nullptr, item.deals);
    for (qsizetype i = 0; i < item.sources.size() && i < 6; ++i) {
        const ChartSource &s = item.sources[i];
        text += u"<br>"_qs + s.outlet.toHtmlEscaped() + u", "_qs + s.published.left(10) + u": "_qs
                + s.title.toHtmlEscaped();
    }
    if (item.sources.size() > 6)
        text += u"<br>"_qs + tr("and %n more", nullptr, int(item.sources.size() - 6));
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void ChartWindow::showSources(int index)
{
    m_sources->clear();
    if (index < 0 || index >= m_data.items.size())
        return;
    for (const ChartSource &s : m_data.items[index].sources) {
        auto *row = new QListWidgetItem(
            tr("%1 · %2 · %3").arg(s.outlet, s.published.left(10), s.title), m_sources);
        row->setToolTip(s.evidence);
        row->setData(ArticleRole, s.articleStoreId);
        row->setData(InvestorRole, s.investor);
        row->setData(TargetRole, s.target);
    }
}

bool ChartWindow::exportTo(const QString &path, QString *error)
{
    QSettings settings;
    const QSizeF size(settings.value(u"chart/exportWidth"_qs, defaultChartSize.width()).toDouble(),
                      settings.value(u"chart/exportHeight"_qs, defaultChartSize.height()).toDouble());
    const qreal ratio = settings.value(u"chart/exportRatio"_qs, 2.0).toDouble();
    if (!waitForCurrentData()) {
        if (error)
            *error = tr("The chart is still being read; try again in a moment.");
        return false;
    }
    const ChartCaption words = caption();
    if (!exportChart(m_data, words, path, size, ratio, error))
        return false;
    const QFileInfo info(path);
    QSaveFile alt(info.path() + u'/' + info.completeBaseName() + u".txt"_qs);
    if (alt.open(QIODevice::WriteOnly)) {
        alt.write((altText(m_data, words) + u'\n').toUtf8());
        return alt.commit();
    }
    return true;
}

bool ChartWindow::waitForCurrentData()
{
    // The export must hold what the options say: after "accepted only" was just ticked (the
    // export's question does it), the chart is still being read off the GUI thread.
    if (!m_reading && !m_debounce->isActive() && m_data.options == options())
        return true;
    if (m_debounce->isActive())
        refresh();
    QEventLoop loop;
    connect(this, &ChartWindow::redrawn, &loop, [this, &loop] {
        if (!m_reading && m_data.options == options())
            loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return m_data.options == options();
}

void ChartWindow::exportChosen()
{
    if (!m_acceptedOnly->isChecked()) {
        const auto answer = QMessageBox::question(
            this, tr("Export"),
            tr("The chart includes deals no journalist has accepted yet. Export only accepted deals?"),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes)
            m_acceptedOnly->setChecked(true); // redraws with accepted deals only
    }
    QSettings settings;
    const QString start = settings.value(u"chart/lastExport"_qs,
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                             + u"/chart.png"_qs)
                              .toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the chart"), start,
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Data behind the chart (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"chart/lastExport"_qs, path);
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export"), error);
}

void ChartWindow::editRates()
{
    RatesDialog dialog(m_rates, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setRates(dialog.rates());
    QSettings().setValue(u"chart/rates"_qs, m_rates.toTsv());
}

void ChartWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"chart/kind"_qs, key(m_kind));
    settings.setValue(u"chart/grouping"_qs, key(m_grouping));
    settings.setValue(u"chart/colouring"_qs, key(m_colouring));
    settings.setValue(u"chart/scale"_qs, key(m_scale));
    settings.setValue(u"chart/grain"_qs, key(m_grain));
    settings.setValue(u"chart/cumulative"_qs, m_cumulative->isChecked());
    settings.setValue(u"chart/acceptedOnly"_qs, m_acceptedOnly->isChecked());
    settings.setValue(u"chart/currency"_qs, m_currency->currentText());
    settings.setValue(u"chart/title"_qs, m_title->text());
    settings.setValue(u"chart/subtitle"_qs, m_subtitle->text());
    settings.setValue(u"chart/note"_qs, m_note->text());
    settings.setValue(u"chart/credit"_qs, m_credit->text());
}

void ChartWindow::restoreSettings()
{
    const QSettings settings;
    // The journalist's own rates when there are; the built-in table otherwise.
    if (const QString tsv = settings.value(u"chart/rates"_qs).toString(); !tsv.isEmpty()) {
        if (auto edited = ExchangeRates::parse(tsv, u"settings"_qs))
            m_rates = *edited;
    }
    m_restoring = true;
    for (const ExchangeRate &r : m_rates.all())
        m_currency->addItem(r.currency);
    // A first chart: the largest deals, coloured by status, in dollars, with every finding (a
    // new corpus has none accepted yet; export asks).
    select(m_kind, settings.value(u"chart/kind"_qs, u"sizes"_qs).toString());
    select(m_grouping, settings.value(u"chart/grouping"_qs, u"deal"_qs).toString());
    select(m_colouring, settings.value(u"chart/colouring"_qs, u"status"_qs).toString());
    select(m_scale, settings.value(u"chart/scale"_qs, u"linear"_qs).toString());
    select(m_grain, settings.value(u"chart/grain"_qs, u"month"_qs).toString());
    m_cumulative->setChecked(settings.value(u"chart/cumulative"_qs, true).toBool());
    m_acceptedOnly->setChecked(settings.value(u"chart/acceptedOnly"_qs, false).toBool());
    m_currency->setCurrentText(settings.value(u"chart/currency"_qs, u"USD"_qs).toString());
    m_title->setText(settings.value(u"chart/title"_qs).toString());
    m_subtitle->setText(settings.value(u"chart/subtitle"_qs).toString());
    m_note->setText(settings.value(u"chart/note"_qs).toString());
    m_credit->setText(settings.value(u"chart/credit"_qs).toString());
    m_restoring = false;
    m_grouping->setVisible(key(m_kind) == u"sizes");
    m_grain->setVisible(key(m_kind) == u"timeline");
    m_cumulative->setVisible(key(m_kind) == u"timeline");
}

} // namespace dealdesk
