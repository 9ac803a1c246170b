#pragma once
// The chart dock: a chart of the deals of the articles the list shows (its search and
// filters), with the choices of kind, grouping, colour, scale, grain, currency and "accepted
// only", the page's words the journalist writes (title, subtitle, her note, credit; empty
// fields show the generated ones), exports (PNG, SVG, PDF, CSV + alt text), and the rates
// table. Hovering a bar or a marker shows the deal and its sources; clicking lists the source
// articles; double-clicking one (or the item) asks to open the article at the deal. The last
// choices and words are remembered.

#include "core/chart/chartdata.h"
#include "core/chart/exchangerates.h"
#include "core/store/storetypes.h"
#include "ui/articlelistmodel.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace dealdesk {

class CorpusStore;
class DealChart;

class ChartWindow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWindow)

public:
    explicit ChartWindow(QWidget *parent = nullptr);
    ~ChartWindow() override;

    // Where the corpus is read from: asked at each redraw, as the open corpus can change.
    void setStoreSource(std::function<const CorpusStore *()> source);
    // The list's search text and filter: the chart redraws for them (soon, once).
    void followList(const QString &searchText, const ArticleFilter &filter);
    // Redraws as soon as the corpus is read, off the GUI thread (tests; the debounce
    // otherwise); redrawn() says when.
    void refresh();

    [[nodiscard]] ChartOptions options() const;
    void setOptions(const ChartOptions &options);
    [[nodiscard]] const ChartData &data() const { return m_data; }
    [[nodiscard]] DealChart *chart() const;
    [[nodiscard]] QListWidget *sourceList() const { return m_sources; }
    // What the journalist wrote over the generated words (empty fields: none).
    [[nodiscard]] ChartCaption caption() const;
    void setCaption(const ChartCaption &caption);
    [[nodiscard]] const ExchangeRates &rates() const { return m_rates; }
    void setRates(const ExchangeRates &rates);
    // Writes the chart as the path's suffix says, with the caption, and its alt text beside it
    // (.txt); waits for a redraw the options asked for (accepted only) to end first.
    bool exportTo(const QString &path, QString *error = nullptr);
    // Shows item `index`'s sources in the list (what a click does).
    void showSources(int index);

signals:
    // A source article to open at the deal (its parties find it there): DealPanel's request.
    void sourceActivated(qint64 articleId, const QString &investor, const QString &target);
    // The chart shows the data of the latest refresh().
    void redrawn();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildControls();
    void saveSettings() const;
    void restoreSettings();
    void exportChosen();
    void editRates();
    void hover(int index, bool entered);
    void display(const ChartData &data);
    void showNotes();
    [[nodiscard]] bool waitForCurrentData();

    std::function<const CorpusStore *()> m_storeSource;
    ArticleQuery m_filter;
    ChartData m_data;
    ExchangeRates m_rates;
    bool m_dirty = true;
    quint64 m_generation = 0; // of the latest refresh(): an older result is dropped
    bool m_reading = false, m_rereadWhenDone = false;
    bool m_restoring = false;
    QTimer *m_debounce = nullptr;
    QComboBox *m_kind = nullptr, *m_grouping = nullptr, *m_colouring = nullptr, *m_scale = nullptr,
              *m_grain = nullptr, *m_currency = nullptr;
    QCheckBox *m_cumulative = nullptr, *m_acceptedOnly = nullptr;
    QPushButton *m_export = nullptr, *m_ratesButton = nullptr, *m_copyAlt = nullptr;
    QLineEdit *m_title = nullptr, *m_subtitle = nullptr, *m_note = nullptr, *m_credit = nullptr;
    QLabel *m_legend = nullptr, *m_notes = nullptr;
    QChartView *m_view = nullptr;
    QListWidget *m_sources = nullptr;
};

} // namespace dealdesk
