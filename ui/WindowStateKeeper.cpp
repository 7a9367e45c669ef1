// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowStateKeeper.h"

#include "settings/AppSettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>

namespace b24::ui {

WindowStateKeeper::WindowStateKeeper(AppSettings *settings, QMainWindow *window, QSplitter *splitter,
                                     QHeaderView *recordsHeader)
    : m_settings(settings), m_window(window), m_splitter(splitter), m_recordsHeader(recordsHeader)
{ }

void WindowStateKeeper::restore()
{
    const QByteArray geometry = m_settings->bytes(AppSettings::Key::WindowGeometry);
    if (geometry.isEmpty() || !m_window->restoreGeometry(geometry)) {
        m_window->resize(1500, 900);
    }
    m_window->restoreState(m_settings->bytes(AppSettings::Key::WindowState));
    const QByteArray splitter = m_settings->bytes(AppSettings::Key::SplitterState);
    if (!splitter.isEmpty()) {
        m_splitter->restoreState(splitter);
    }
    const QByteArray headerState = m_settings->bytes(AppSettings::Key::RecordsHeaderState);
    if (!headerState.isEmpty()) {
        m_recordsHeader->restoreState(headerState);
    }
}

void WindowStateKeeper::save()
{
    m_settings->setBytes(AppSettings::Key::WindowGeometry, m_window->saveGeometry());
    m_settings->setBytes(AppSettings::Key::WindowState, m_window->saveState());
    m_settings->setBytes(AppSettings::Key::SplitterState, m_splitter->saveState());
    m_settings->setBytes(AppSettings::Key::RecordsHeaderState, m_recordsHeader->saveState());
}

} // namespace b24::ui
