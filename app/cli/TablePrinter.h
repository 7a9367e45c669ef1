// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace b24::cli {

// A plain-text table with aligned columns for terminals and `less`. Cells are single-line (line
// breaks become spaces) and can be capped so one huge payload does not wreck the layout.
class TablePrinter
{
public:
    enum class Align { Left, Right };

    explicit TablePrinter(const QStringList &headers);

    void setAlignment(int column, Align align);
    void setMaxWidth(int column, int width); // longer cells end in "…"
    void addRow(const QStringList &cells);
    [[nodiscard]] qsizetype rowCount() const { return m_rows.size(); }
    [[nodiscard]] QString toString() const;

private:
    [[nodiscard]] QString cell(const QStringList &row, int column) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<Align> m_align;
    QList<int> m_maxWidth;
};

} // namespace b24::cli
