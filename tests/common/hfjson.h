#pragma once

// Test helpers for reading the golden HF files as written: QJsonDocument turns 4.0 into 4, but
// HF tells ints from floats, so some tests need the raw text of a JSON object.

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

namespace ropelab::tests {

// The raw text of the JSON object that follows `"key":` at or after `from`.
inline QByteArray rawObjectAfter(const QByteArray &text, const QByteArray &key, qsizetype from = 0)
{
    const qsizetype keyAt = text.indexOf('"' + key + "\":", from);
    if (keyAt < 0)
        return {};
    const qsizetype start = text.indexOf('{', keyAt);
    if (start < 0)
        return {};
    int depth = 0;
    bool inString = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{') {
            ++depth;
        } else if (c == '}' && --depth == 0) {
            return text.mid(start, i - start + 1);
        }
    }
    return {};
}

// The config key an HF validation message (warning or exception) is about; empty if none.
inline QString keyOfHfMessage(const QString &message)
{
    static const QRegularExpression unrecognized(
            QStringLiteral("(?:Unrecognized|Missing required) keys[^{]*\\{'(\\w+)'"));
    static const QRegularExpression field(QStringLiteral("'s (\\w+) field"));
    static const QRegularExpression indexed(QStringLiteral("rope_parameters\\['(\\w+)'\\]"));
    for (const QRegularExpression *pattern : {&unrecognized, &field, &indexed}) {
        const QRegularExpressionMatch match = pattern->match(message);
        if (match.hasMatch())
            return match.captured(1);
    }
    if (message.contains(QLatin1String("'rope_type'=")))
        return QStringLiteral("rope_type");
    return {};
}

} // namespace ropelab::tests
