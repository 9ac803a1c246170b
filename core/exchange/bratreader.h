#pragma once
// Reads brat standoff documents back into annotated articles: ours (with their attributes,
// notes and NAME.meta.json) and ones a person made in brat (plain T lines, Deal events or
// relations, free AnnotatorNotes: made by a person, accepted).

#include "core/exchange/annotatedarticle.h"

#include <QStringList>

#include <optional>

namespace dealdesk {

// One document from its three parts; `annFile` names the .ann in messages. Lines that
// cannot be read are errors "FILE:LINE: reason" and are left out; the rest is returned.
[[nodiscard]] AnnotatedArticle readBrat(const QString &text, const QString &ann, const QByteArray &meta,
                                        const QString &annFile, QStringList &errors, QStringList &notes);

// NAME.txt and NAME.ann (and NAME.meta.json when there) beside it. nullopt with an error
// when the text cannot be read; a missing .ann is an article without annotations.
[[nodiscard]] std::optional<AnnotatedArticle> readBratFiles(const QString &txtPath, QStringList &errors,
                                                            QStringList &notes);

// The .txt files of a brat collection folder (recursively, sorted), or the one document
// `path` names (NAME.txt or NAME.ann).
[[nodiscard]] QStringList bratTextFiles(const QString &path);

} // namespace dealdesk
