#pragma once
// The filters above the article list: a date range, outlet, language, "with deals" and the
// entity chosen in the entity panel (shown as a chip that clears it). Emits the whole filter
// on every change; the list model runs it in SQL.

#include "ui/articlelistmodel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QToolButton;

namespace dealdesk {

class FilterBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The choices of the combo boxes, from the open corpus.
    void setChoices(const QStringList &outlets, const QStringList &languages);
    void setEntity(EntityType type, const QString &canonical);
    void clearEntity();
    void setWithDeals(bool on);
    void setDateRange(const QDate &from, const QDate &to);
    void setOutlet(const QString &outlet);
    void setLanguage(const QString &language);
    [[nodiscard]] ArticleFilter filter() const { return m_filter; }

signals:
    void filterChanged(const ArticleFilter &filter);

private:
    void update();

    ArticleFilter m_filter;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_outlet = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_deals = nullptr;
    QToolButton *m_entity = nullptr;
    bool m_updating = false;
};

} // namespace dealdesk
