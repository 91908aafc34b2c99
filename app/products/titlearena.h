#pragma once

#include <QString>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace pm {

/**
 * Builds many short strings (product titles) inside shared, reference-counted blocks instead of
 * one heap allocation each: every QString references its block at its own offset (NUL
 * terminated, as QString requires) and the block is freed with its last string. Changing a
 * string detaches it as usual. A loaded list then costs its UTF-16 text plus the Product
 * structs, without a header and malloc overhead per title (bench/FINDINGS.md: RSS per product).
 * Not thread-safe; the strings it returns are ordinary QStrings.
 */
class TitleArena
{
public:
    explicit TitleArena(qsizetype blockUnits = 32 * 1024)
        : m_blockUnits(blockUnits)
    { }

    QString fromUtf16(const char16_t *units, qsizetype n)
    {
        char16_t *w = reserve(n + 1);
        if (n > 0)
            std::memcpy(w, units, size_t(n) * 2);
        return take(w, n);
    }

    QString fromUtf8(const char *bytes, qsizetype n)
    {
        char16_t *w = reserve(m_decoder.requiredSpace(n) + 1);
        QChar *end
                = m_decoder.appendToBuffer(reinterpret_cast<QChar *>(w), QByteArrayView(bytes, n));
        return take(w, reinterpret_cast<char16_t *>(end) - w);
    }

private:
    char16_t *reserve(qsizetype units)
    {
        if (!m_owner.d_ptr() || m_used + units > m_capacity) {
            const qsizetype capacity = std::max(m_blockUnits, units);
            auto [block, data] = QTypedArrayData<char16_t>::allocate(capacity);
            m_owner = QString::DataPointer(block, data, 0); // drops our hold on the old block
            m_capacity = capacity;
            m_used = 0;
        }
        return m_owner.data() + m_used;
    }

    QString take(char16_t *w, qsizetype n)
    {
        w[n] = u'\0';
        m_used += n + 1;
        m_owner.d_ptr()->ref();
        return QString(QString::DataPointer(m_owner.d_ptr(), w, n));
    }

    qsizetype m_blockUnits;
    QString::DataPointer m_owner;
    qsizetype m_capacity = 0;
    qsizetype m_used = 0;
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};

} // namespace pm
