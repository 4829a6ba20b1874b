/* jm-file-private.h
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "jm-file.h"

G_BEGIN_DECLS

/* How a member of a file object maps onto an entity. The tables in
 * jm-file-fields.c list the members of each object in file order; the
 * reader and the writer both walk them, so the two cannot disagree.
 */
typedef enum
{
  JM_FIELD_HEADER,          /* "format" and "version", read and written first */
  JM_FIELD_STRING,          /* optional string property */
  JM_FIELD_NAME,            /* required string, may be empty */
  JM_FIELD_ID,              /* required non-empty string, unique in its array */
  JM_FIELD_PERSONA_REF,     /* required id of a persona */
  JM_FIELD_PHASE_REF,       /* required id of a phase */
  JM_FIELD_COLOR,           /* optional "#rrggbb" */
  JM_FIELD_BOOLEAN,         /* optional boolean, default from the property */
  JM_FIELD_EMOTION,         /* optional number −2 … 2, with "has-<property>" */
  JM_FIELD_NUMBER,          /* optional number, with "has-<property>" */
  JM_FIELD_SCORE,           /* optional integer 1 … 5, 0 = absent */
  JM_FIELD_STATUS,          /* optional JmStatus name */
  JM_FIELD_DATE,            /* optional ISO 8601 date and time */
  JM_FIELD_PERSONAS,        /* the collections */
  JM_FIELD_PHASES,
  JM_FIELD_PARTICIPANTS,
  JM_FIELD_TOUCHPOINTS,
  JM_FIELD_RATINGS,
  JM_FIELD_HANDS,           /* show of hands: {"disappointment": n, …} onto
                             * the touchpoint's "hands-<rating>" properties */
  JM_FIELD_KPIS,
  JM_FIELD_INTERNAL_STEPS,
} JmFieldKind;

typedef struct
{
  const char  *member;      /* name in the file */
  const char  *property;    /* GObject property, NULL for collections */
  JmFieldKind  kind;
} JmField;

/* Each table ends with an entry whose member is NULL. */
extern const JmField jm_file_document_fields[];
extern const JmField jm_file_persona_fields[];
extern const JmField jm_file_phase_fields[];
extern const JmField jm_file_participant_fields[];
extern const JmField jm_file_touchpoint_fields[];
extern const JmField jm_file_kpi_fields[];
extern const JmField jm_file_internal_step_fields[];

/* What stands behind a collection member ("personas", "kpis", …). */
typedef struct
{
  JmFieldKind     kind;
  JmCollection    collection;
  GType         (*get_type) (void);
  const JmField  *fields;
} JmFileCollection;

const JmFileCollection *jm_file_collection_lookup (JmFieldKind kind);

gboolean    jm_file_field_is_known   (const JmField *fields,
                                      const char    *member);

/* jm-file-read.c: builds a document from a parsed tree whose root is an
 * object with the right "format" and "version". */
JmDocument *jm_file_read_document    (JsonObject    *root,
                                      GError       **error);

/* jm-file-write.c: the tree of a document, unknown members included. */
JsonNode   *jm_file_write_document   (JmDocument    *document);

/* jm-json-writer.c: pretty text (indent 2, shortest round-trip numbers,
 * trailing newline). json-glib 1.6's generator writes 1e20 as
 * "1e+20.0", which is not JSON, hence our own. */
char       *jm_json_write            (JsonNode      *root,
                                      gsize         *length);
/* The shortest text that reads back as @value, e.g. "1.9" */
char       *jm_json_format_double    (double         value);

/* jm-json-node.c: "a string", "a list", … for error messages */
const char *jm_json_node_describe      (JsonNode      *node);
/* FALSE unless @node holds an integer or a double */
gboolean    jm_json_node_get_number    (JsonNode      *node,
                                        double        *value);
/* the number @node holds as the file spelled it, e.g. "100000" */
char       *jm_json_node_format_number (JsonNode      *node);
gboolean    jm_json_node_is_string     (JsonNode      *node);

/* jm-file.c: writes @data to a temporary file beside @file and renames
 * it over @file only when everything is written; on failure the old
 * file stays intact and no temporary file is left behind. */
gboolean    jm_file_replace_contents (GFile         *file,
                                      const char    *data,
                                      gsize          length,
                                      GError       **error);

G_END_DECLS
