#pragma once

#include <QtGlobal>

#include <vector>

namespace phc {

// History of one metric: 24 hours at one point every 5 seconds.
inline constexpr qsizetype dayAt5sPoints = 24 * 60 * 60 / 5; // 17280

// Fixed-capacity ring: the storage is allocated once, at construction; a
// push into a full buffer overwrites the oldest element. Index 0 is the oldest.
template <typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity) : m_data(size_t(qMax<qsizetype>(1, capacity))) { }

    qsizetype capacity() const { return qsizetype(m_data.size()); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == capacity(); }

    void push(const T &value)
    {
        m_data[size_t(wrap(m_start + m_size))] = value;
        if (m_size < capacity())
            ++m_size;
        else
            m_start = wrap(m_start + 1);
    }

    void clear()
    {
        m_start = 0;
        m_size = 0;
    }

    const T &operator[](qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        return m_data[size_t(wrap(m_start + i))];
    }
    const T &first() const { return (*this)[0]; }
    const T &last() const { return (*this)[m_size - 1]; }

    // Heap bytes held by the storage.
    qsizetype storageBytes() const { return capacity() * qsizetype(sizeof(T)); }

    class const_iterator
    {
    public:
        const_iterator(const RingBuffer *ring, qsizetype i) : m_ring(ring), m_i(i) { }
        const T &operator*() const { return (*m_ring)[m_i]; }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return m_i == other.m_i; }
        bool operator!=(const const_iterator &other) const { return m_i != other.m_i; }

    private:
        const RingBuffer *m_ring;
        qsizetype m_i;
    };
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_size); }

private:
    qsizetype wrap(qsizetype i) const { return i >= capacity() ? i - capacity() : i; }

    std::vector<T> m_data; // never resized after construction
    qsizetype m_start = 0;
    qsizetype m_size = 0;
};

} // namespace phc
