#pragma once
// Find in the article (Ctrl+F): a search field with next and previous, shown above the text
// and hidden with Escape.

#include <QWidget>

class QLabel;
class QLineEdit;

namespace dealdesk {

class FindBar : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    void open();
    [[nodiscard]] QString text() const;
    // "Not found" or empty, after a search.
    void setFound(bool found);

signals:
    void findRequested(const QString &text, bool backward);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace dealdesk
