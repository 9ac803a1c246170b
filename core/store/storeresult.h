#pragma once
// Errors are values in the store: every call that can fail returns a StoreResult holding
// either its value or a StoreError that names the corpus file and the reason. Nothing throws.

#include <QString>

#include <utility>
#include <variant>

namespace dealdesk {

struct StoreError
{
    QString file;   // the corpus file (or connection) the error is about
    QString reason; // what went wrong, for a person to read

    // "FILE: REASON", ready for a log line or a message box.
    [[nodiscard]] QString message() const
    {
        return file.isEmpty() ? reason : file + QStringLiteral(": ") + reason;
    }
    friend bool operator==(const StoreError &, const StoreError &) = default;
};

template<class T>
class [[nodiscard]] StoreResult
{
public:
    // Implicit on purpose: a function returning StoreResult<T> can `return value;` or
    // `return StoreError{...};` as a std::variant would allow.
    StoreResult(T value) : m_value(std::in_place_index<0>, std::move(value)) {}
    StoreResult(StoreError error) : m_value(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_value.index() == 0; }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_value); }
    [[nodiscard]] T &value() & { return std::get<0>(m_value); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_value)); }
    [[nodiscard]] const StoreError &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, StoreError> m_value;
};

} // namespace dealdesk
