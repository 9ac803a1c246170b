#pragma once
// Finds the money amounts of an article (../shared/spec/extraction.md "amounts"): a number
// with its scale and currency ("fino a 25 miliardi di dollari", "$15bn to $25bn",
// "rund 14,3 Mrd. USD"), its qualifier and range, and its role from the sentence. A number
// with a scale but no currency is money only where an amount with a currency came shortly
// before ("oltre ai 15 miliardi previsti" after dollars); "500 milioni di utenti" stays a count
// and percentages are never money. Numbers too large to hold are skipped, never wrapped.

#include "core/extract/findings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace dealdesk {

struct ExtractionInput;

class AmountExtractor
{
public:
    // Loads the lexicons of `language` (and the common currency signs) once.
    explicit AmountExtractor(const QString &language, QStringList *errors = nullptr);
    ~AmountExtractor();
    AmountExtractor(const AmountExtractor &) = delete;
    AmountExtractor &operator=(const AmountExtractor &) = delete;

    // In text order; offsets are UTF-16 offsets into in.text. Linear in the input.
    [[nodiscard]] QList<Amount> extract(const ExtractionInput &in) const;

private:
    struct Data;
    std::unique_ptr<const Data> d;
};

} // namespace dealdesk
