#pragma once
// A map from 64-bit keys that are already well-mixed hashes (folded word keys, trie edges) to
// small integers, in one open-addressed array: a look-up is an index, a compare or two and no
// pointer chasing, against QHash's span and node indirections. Built once from lexicons and
// then only read, in the extractor's per-token loops.

#include <QList>

#include <optional>

namespace dealdesk {

class FlatKeyMap
{
public:
    // Inserts `key` -> `value` unless `key` is present; returns the value stored for `key`.
    qint32 insert(quint64 key, qint32 value);
    // The value for `key`, or `missing`.
    [[nodiscard]] qint32 value(quint64 key, qint32 missing = -1) const
    {
        if (key == kEmpty)
            return m_hasEmptyKey ? m_emptyKeyValue : missing;
        if (m_slots.isEmpty())
            return missing;
        const Slot *table = m_slots.constData();
        for (quint64 i = key & m_mask;; i = (i + 1) & m_mask) {
            if (table[i].key == key)
                return table[i].value;
            if (table[i].key == kEmpty)
                return missing;
        }
    }
    [[nodiscard]] bool contains(quint64 key) const { return value(key, kAbsent) != kAbsent; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] qsizetype size() const { return m_size; }

private:
    static constexpr quint64 kEmpty = 0;   // marks a free slot; a real key 0 is kept aside
    static constexpr qint32 kAbsent = INT32_MIN;
    struct Slot
    {
        quint64 key = kEmpty;
        qint32 value = 0;
    };
    void grow();
    QList<Slot> m_slots;
    quint64 m_mask = 0;
    qsizetype m_size = 0;
    bool m_hasEmptyKey = false;
    qint32 m_emptyKeyValue = 0;
};

} // namespace dealdesk
