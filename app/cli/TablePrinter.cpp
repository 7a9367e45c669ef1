// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePrinter.h"

#include <algorithm>

namespace b24::cli {

TablePrinter::TablePrinter(const QStringList &headers)
    : m_headers(headers), m_align(headers.size(), Align::Left), m_maxWidth(headers.size(), 0)
{ }

void TablePrinter::setAlignment(int column, Align align)
{
    if (column >= 0 && column < m_align.size()) {
        m_align[column] = align;
    }
}

void TablePrinter::setMaxWidth(int column, int width)
{
    if (column >= 0 && column < m_maxWidth.size()) {
        m_maxWidth[column] = std::max(width, 2);
    }
}

void TablePrinter::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TablePrinter::cell(const QStringList &row, int column) const
{
    QString text = column < row.size() ? row.at(column) : QString();
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    const int limit = m_maxWidth.value(column);
    if (limit > 0 && text.size() > limit) {
        text = text.left(limit - 1) + QChar(0x2026);
    }
    return text;
}

QString TablePrinter::toString() const
{
    const int columns = int(m_headers.size());
    QList<qsizetype> widths(columns, 0);
    for (int c = 0; c < columns; ++c) {
        widths[c] = m_headers.at(c).size();
        for (const QStringList &row : m_rows) {
            widths[c] = std::max(widths[c], cell(row, c).size());
        }
    }
    auto line = [&](const QStringList &row, bool header) {
        QString text;
        for (int c = 0; c < columns; ++c) {
            const QString value = header ? m_headers.at(c) : cell(row, c);
            const bool last = c == columns - 1;
            if (m_align.at(c) == Align::Right) {
                text += value.rightJustified(widths[c]);
            } else {
                text += last ? value : value.leftJustified(widths[c]);
            }
            if (!last) {
                text += QLatin1String("  ");
            }
        }
        while (text.endsWith(QLatin1Char(' '))) {
            text.chop(1);
        }
        return text + QLatin1Char('\n');
    };
    QString result = line({}, true);
    for (const QStringList &row : m_rows) {
        result += line(row, false);
    }
    return result;
}

} // namespace b24::cli
