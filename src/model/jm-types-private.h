/* jm-types-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Replaces *field by a copy of @value and notifies @pspec, unless they
 * are already equal. Returns TRUE if something changed. */
gboolean jm_set_string (char       **field,
                        const char  *value,
                        GObject     *object,
                        GParamSpec  *pspec);

/* Installs a G_PARAM_EXPLICIT_NOTIFY read-write string property. */
#define JM_STRING_PSPEC(name, nick) \
  g_param_spec_string ((name), (nick), NULL, NULL, \
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS))

/* Copies every readable and writable property of @src onto @dest (same type). */
void jm_object_copy_properties (GObject *src,
                                GObject *dest);

G_END_DECLS
