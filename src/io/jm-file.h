/* jm-file.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "jm-document.h"

G_BEGIN_DECLS

#define JM_FILE_FORMAT_NAME "journey-map"
#define JM_FILE_FORMAT_VERSION 1
#define JM_FILE_MIME_TYPE "application/x-journey-map"
#define JM_FILE_EXTENSION ".journey"

#define JM_FILE_ERROR (jm_file_error_quark())

typedef enum
{
  JM_FILE_ERROR_EMPTY,      /* nothing in the file */
  JM_FILE_ERROR_NOT_TEXT,   /* not UTF-8 text (binary garbage) */
  JM_FILE_ERROR_SYNTAX,     /* JSON syntax error, message has line and column */
  JM_FILE_ERROR_TOO_DEEP,   /* nesting deeper than the format ever needs */
  JM_FILE_ERROR_NOT_A_MAP,  /* valid JSON but "format" is not "journey-map" */
  JM_FILE_ERROR_VERSION,    /* written by a newer version */
  JM_FILE_ERROR_INVALID,    /* wrong type, range, enum, duplicate id, dangling reference */
} JmFileError;

GQuark      jm_file_error_quark      (void);

/* Loading builds a new document; nothing that is already open is
 * touched, so a failed load cannot damage it. Error messages name the
 * place of the fault: "Line 3, column 14: …" or
 * "touchpoints[3].persona: no persona with id “zzz”". */
JmDocument *jm_file_load             (GFile       *file,
                                      GError     **error);
JmDocument *jm_file_load_from_data   (const char  *data,
                                      gssize       length,
                                      GError     **error);

/* Saving is atomic: the old file stays intact if anything fails. */
gboolean    jm_file_save             (JmDocument  *document,
                                      GFile       *file,
                                      GError     **error);
char       *jm_file_save_to_data     (JmDocument  *document,
                                      gsize       *length);

G_END_DECLS
