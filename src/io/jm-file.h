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

/* Deepest nesting of arrays and objects a file may have. The format
 * itself needs 5; the rest is room for unknown members. */
#define JM_FILE_MAX_DEPTH 64

/* Object data key under which loading keeps the members of a file
 * object that this version does not know (a JsonObject), on the
 * JmDocument and on each entity; saving writes them back. */
#define JM_FILE_UNKNOWN_MEMBERS_KEY "jm-unknown-members"

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
 * "touchpoints[3].persona: no persona with id “zzz”". A file that cannot
 * be read at all gives the G_IO_ERROR of g_file_load_contents(). */
JmDocument *jm_file_load             (GFile       *file,
                                      GError     **error);
JmDocument *jm_file_load_from_data   (const char  *data,
                                      gssize       length,
                                      GError     **error);

/* Saving is atomic: the old file stays intact if anything fails. The
 * error of jm_file_save() is a G_IO_ERROR whose message names the file.
 * The text is UTF-8, pretty-printed with an indent of 2 and ends with a
 * newline; votes of participants that are not in the document are not
 * written (they could not be loaded again). */
gboolean    jm_file_save             (JmDocument  *document,
                                      GFile       *file,
                                      GError     **error);
char       *jm_file_save_to_data     (JmDocument  *document,
                                      gsize       *length);

G_END_DECLS
