#pragma once

#include "benchmark.h"
#include "scenarios.h"

#include <QString>
#include <QTextStream>

namespace pm::bench {

/// Cold start (docs/performance-goals.md): exec → first painted list of 1,000 products in
/// productmanager against the minimal Qt program (bench/minimalapp.cpp), and the CLI's list of
/// 10k on a warm Redis hit in a fresh process against redis-cli GET of the same key. Every
/// program is a fresh process under QT_QPA_PLATFORM=offscreen. False when nothing could run.
bool runColdStart(const Options &options, const QString &redisSocket, Report &report,
                  QString &notes, QTextStream &out);

/// Our figures against the tutorial's stack (Django + django-redis, bench/peer/peer.py, run by
/// bench/run.sh --peer on the same redis-server): list hit at 1k and 10k, a small get.
bool runPeer(const Options &options, const Figures &figures, Report &report, QString &notes,
             QTextStream &out);

} // namespace pm::bench
