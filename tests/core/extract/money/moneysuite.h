#pragma once
// Money amounts in the five languages, one data function per language (rows in
// money_rows_<lang>.cpp); every sentence is written for this suite. A row names one amount of
// the sentence (the `pick`-th, 0 first) with its text, currency, ends, qualifier and role.

#include "core/extract/money/amountextractor.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>

namespace dealdesk {

class TestMoney : public QObject
{
    Q_OBJECT

public:
    static void columns();
    static void row(const char *text, const char *span, const char *currency, double low, double high,
                    const char *qualifier, const char *role, int pick = 0);

private:
    const AmountExtractor &extractor(const QString &language);
    void check(const QString &language);
    std::map<QString, std::unique_ptr<AmountExtractor>> m_extractors;

private slots:
    void italian_data();
    void italian() { check(QStringLiteral("it")); }
    void english_data();
    void english() { check(QStringLiteral("en")); }
    void french_data();
    void french() { check(QStringLiteral("fr")); }
    void german_data();
    void german() { check(QStringLiteral("de")); }
    void spanish_data();
    void spanish() { check(QStringLiteral("es")); }

    // Percentages, counts, bare numbers far from money: no amount at all.
    void notMoney_data();
    void notMoney();
    // Hostile input: never a crash, never a wrapped overflow.
    void robustness_data();
    void robustness();
    void linearTime();
};

} // namespace dealdesk
