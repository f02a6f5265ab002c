#pragma once

// A tiny value-or-error type (C++20 has no std::expected). Errors are values: they cross
// threads and layers as data and the UI turns them into tr() text.

#include <string>
#include <utility>
#include <variant>

namespace ropelab::numerics {

// An error names the configuration field it is about (HF key name where there is one,
// e.g. "rope_theta", "head_dim", "beta_fast") and says what is wrong with which value.
// `code` says what kind of error it is, so callers branch on it rather than on the text.
enum class ErrorCode {
    Invalid, // bad input: `field` names it
    Cancelled, // a sweep stopped because it was asked to (SweepControl)
};

struct Error
{
    std::string field;
    std::string message;
    ErrorCode code = ErrorCode::Invalid;
};

// The error a sweep returns when it was cancelled.
inline Error cancelledError()
{
    return Error { "", "the sweep was cancelled", ErrorCode::Cancelled };
}

template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_value(std::move(error)) { }

    bool ok() const noexcept { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const noexcept { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &std::get<T>(m_value); }
    const T &operator*() const & { return std::get<T>(m_value); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

} // namespace ropelab::numerics
