/* jm-types.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define JM_EMOTION_MIN (-2.0)
#define JM_EMOTION_MAX (2.0)
#define JM_SCORE_MIN 1
#define JM_SCORE_MAX 5
/* expectation/performance value meaning "not set" */
#define JM_SCORE_UNSET 0

typedef enum
{
  JM_RATING_NONE,
  JM_RATING_DISAPPOINTMENT,
  JM_RATING_OK,
  JM_RATING_DELIGHT,
} JmRating;

#define JM_N_RATINGS 3 /* disappointment, ok, delight; index = rating - 1 */

typedef enum
{
  JM_STATUS_DRAFT,
  JM_STATUS_VALIDATED_INTERNAL,
  JM_STATUS_VALIDATED_CUSTOMER,
} JmStatus;

/* The file-format spelling: "disappointment", "ok", "delight"; NULL for NONE */
const char *jm_rating_to_string   (JmRating     rating);
gboolean    jm_rating_from_string (const char  *str,
                                   JmRating    *rating);
/* The value a vote contributes to the derived emotion: -2, 0, +2 */
double      jm_rating_to_emotion  (JmRating     rating);

/* "draft", "validated-internal", "validated-customer" */
const char *jm_status_to_string   (JmStatus     status);
gboolean    jm_status_from_string (const char  *str,
                                   JmStatus    *status);

/* TRUE for "#rrggbb" */
gboolean    jm_color_is_valid     (const char  *color);

G_END_DECLS
