/* jm-touchpoint-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "jm-touchpoint.h"

G_BEGIN_DECLS

/* For JmDocument: the arrays behind the ordered collections, so moves
 * and removals share one code path with the document's own lists. */
GPtrArray *jm_touchpoint_get_kpi_array           (JmTouchpoint *self);
GPtrArray *jm_touchpoint_get_internal_step_array (JmTouchpoint *self);

/* For the file reader: a vote of a participant who has none yet on
 * this touchpoint (the members of a JSON object are unique), added
 * without looking for one to replace. @participant_id is interned
 * (g_intern_string()): the reader interns each participant once, not
 * once for each of their votes. */
void       jm_touchpoint_add_new_rating          (JmTouchpoint *self,
                                                  const char   *participant_id,
                                                  JmRating      rating);

G_END_DECLS
