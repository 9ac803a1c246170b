#pragma once
// Inline Markdown to plain text, one line at a time: "**a** [b](u) `c` ![i](x)" -> "a b c ".

#include <QString>
#include <QStringView>

namespace dealdesk {

[[nodiscard]] QString markdownInlineToText(QStringView line);

} // namespace dealdesk
