#include "core/extract/flatkeymap.h"

namespace dealdesk {

qint32 FlatKeyMap::insert(quint64 key, qint32 value)
{
    if (key == kEmpty) {
        if (!m_hasEmptyKey) {
            m_hasEmptyKey = true;
            m_emptyKeyValue = value;
            ++m_size;
        }
        return m_emptyKeyValue;
    }
    // At most half full, so a miss meets a free slot after a step or two.
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    Slot *table = m_slots.data();
    for (quint64 i = key & m_mask;; i = (i + 1) & m_mask) {
        if (table[i].key == key)
            return table[i].value;
        if (table[i].key == kEmpty) {
            table[i] = Slot{key, value};
            ++m_size;
            return value;
        }
    }
}

void FlatKeyMap::grow()
{
    const QList<Slot> old = m_slots;
    const qsizetype capacity = old.isEmpty() ? 64 : old.size() * 2;
    m_slots = QList<Slot>(capacity);
    m_mask = quint64(capacity - 1);
    for (const Slot &s : old) {
        if (s.key == kEmpty)
            continue;
        for (quint64 i = s.key & m_mask;; i = (i + 1) & m_mask) {
            if (m_slots[i].key == kEmpty) {
                m_slots[i] = s;
                break;
            }
        }
    }
}

} // namespace dealdesk
