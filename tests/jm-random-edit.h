/* jm-random-edit.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-document.h"

G_BEGIN_DECLS

/* A small map with every kind of entity (for edit-session tests). */
JmDocument *jm_test_build_document (void);
/* One lane of @n_touchpoints voted cards over @n_phases phases, most
 * with an emotion set, many of them derived: a wide lane for culling
 * by x, or a dense curve with many points in any view. */
JmDocument *jm_test_build_lane_map (guint n_phases,
                                    guint n_touchpoints);

/* Applies one random edit through the document API: a value of any
 * entity, an insert, removal or move in any collection, or a vote.
 * Uses g_test_rand_*, so a seed (--seed) replays a session. */
void        jm_test_random_edit    (JmDocument *document,
                                    guint       serial);

/* Moves a random touchpoint as a drag does: to another persona's lane,
 * another phase, or another place in the reading order. */
void        jm_test_random_move    (JmDocument *document);

G_END_DECLS
