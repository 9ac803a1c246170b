#pragma once
// The legend above the article: one toggle per kind of finding, in its colour, with how many
// the article has. Unchecking a kind hides its highlights; the choice is kept in QSettings.
// After them, how a finding's state shows: to review, accepted, made by hand.

#include "ui/findingpalette.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QToolButton;

namespace dealdesk {

class LegendBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendBar)

public:
    explicit LegendBar(QWidget *parent = nullptr);
    ~LegendBar() override;

    void setCounts(const QHash<HighlightKind, int> &counts);
    [[nodiscard]] QSet<HighlightKind> hiddenKinds() const;
    void setKindVisible(HighlightKind kind, bool visible);

signals:
    void hiddenKindsChanged(const QSet<HighlightKind> &hidden);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    void paintStateSamples();

    QHash<HighlightKind, QToolButton *> m_buttons;
    QList<QLabel *> m_states; // samples: pending, accepted, hand-made
    QHash<HighlightKind, int> m_counts;
};

} // namespace dealdesk
