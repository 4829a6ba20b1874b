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

/* The properties a table's fields stand for, found once per load or
 * save for each table: finding a property by name for every value, and
 * spelling "has-…" for every number, was an eighth of reading a map. */
typedef struct
{
  GParamSpec *property;
  GParamSpec *has;      /* "has-<property>" of an emotion or a number */
} JmFieldSpecs;

/* A property of an entity set (@value unset after) or read (@value
 * initialised first) through its class, for the reader and the writer:
 * g_object_set() and g_object_get() find the property by name, take a
 * lock and queue notifications for every value, a good part of the
 * time to load or save a big map. The reader has checked each value
 * against the property's range already, and nothing listens to an
 * entity it is building. */
void                jm_file_set_property       (GObject       *target,
                                                GParamSpec    *pspec,
                                                GValue        *value);
void                jm_file_get_property       (GObject       *source,
                                                GParamSpec    *pspec,
                                                GValue        *value);

/* A cache for jm_file_field_specs_lookup(), for one load or save */
GHashTable         *jm_file_field_specs_new    (void);
/* One JmFieldSpecs per field of @fields, which @target's class has */
const JmFieldSpecs *jm_file_field_specs_lookup (GHashTable    *cache,
                                                const JmField *fields,
                                                GObject       *target);

/* jm-file-read.c: builds a document from a parsed tree whose root is an
 * object with the right "format" and "version". */
JmDocument *jm_file_read_document    (JsonObject    *root,
                                      GError       **error);

/* jm-file-write.c: the text of a document, pretty (indent 2, shortest
 * round-trip numbers, trailing newline), written straight from the
 * document: members in the order of the field tables, then the unknown
 * members kept at load. */
char       *jm_file_write_document   (JmDocument    *document,
                                      gsize         *length);

/* jm-json-writer.c: pieces of that text. A container is written item
 * by item: jm_json_next_member() or jm_json_next_element() before each
 * value, which the caller then writes at the container's level + 1. */
typedef struct
{
  GString *out;
  guint    level;       /* of the container's brackets */
  guint    n_items;
  char     open;
  char     close;
} JmJsonContainer;

void        jm_json_begin_object     (JmJsonContainer *container,
                                      GString         *out,
                                      guint            level);
void        jm_json_begin_array      (JmJsonContainer *container,
                                      GString         *out,
                                      guint            level);
void        jm_json_next_member      (JmJsonContainer *container,
                                      const char      *name);
void        jm_json_next_element     (JmJsonContainer *container);
void        jm_json_end              (JmJsonContainer *container);
void        jm_json_write_string     (GString         *out,
                                      const char      *text);
void        jm_json_write_int        (GString         *out,
                                      gint64           value);
void        jm_json_write_boolean    (GString         *out,
                                      gboolean         value);
/* 2.0, not 2: a double stays a double when it is read again */
void        jm_json_write_double     (GString         *out,
                                      double           value);
void        jm_json_write_node       (GString         *out,
                                      JsonNode        *node,
                                      guint            level);
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
