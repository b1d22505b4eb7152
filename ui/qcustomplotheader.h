#pragma once

// Include QCustomPlot through this header. Its templates loop with `foreach`, which the
// project's QT_NO_FOREACH removes; both loops only read their lists, so a range-for stands in
// while the header is read.

#include <utility>

#ifndef foreach
#define ATELIER_QCUSTOMPLOT_FOREACH
#define foreach(variable, container) for (variable : std::as_const(container))
#endif

#include <qcustomplot.h>

#ifdef ATELIER_QCUSTOMPLOT_FOREACH
#undef foreach
#undef ATELIER_QCUSTOMPLOT_FOREACH
#endif
