/* jm-file-read-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "jm-touchpoint.h"

G_BEGIN_DECLS

/* Where a value is in the file, e.g. touchpoints[3].persona: a chain on
 * the stack, spelled out only when something is wrong there. NULL is
 * the root object. */
typedef struct _JmFilePath
{
  const struct _JmFilePath *parent;
  const char               *member;   /* NULL for element @index of a list */
  guint                     index;
} JmFilePath;

/* jm-file-read-value.c: the checks of single values, each failing with
 * the value's place in the file and what is wrong there. */
gboolean jm_file_fail                (GError            **error,
                                      const JmFilePath   *path,
                                      const char         *format,
                                      ...) G_GNUC_PRINTF (3, 4);
/* @value: borrowed from @node; NULL when @node is NULL and not @required */
gboolean jm_file_read_string         (JsonNode           *node,
                                      const JmFilePath   *path,
                                      gboolean            required,
                                      const char        **value,
                                      GError            **error);
gboolean jm_file_read_number         (JsonNode           *node,
                                      const JmFilePath   *path,
                                      double             *value,
                                      GError            **error);
gboolean jm_file_read_score          (JsonNode           *node,
                                      const JmFilePath   *path,
                                      int                *score,
                                      GError            **error);
gboolean jm_file_read_emotion        (JsonNode           *node,
                                      const JmFilePath   *path,
                                      double             *emotion,
                                      GError            **error);
gboolean jm_file_read_date           (JsonNode           *node,
                                      const JmFilePath   *path,
                                      GDateTime         **date,
                                      GError            **error);
gboolean jm_file_read_hands          (JsonNode           *node,
                                      const JmFilePath   *path,
                                      JmTouchpoint       *touchpoint,
                                      GError            **error);
gboolean jm_file_check_unknown_value (JsonNode           *node,
                                      const JmFilePath   *path,
                                      GError            **error);

G_END_DECLS
