/* jm-bench-map.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-document.h"

G_BEGIN_DECLS

/* A deterministic map of @n_personas × @n_phases with @n_touchpoints
 * spread over the cells, 12 participants who rate most touchpoints,
 * KPIs and internal steps on some: the shape of a big real programme. */
JmDocument *jm_bench_map_generate (guint   n_personas,
                                   guint   n_phases,
                                   guint   n_touchpoints,
                                   guint32 seed);

G_END_DECLS
