#include "cache/globmatcher.h"

#include <utility>

namespace pm {

bool globMatch(QStringView pattern, QStringView text)
{
    // Iterative glob with backtracking on the last '*' (linear for typical patterns).
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    auto matchClass = [&](qsizetype &pi, QChar c) {
        // pattern[pi] == '['; on return pi is past the closing ']'.
        ++pi;
        bool negate = false;
        if (pi < pattern.size() && pattern[pi] == QLatin1Char('^')) {
            negate = true;
            ++pi;
        }
        bool matched = false;
        while (pi < pattern.size() && pattern[pi] != QLatin1Char(']')) {
            if (pattern[pi] == QLatin1Char('\\') && pi + 1 < pattern.size()) {
                ++pi;
                matched |= pattern[pi] == c;
                ++pi;
            } else if (pi + 2 < pattern.size() && pattern[pi + 1] == QLatin1Char('-')
                       && pattern[pi + 2] != QLatin1Char(']')) {
                QChar lo = pattern[pi], hi = pattern[pi + 2];
                if (lo > hi)
                    std::swap(lo, hi);
                matched |= c >= lo && c <= hi;
                pi += 3;
            } else {
                matched |= pattern[pi] == c;
                ++pi;
            }
        }
        if (pi < pattern.size())
            ++pi; // ']'
        return matched != negate;
    };
    while (t < text.size()) {
        if (p < pattern.size()) {
            const QChar pc = pattern[p];
            if (pc == QLatin1Char('*')) {
                starP = p++;
                starT = t;
                continue;
            }
            if (pc == QLatin1Char('?')) {
                ++p;
                ++t;
                continue;
            }
            if (pc == QLatin1Char('[')) {
                qsizetype pi = p;
                if (matchClass(pi, text[t])) {
                    p = pi;
                    ++t;
                    continue;
                }
            } else {
                qsizetype pi = p;
                if (pc == QLatin1Char('\\') && pi + 1 < pattern.size())
                    ++pi;
                if (pattern[pi] == text[t]) {
                    p = pi + 1;
                    ++t;
                    continue;
                }
            }
        }
        if (starP < 0)
            return false;
        p = starP + 1;
        t = ++starT;
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

} // namespace pm
