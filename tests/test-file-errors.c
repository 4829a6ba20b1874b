/* test-file-errors.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "jm-document.h"
#include "jm-file.h"

typedef struct
{
  const char  *name;
  const char  *input;
  gsize        length;    /* 0: up to the NUL */
  JmFileError  code;
  const char  *message;   /* must appear in the error message */
} BadInput;

#define HEAD "{\"format\": \"journey-map\", \"version\": 1, "
#define LISTS \
  "\"personas\": [{\"id\": \"p1\", \"name\": \"Anna\"}, {\"id\": \"p2\", \"name\": \"Ben\"}], " \
  "\"phases\": [{\"id\": \"ph1\", \"name\": \"Awareness\"}, {\"id\": \"ph2\", \"name\": \"Use\"}], " \
  "\"participants\": [{\"id\": \"u1\", \"name\": \"Carla\"}, {\"id\": \"u2\"}], "
#define CARD(id) "{\"id\": \"" id "\", \"persona\": \"p1\", \"phase\": \"ph1\", \"title\": \"Card\"}"
#define CARDS CARD ("t1") ", " CARD ("t2") ", " CARD ("t3") ", "
/* one touchpoint with @members besides id, persona, phase and title */
#define TP(members) HEAD LISTS "\"touchpoints\": [{\"id\": \"t1\", \"persona\": \"p1\", " \
  "\"phase\": \"ph1\", \"title\": \"Card\", " members "}]}"
/* three good touchpoints, then the object @tp */
#define FOURTH(tp) HEAD LISTS "\"touchpoints\": [" CARDS tp "]}"
#define PERSONA(members) HEAD "\"personas\": [{" members "}]}"

static const BadInput bad_inputs[] = {
  /* not text at all */
  { "empty", "", 0, JM_FILE_ERROR_EMPTY, "The file is empty" },
  { "whitespace", " \n\t  \r\n  ", 0, JM_FILE_ERROR_EMPTY, "The file is empty" },
  { "binary", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, JM_FILE_ERROR_NOT_TEXT, "not a text file: the byte at offset 0 " },
  { "nul-byte", "{\"title\": \"a\0b\"}", 17, JM_FILE_ERROR_NOT_TEXT, "offset 12 " },
  { "latin-1", "{\"title\": \"caf\xe9\"}", 0, JM_FILE_ERROR_NOT_TEXT, "offset 14 " },

  /* not JSON */
  { "truncated", HEAD "\"personas\": [", 0, JM_FILE_ERROR_SYNTAX, "Line 1, column " },
  { "trailing-comma", "{\n  \"format\": \"journey-map\",\n  \"version\": 1,\n}", 0,
    JM_FILE_ERROR_SYNTAX, "Line 3, column 15: unexpected character `,'" },
  { "bad-word", "{\n  \"format\": \"journey-map\",\n  \"version\": tru\n}", 0,
    JM_FILE_ERROR_SYNTAX, "Line 3, column 16: unexpected identifier `tru'" },
  { "column-in-characters", "{\"äöüß\": tru}", 0, JM_FILE_ERROR_SYNTAX, "Line 1, column 12: " },
  { "open-string", HEAD "\"title\": \"Map", 0, JM_FILE_ERROR_SYNTAX, "unterminated string" },

  /* JSON, but not a map */
  { "root-array", "[1, 2]", 0, JM_FILE_ERROR_NOT_A_MAP, "not a journey map" },
  { "root-string", "\"journey-map\"", 0, JM_FILE_ERROR_NOT_A_MAP, "not a journey map" },
  { "other-format", "{\"format\": \"mind-map\", \"version\": 1}", 0, JM_FILE_ERROR_NOT_A_MAP, "“format” is not “journey-map”" },
  { "no-format", "{\"version\": 1, \"personas\": []}", 0, JM_FILE_ERROR_NOT_A_MAP, "“format” is not “journey-map”" },
  { "format-number", "{\"format\": 1, \"version\": 1}", 0, JM_FILE_ERROR_NOT_A_MAP, "not a journey map" },

  /* version */
  { "no-version", "{\"format\": \"journey-map\"}", 0, JM_FILE_ERROR_INVALID, "version: is missing" },
  { "version-string", "{\"format\": \"journey-map\", \"version\": \"1\"}", 0, JM_FILE_ERROR_INVALID, "version: must be a whole number" },
  { "version-fraction", "{\"format\": \"journey-map\", \"version\": 1.5}", 0, JM_FILE_ERROR_INVALID, "version: must be a whole number" },
  { "version-zero", "{\"format\": \"journey-map\", \"version\": 0}", 0, JM_FILE_ERROR_INVALID, "version: must be a whole number" },
  { "version-2", "{\"format\": \"journey-map\", \"version\": 2, \"personas\": {}}", 0, JM_FILE_ERROR_VERSION,
    "written by a newer version of Journey Maps (file format 2; this version reads format 1). Update Journey Maps" },
  { "version-99", "{\"format\": \"journey-map\", \"version\": 99}", 0, JM_FILE_ERROR_VERSION, "file format 99;" },

  /* duplicate ids */
  { "duplicate-persona", HEAD "\"personas\": [{\"id\": \"p1\", \"name\": \"A\"}, {\"id\": \"p1\", \"name\": \"B\"}]}", 0,
    JM_FILE_ERROR_INVALID, "personas[1].id: “p1” is used twice" },
  { "duplicate-phase", HEAD "\"phases\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"}, {\"id\": \"a\", \"name\": \"C\"}]}", 0,
    JM_FILE_ERROR_INVALID, "phases[2].id: “a” is used twice" },
  { "duplicate-participant", HEAD "\"participants\": [{\"id\": \"u1\"}, {\"id\": \"u1\"}]}", 0,
    JM_FILE_ERROR_INVALID, "participants[1].id: “u1” is used twice" },
  { "duplicate-touchpoint", FOURTH (CARD ("t2")), 0, JM_FILE_ERROR_INVALID, "touchpoints[3].id: “t2” is used twice" },

  /* dangling references */
  { "dangling-persona", FOURTH ("{\"id\": \"t4\", \"persona\": \"zzz\", \"phase\": \"ph1\", \"title\": \"X\"}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[3].persona: no persona with id “zzz”" },
  { "dangling-phase", FOURTH ("{\"id\": \"t4\", \"persona\": \"p2\", \"phase\": \"ph9\", \"title\": \"X\"}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[3].phase: no phase with id “ph9”" },
  { "dangling-rating", FOURTH ("{\"id\": \"t4\", \"persona\": \"p2\", \"phase\": \"ph2\", \"title\": \"X\", "
                               "\"ratings\": {\"u1\": \"ok\", \"u9\": \"delight\"}}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[3].ratings.u9: no participant with id “u9”" },
  { "persona-id-is-not-phase-id", TP ("\"ratings\": {\"p1\": \"ok\"}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[0].ratings.p1: no participant with id “p1”" },

  /* missing required members */
  { "persona-without-id", PERSONA ("\"name\": \"Anna\""), 0, JM_FILE_ERROR_INVALID, "personas[0].id: is missing" },
  { "persona-empty-id", PERSONA ("\"id\": \"\", \"name\": \"Anna\""), 0, JM_FILE_ERROR_INVALID, "personas[0].id: must not be empty" },
  { "persona-without-name", PERSONA ("\"id\": \"p1\""), 0, JM_FILE_ERROR_INVALID, "personas[0].name: is missing" },
  { "phase-without-name", HEAD "\"phases\": [{\"id\": \"ph1\", \"name\": null}]}", 0, JM_FILE_ERROR_INVALID, "phases[0].name: is missing" },
  { "participant-without-id", HEAD "\"participants\": [{\"name\": \"Ben\"}]}", 0, JM_FILE_ERROR_INVALID, "participants[0].id: is missing" },
  { "touchpoint-without-title", FOURTH ("{\"id\": \"t4\", \"persona\": \"p1\", \"phase\": \"ph1\"}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[3].title: is missing" },
  { "touchpoint-without-persona", FOURTH ("{\"id\": \"t4\", \"phase\": \"ph1\", \"title\": \"X\"}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[3].persona: is missing" },
  { "touchpoint-without-phase", FOURTH ("{\"id\": \"t4\", \"persona\": \"p1\", \"title\": \"X\"}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[3].phase: is missing" },
  { "touchpoint-without-id", FOURTH ("{\"persona\": \"p1\", \"phase\": \"ph1\", \"title\": \"X\"}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[3].id: is missing" },

  /* wrong types */
  { "personas-object", HEAD "\"personas\": {}}", 0, JM_FILE_ERROR_INVALID, "personas: must be a list, not an object" },
  { "persona-string", HEAD "\"personas\": [\"Anna\"]}", 0, JM_FILE_ERROR_INVALID, "personas[0]: must be an object, not a string" },
  { "persona-name-number", PERSONA ("\"id\": \"p1\", \"name\": 5"), 0, JM_FILE_ERROR_INVALID, "personas[0].name: must be a string, not a number" },
  { "title-list", HEAD "\"title\": [\"a\"]}", 0, JM_FILE_ERROR_INVALID, "title: must be a string, not a list" },
  { "touchpoint-id-number", FOURTH ("{\"id\": 4, \"persona\": \"p1\", \"phase\": \"ph1\", \"title\": \"X\"}"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[3].id: must be a string, not a number" },
  { "owned-string", TP ("\"owned\": \"yes\""), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].owned: must be true or false, not a string" },
  { "super-number", TP ("\"super\": 1"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].super: must be true or false, not a number" },
  { "emotion-string", TP ("\"emotion\": \"high\""), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].emotion: must be a number, not a string" },
  { "expectation-bool", TP ("\"expectation\": true"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].expectation: must be a number, not true or false" },
  { "ratings-list", TP ("\"ratings\": [\"ok\"]"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].ratings: must be an object, not a list" },
  { "rating-number", TP ("\"ratings\": {\"u1\": 2}"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].ratings.u1: must be a string, not a number" },
  { "kpis-object", TP ("\"kpis\": {\"name\": \"CTR\"}"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].kpis: must be a list, not an object" },
  { "kpi-target-string", TP ("\"kpis\": [{\"name\": \"CTR\"}, {\"name\": \"NPS\", \"target\": \"50\"}]"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[0].kpis[1].target: must be a number, not a string" },
  { "internal-object", TP ("\"internal\": {}"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].internal: must be a list, not an object" },
  { "internal-owner-list", TP ("\"internal\": [{\"title\": \"Plan\", \"owner\": []}]"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[0].internal[0].owner: must be a string, not a list" },
  { "status-number", TP ("\"status\": 1"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].status: must be a string, not a number" },
  { "created-number", HEAD "\"created\": 20261122}", 0, JM_FILE_ERROR_INVALID, "created: must be a string, not a number" },

  /* out of range */
  { "emotion-high", TP ("\"emotion\": 7"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].emotion: must be between −2 and 2 (is 7)" },
  { "emotion-low", TP ("\"emotion\": -2.5"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].emotion: must be between −2 and 2 (is -2.5)" },
  { "expectation-6", TP ("\"expectation\": 6"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].expectation: must be a whole number from 1 to 5 (is 6)" },
  { "performance-0", TP ("\"performance\": 0"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].performance: must be a whole number from 1 to 5 (is 0)" },
  { "expectation-fraction", TP ("\"expectation\": 2.5"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].expectation: must be a whole number from 1 to 5 (is 2.5)" },
  { "color-name", PERSONA ("\"id\": \"p1\", \"name\": \"A\", \"color\": \"blue\""), 0,
    JM_FILE_ERROR_INVALID, "personas[0].color: “blue” is not a colour like “#3584e4”" },
  { "color-short", PERSONA ("\"id\": \"p1\", \"name\": \"A\", \"color\": \"#35e\""), 0,
    JM_FILE_ERROR_INVALID, "personas[0].color: “#35e” is not a colour" },
  { "kpi-infinite", TP ("\"kpis\": [{\"name\": \"CTR\", \"actual\": 1e999}]"), 0,
    JM_FILE_ERROR_INVALID, "touchpoints[0].kpis[0].actual: the number is too large" },
  { "unknown-infinite", HEAD "\"x-big\": [1, {\"a\": -1e999}]}", 0, JM_FILE_ERROR_INVALID, "x-big[1].a: the number is too large" },

  { "lone-surrogate", TP ("\"feeling\": \"a\\udc00b\""), 0, JM_FILE_ERROR_INVALID,
    "touchpoints[0].feeling: contains a broken \\u escape" },
  { "lone-surrogate-unknown", HEAD "\"x-notes\": [\"fine\", \"x\\udc00y\"]}", 0, JM_FILE_ERROR_INVALID,
    "x-notes[1]: contains a broken \\u escape" },

  /* show of hands */
  { "hands-list", TP ("\"hands\": [2, 3, 5]"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].hands: must be an object, not a list" },
  { "hands-string", TP ("\"hands\": {\"ok\": \"3\"}"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].hands.ok: must be a number, not a string" },
  { "hands-negative", TP ("\"hands\": {\"delight\": -1}"), 0, JM_FILE_ERROR_INVALID,
    "touchpoints[0].hands.delight: must be a whole number from 0 to 9999 (is -1)" },
  { "hands-fraction", TP ("\"hands\": {\"ok\": 2, \"disappointment\": 1.5}"), 0, JM_FILE_ERROR_INVALID,
    "touchpoints[0].hands.disappointment: must be a whole number from 0 to 9999 (is 1.5)" },
  { "hands-huge", FOURTH ("{\"id\": \"t4\", \"persona\": \"p1\", \"phase\": \"ph1\", \"title\": \"X\", "
                          "\"hands\": {\"ok\": 100000}}"), 0, JM_FILE_ERROR_INVALID,
    "touchpoints[3].hands.ok: must be a whole number from 0 to 9999 (is 100000)" },
  { "hands-too-large", TP ("\"hands\": {\"ok\": 1e999}"), 0, JM_FILE_ERROR_INVALID,
    "touchpoints[0].hands.ok: must be a whole number from 0 to 9999 (is " },
  { "hands-unknown-rating", TP ("\"hands\": {\"great\": 4}"), 0, JM_FILE_ERROR_INVALID,
    "touchpoints[0].hands.great: unknown rating “great” (use disappointment, ok or delight)" },

  /* unknown names */
  { "status-done", TP ("\"status\": \"done\""), 0, JM_FILE_ERROR_INVALID,
    "touchpoints[0].status: unknown status “done” (use draft, validated-internal or validated-customer)" },
  { "rating-great", TP ("\"ratings\": {\"u1\": \"great\"}"), 0, JM_FILE_ERROR_INVALID,
    "touchpoints[0].ratings.u1: unknown rating “great” (use disappointment, ok or delight)" },
  { "rating-upper-case", TP ("\"ratings\": {\"u2\": \"OK\"}"), 0, JM_FILE_ERROR_INVALID, "touchpoints[0].ratings.u2: unknown rating “OK”" },

  /* dates */
  { "created-words", HEAD "\"created\": \"yesterday\"}", 0, JM_FILE_ERROR_INVALID,
    "created: “yesterday” is not a date and time like “2026-11-22T09:00:00Z”" },
  { "modified-month-13", HEAD "\"modified\": \"2026-13-01T00:00:00Z\"}", 0, JM_FILE_ERROR_INVALID,
    "modified: “2026-13-01T00:00:00Z” is not a date and time" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  gssize length = bad->length > 0 ? (gssize)bad->length : -1;
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) doc = NULL;

  doc = jm_file_load_from_data (bad->input, length, &error);

  g_assert_null (doc);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, JM_FILE_ERROR, (int)bad->code);
  if (strstr (error->message, bad->message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, bad->message);
}

static char *
repeat (const char *text,
        guint       times)
{
  GString *s = g_string_sized_new (strlen (text) * times + 1);

  for (guint i = 0; i < times; i++)
    g_string_append (s, text);

  return g_string_free (s, FALSE);
}

static void
assert_too_deep (const char *input,
                 const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) doc = jm_file_load_from_data (input, -1, &error);

  g_assert_null (doc);
  g_assert_error (error, JM_FILE_ERROR, JM_FILE_ERROR_TOO_DEEP);
  g_test_message ("%s", error->message);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, message);
}

/* json-glib recurses per level: this must be refused, not crash. */
static void
test_deep_lists (void)
{
  g_autofree char *brackets = repeat ("[", 100000);
  g_autofree char *objects = repeat ("{\"a\": ", 100000);
  g_autofree char *inner = repeat ("[", JM_FILE_MAX_DEPTH);
  g_autofree char *late = g_strconcat (HEAD "\n\"x\":\n", inner, NULL);

  assert_too_deep (brackets, "Line 1, column 65: ");
  assert_too_deep (objects, "Line 1, column 385: ");
  /* the root object is level 1, so the 64th "[" is one too many */
  assert_too_deep (late, "Line 3, column 64: ");
}

static void
test_deep_but_allowed (void)
{
  g_autofree char *open = repeat ("[", JM_FILE_MAX_DEPTH - 1);
  g_autofree char *close = repeat ("]", JM_FILE_MAX_DEPTH - 1);
  g_autofree char *in_string = repeat ("[{", 1000);
  g_autofree char *deepest = g_strconcat (HEAD "\"x\": ", open, close, "}", NULL);
  g_autofree char *quoted = g_strconcat (HEAD "\"x\": \"\\\"", in_string, "\"}", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) a = NULL;
  g_autoptr(JmDocument) b = NULL;

  a = jm_file_load_from_data (deepest, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (a);

  /* brackets inside strings (after an escaped quote) do not count */
  b = jm_file_load_from_data (quoted, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (b);
}

static void
on_changed (JmDocument     *doc,
            const JmChange *change,
            guint          *n_changes)
{
  (*n_changes)++;
}

/* Loading builds a new document: a failed load cannot touch the one
 * that is open. */
static void
test_failed_load_leaves_document_alone (void)
{
  const char *root = g_getenv ("JM_SOURCE_ROOT");
  g_autofree char *path = g_build_filename (root, "tests", "data", "minimal.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) open = NULL;
  g_autoptr(JmDocument) fresh = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_changes = 0;

  g_assert_nonnull (root);
  open = jm_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (open);
  before = jm_file_save_to_data (open, NULL);
  g_signal_connect (open, "changed", G_CALLBACK (on_changed), &n_changes);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      const BadInput *bad = &bad_inputs[i];
      g_autoptr(GError) load_error = NULL;
      g_autoptr(JmDocument) doc =
        jm_file_load_from_data (bad->input, bad->length > 0 ? (gssize)bad->length : -1, &load_error);

      g_assert_null (doc);
      g_assert_nonnull (load_error);
    }

  g_assert_cmpuint (n_changes, ==, 0);
  after = jm_file_save_to_data (open, NULL);
  g_assert_cmpstr (after, ==, before);

  fresh = jm_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (jm_document_equal (open, fresh));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/file-errors/%s", bad_inputs[i].name);

      g_test_add_data_func (test_path, &bad_inputs[i], test_bad_input);
    }

  g_test_add_func ("/file-errors/deep-lists", test_deep_lists);
  g_test_add_func ("/file-errors/deep-but-allowed", test_deep_but_allowed);
  g_test_add_func ("/file-errors/failed-load-leaves-document-alone", test_failed_load_leaves_document_alone);

  return g_test_run ();
}
