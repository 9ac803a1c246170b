#pragma once
// Turns what a person types into the search box into an FTS5 MATCH expression that cannot
// be a syntax error: every word or "quoted phrase" becomes an FTS5 string, so hyphens
// (OpenAI-Microsoft), colons, stray quotes, parentheses and the words AND/OR/NOT/NEAR are
// plain text. A trailing * keeps its meaning (prefix search); terms are ANDed.

#include <QString>
#include <QStringView>

#include <optional>

namespace dealdesk {

// nullopt when the text holds no letter or digit, so there is nothing to look for.
[[nodiscard]] std::optional<QString> fts5MatchExpression(QStringView userText);

} // namespace dealdesk
