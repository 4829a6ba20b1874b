/* test-file.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "jm-document.h"
#include "jm-file.h"
#include "jm-file-private.h"
#include "jm-test-util.h"

static GDateTime *
parse_date (const char *text)
{
  GDateTime *date = g_date_time_new_from_iso8601 (text, NULL);

  g_assert_nonnull (date);

  return date;
}

static void
add_kpi (JmTouchpoint *tp,
         const char   *name,
         const char   *unit,
         double        target,
         double        actual)
{
  g_autoptr(JmKpi) kpi = jm_kpi_new (name);

  jm_kpi_set_unit (kpi, unit);
  jm_kpi_set_target (kpi, target);
  jm_kpi_set_actual (kpi, actual);
  jm_touchpoint_insert_kpi (tp, kpi, -1);
}

static JmTouchpoint *
build_rich_touchpoint (void)
{
  JmTouchpoint *tp = jm_touchpoint_new ("t1", "p1", "ph1", "Sees an ad");
  g_autoptr(JmKpi) bare = jm_kpi_new ("Reach");
  g_autoptr(JmInternalStep) step1 = jm_internal_step_new ("Campaign planning", "Marketing");
  g_autoptr(JmInternalStep) step2 = jm_internal_step_new ("Ad booking", NULL);

  jm_touchpoint_set_action (tp, "Scrolls the “social” feed\n\tsecond line \\ \"quoted\" \x01");
  jm_touchpoint_set_channel (tp, "social media");
  jm_touchpoint_set_owned (tp, FALSE);
  jm_touchpoint_set_owner (tp, "Marketing");
  jm_touchpoint_set_feeling (tp, "neugierig – äöü ß 😀");
  jm_touchpoint_set_emotion (tp, 1.5);
  /* cast out of participant order: the file lists them in that order */
  jm_touchpoint_set_rating (tp, "u3", JM_RATING_OK);
  jm_touchpoint_set_rating (tp, "u1", JM_RATING_DELIGHT);
  jm_touchpoint_set_rating (tp, "u2", JM_RATING_DISAPPOINTMENT);
  jm_touchpoint_set_hands (tp, JM_RATING_DISAPPOINTMENT, 2);
  jm_touchpoint_set_hands (tp, JM_RATING_DELIGHT, 5);
  jm_touchpoint_set_expectation (tp, 4);
  jm_touchpoint_set_performance (tp, 3);
  jm_touchpoint_set_super (tp, TRUE);
  jm_touchpoint_set_status (tp, JM_STATUS_VALIDATED_CUSTOMER);
  jm_touchpoint_set_quick_win (tp, "Shorter copy");
  add_kpi (tp, "CTR", "%", 2.5, 1.9);
  add_kpi (tp, "Cost", "€", 1e20, -0.1);
  jm_touchpoint_insert_kpi (tp, bare, -1);
  jm_touchpoint_insert_internal_step (tp, step1, -1);
  jm_touchpoint_insert_internal_step (tp, step2, -1);

  return tp;
}

static JmDocument *
build_rich_document (void)
{
  JmDocument *doc = jm_document_new ();
  g_autoptr(GDateTime) created = parse_date ("2026-11-22T11:00:00+02:00");
  g_autoptr(GDateTime) modified = parse_date ("2026-11-22T17:30:00.250Z");
  g_autoptr(JmPersona) anna = jm_persona_new ("p1", "Anna");
  g_autoptr(JmPersona) ben = jm_persona_new ("p2", "");
  g_autoptr(JmTouchpoint) rich = build_rich_touchpoint ();
  g_autoptr(JmTouchpoint) plain = jm_touchpoint_new ("t2", "p2", "ph2", "");
  const char *phases[] = { "Awareness", "Purchase", "Service" };
  const char *people[] = { "Ben", "Carla", "Dieter" };

  jm_document_set_title (doc, "Online shop – first purchase");
  jm_document_set_description (doc, "Scope of the map");
  jm_document_set_owner (doc, "Mia");
  jm_document_set_created (doc, created);
  jm_document_set_modified (doc, modified);

  jm_persona_set_profile (anna, "35, works in IT");
  jm_persona_set_goal (anna, "Buy a gift");
  jm_persona_set_preferences (anna, "Mobile");
  jm_persona_set_experiences (anna, "Bought once before");
  jm_persona_set_color (anna, "#3584e4");
  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, anna, -1);
  jm_document_insert (doc, JM_COLLECTION_PERSONAS, NULL, ben, -1);

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i + 1);
      g_autoptr(JmPhase) phase = jm_phase_new (id, phases[i]);

      if (i == 0)
        jm_phase_set_description (phase, "First contact");
      jm_document_insert (doc, JM_COLLECTION_PHASES, NULL, phase, -1);
    }

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", i + 1);
      g_autoptr(JmParticipant) participant = jm_participant_new (id, people[i]);

      jm_participant_set_role (participant, "Service");
      jm_document_insert (doc, JM_COLLECTION_PARTICIPANTS, NULL, participant, -1);
    }

  jm_touchpoint_set_rating (plain, "u2", JM_RATING_OK);
  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, rich, -1);
  jm_document_insert (doc, JM_COLLECTION_TOUCHPOINTS, NULL, plain, -1);

  return doc;
}

static JmDocument *
load_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  JmDocument *doc = jm_file_load_from_data (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);

  return doc;
}

static void
test_round_trip (void)
{
  g_autoptr(JmDocument) doc = build_rich_document ();
  g_autoptr(JmDocument) loaded = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  gsize length = 0;
  JmTouchpoint *tp;

  text = jm_file_save_to_data (doc, &length);
  g_assert_cmpuint (length, ==, strlen (text));
  g_assert_true (g_utf8_validate (text, -1, NULL));

  loaded = load_text (text);
  g_assert_true (jm_document_equal (doc, loaded));

  /* spot checks that equal() is not trivially true */
  tp = jm_document_find_touchpoint (loaded, "t1");
  g_assert_nonnull (tp);
  g_assert_false (jm_touchpoint_get_owned (tp));
  g_assert_cmpfloat (jm_touchpoint_get_emotion (tp), ==, 1.5);
  g_assert_cmpint (jm_touchpoint_get_rating (tp, "u2"), ==, JM_RATING_DISAPPOINTMENT);
  g_assert_cmpuint (jm_touchpoint_get_hands (tp, JM_RATING_DELIGHT), ==, 5);
  g_assert_cmpuint (jm_touchpoint_get_hands (tp, JM_RATING_OK), ==, 0);
  g_assert_cmpuint (jm_touchpoint_get_n_kpis (tp), ==, 3);
  g_assert_cmpfloat (jm_kpi_get_target (jm_touchpoint_get_kpi (tp, 1)), ==, 1e20);
  g_assert_false (jm_kpi_get_has_target (jm_touchpoint_get_kpi (tp, 2)));
  g_assert_cmpstr (jm_internal_step_get_owner (jm_touchpoint_get_internal_step (tp, 1)), ==, NULL);
  g_assert_cmpstr (jm_touchpoint_get_feeling (tp), ==, "neugierig – äöü ß 😀");
  g_assert_false (jm_touchpoint_get_has_emotion (jm_document_find_touchpoint (loaded, "t2")));
  g_assert_cmpstr (jm_persona_get_name (jm_document_get_persona (loaded, 1)), ==, "");

  again = jm_file_save_to_data (loaded, NULL);
  g_assert_cmpstr (again, ==, text);
}

static void
test_text_form (void)
{
  g_autoptr(JmDocument) doc = build_rich_document ();
  g_autofree char *text = jm_file_save_to_data (doc, NULL);
  g_auto(GStrv) emotions = g_strsplit (text, "\"emotion\"", -1);
  const char *u1, *u2, *u3;

  /* dates in UTC, sub-seconds only where there are some */
  g_assert_nonnull (strstr (text, "  \"created\": \"2026-11-22T09:00:00Z\",\n"));
  g_assert_nonnull (strstr (text, "  \"modified\": \"2026-11-22T17:30:00.250000Z\",\n"));

  /* numbers in their shortest form, doubles stay doubles */
  g_assert_nonnull (strstr (text, "\"emotion\": 1.5,"));
  g_assert_nonnull (strstr (text, "\"actual\": 1.9,"));
  g_assert_nonnull (strstr (text, "\"target\": 1e+20,"));
  g_assert_nonnull (strstr (text, "\"actual\": -0.1,"));
  g_assert_nonnull (strstr (text, "\"expectation\": 4,"));

  /* escapes */
  g_assert_nonnull (strstr (text, "\\n\\tsecond line \\\\ \\\"quoted\\\" \\u0001\""));

  /* ratings in participant order, not in the order they were cast */
  u1 = strstr (text, "\"u1\": \"delight\"");
  u2 = strstr (text, "\"u2\": \"disappointment\"");
  u3 = strstr (text, "\"u3\": \"ok\"");
  g_assert_nonnull (u1);
  g_assert_nonnull (u2);
  g_assert_nonnull (u3);
  g_assert_true (u1 < u2 && u2 < u3);

  /* a show of hands after the named votes, without the zero counts */
  g_assert_nonnull (strstr (text, "      \"hands\": {\n"
                                  "        \"disappointment\": 2,\n"
                                  "        \"delight\": 5\n"
                                  "      },\n"));
  g_assert_true (strstr (text, "\"hands\"") > u3);

  /* an unset emotion, expectation or KPI value is left out */
  g_assert_cmpuint (g_strv_length (emotions), ==, 2);
  g_assert_null (strstr (text, "\"target\": 0"));

  g_assert_true (g_str_has_suffix (text, "}\n"));
}

/* The exact text of a small map: member order, indent and spacing. */
static void
test_exact_text (void)
{
  const char *expected =
    "{\n"
    "  \"format\": \"journey-map\",\n"
    "  \"version\": 1,\n"
    "  \"title\": \"Tiny\",\n"
    "  \"personas\": [\n"
    "    {\n"
    "      \"id\": \"p1\",\n"
    "      \"name\": \"Anna\",\n"
    "      \"color\": \"#3584e4\"\n"
    "    }\n"
    "  ],\n"
    "  \"phases\": [\n"
    "    {\n"
    "      \"id\": \"ph1\",\n"
    "      \"name\": \"Use\"\n"
    "    }\n"
    "  ],\n"
    "  \"participants\": [],\n"
    "  \"touchpoints\": [\n"
    "    {\n"
    "      \"id\": \"t1\",\n"
    "      \"persona\": \"p1\",\n"
    "      \"phase\": \"ph1\",\n"
    "      \"title\": \"App\",\n"
    "      \"channel\": \"app\",\n"
    "      \"owned\": true,\n"
    "      \"emotion\": -2.0,\n"
    "      \"super\": false,\n"
    "      \"status\": \"validated-internal\",\n"
    "      \"kpis\": [\n"
    "        {\n"
    "          \"name\": \"NPS\",\n"
    "          \"target\": 50.0,\n"
    "          \"unit\": \"\"\n"
    "        }\n"
    "      ]\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autoptr(JmDocument) doc = load_text (expected);
  g_autofree char *text = jm_file_save_to_data (doc, NULL);

  g_assert_cmpstr (text, ==, expected);
}

/* A hand-written file with every member is already in the form we
 * write: loading and saving gives back the same bytes. */
/* Loads tests/data/@name, which must be in the one form the writer
 * writes, and checks that saving gives back its text to the byte. */
static JmDocument *
load_golden (const char *name)
{
  g_autofree char *path = jm_test_source_path ("tests", "data", name, NULL);
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  JmDocument *doc;

  g_assert_true (g_file_get_contents (path, &original, NULL, &error));
  g_assert_no_error (error);

  doc = load_text (original);
  saved = jm_file_save_to_data (doc, NULL);
  g_assert_cmpstr (saved, ==, original);

  return doc;
}

static void
test_golden_file (void)
{
  g_autoptr(JmDocument) doc = load_golden ("full.journey");
  JmTouchpoint *t2;
  double emotion = 0.0;
  gboolean derived = FALSE;

  g_assert_cmpstr (jm_persona_get_color (jm_document_find_persona (doc, "p2")), ==, "#e66100");
  t2 = jm_document_find_touchpoint (doc, "t2");
  g_assert_true (jm_touchpoint_get_super (t2));
  g_assert_true (jm_touchpoint_get_effective_emotion (t2, &emotion, &derived));
  g_assert_true (derived);
  g_assert_cmpfloat_with_epsilon (emotion, -4.0 / 3.0, 1e-9);
}

/* What the writer does at the edges, each in the one form it writes:
 * escapes and text outside ASCII, a date with microseconds, votes in
 * the order of the participants, hands but not the zeros, tiny and
 * huge numbers, and unknown members holding empty and nested lists and
 * objects. */
static void
test_golden_edge_cases (void)
{
  g_autoptr(JmDocument) doc = load_golden ("edge-cases.journey");

  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), ==, 1);
}

static void
test_defaults (void)
{
  g_autofree char *path = jm_test_source_path ("tests", "data", "minimal.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) doc = jm_file_load (file, &error);
  JmTouchpoint *tp;
  JmKpi *kpi;

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_null (jm_document_get_title (doc));
  g_assert_null (jm_document_get_created (doc));
  g_assert_cmpuint (jm_document_get_n_participants (doc), ==, 0);

  tp = jm_document_get_touchpoint (doc, 0);
  g_assert_true (jm_touchpoint_get_owned (tp));
  g_assert_false (jm_touchpoint_get_super (tp));
  g_assert_cmpint (jm_touchpoint_get_status (tp), ==, JM_STATUS_DRAFT);
  g_assert_false (jm_touchpoint_get_has_emotion (tp));
  g_assert_cmpint (jm_touchpoint_get_expectation (tp), ==, JM_SCORE_UNSET);
  g_assert_cmpint (jm_touchpoint_get_performance (tp), ==, JM_SCORE_UNSET);
  g_assert_cmpuint (jm_touchpoint_get_n_ratings (tp), ==, 0);
  g_assert_null (jm_touchpoint_get_channel (tp));

  kpi = jm_touchpoint_get_kpi (tp, 0);
  g_assert_cmpstr (jm_kpi_get_name (kpi), ==, "CTR");
  g_assert_false (jm_kpi_get_has_target (kpi));
  g_assert_false (jm_kpi_get_has_actual (kpi));
}

static void
test_lenient_values (void)
{
  /* null means "not set"; whole doubles count as whole numbers */
  g_autoptr(JmDocument) doc = load_text (
    "{\"format\": \"journey-map\", \"version\": 1.0, \"title\": null,"
    " \"personas\": [{\"id\": \"p1\", \"name\": \"A\", \"color\": null}],"
    " \"phases\": [{\"id\": \"ph1\", \"name\": \"B\"}],"
    " \"participants\": [{\"id\": \"u1\"}],"
    " \"touchpoints\": [{\"id\": \"t1\", \"persona\": \"p1\", \"phase\": \"ph1\", \"title\": \"C\","
    "   \"expectation\": 4.0, \"performance\": 2, \"emotion\": -1,"
    "   \"ratings\": {\"u1\": null}, \"status\": null, \"owned\": null},"
    "  {\"id\": \"t2\", \"persona\": \"p1\", \"phase\": \"ph1\", \"title\": \"D\","
    "   \"emotion\": null, \"expectation\": null}]}");
  JmTouchpoint *tp = jm_document_get_touchpoint (doc, 0);
  JmTouchpoint *t2 = jm_document_get_touchpoint (doc, 1);

  g_assert_null (jm_document_get_title (doc));
  g_assert_cmpint (jm_touchpoint_get_expectation (tp), ==, 4);
  g_assert_true (jm_touchpoint_get_has_emotion (tp));
  g_assert_cmpfloat (jm_touchpoint_get_emotion (tp), ==, -1.0);
  g_assert_cmpuint (jm_touchpoint_get_n_ratings (tp), ==, 0);
  g_assert_true (jm_touchpoint_get_owned (tp));
  g_assert_false (jm_touchpoint_get_has_emotion (t2));
  g_assert_cmpint (jm_touchpoint_get_expectation (t2), ==, JM_SCORE_UNSET);
}

static void
assert_member_equal (JsonObject *a,
                     JsonObject *b,
                     const char *member)
{
  JsonNode *na = json_object_get_member (a, member);
  JsonNode *nb = json_object_get_member (b, member);

  g_assert_nonnull (na);
  g_assert_nonnull (nb);
  if (!json_node_equal (na, nb))
    g_error ("member “%s” differs: %s vs %s", member, json_to_string (na, FALSE), json_to_string (nb, FALSE));
}

static JsonObject *
object_at (JsonObject *root,
           const char *array,
           guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, array), index);
}

static const char *
last_member (JsonObject *object)
{
  g_autoptr(GList) members = json_object_get_members (object);

  return g_list_last (members)->data;
}

static void
test_unknown_members (void)
{
  g_autofree char *path = jm_test_source_path ("tests", "data", "unknown-members.journey", NULL);
  g_autofree char *original = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) doc = NULL;
  g_autoptr(JmDocument) reloaded = NULL;
  g_autoptr(JsonParser) in = json_parser_new ();
  g_autoptr(JsonParser) out = json_parser_new ();
  JsonObject *a, *b, *tp_a, *tp_b;

  g_assert_true (g_file_get_contents (path, &original, NULL, &error));
  g_assert_no_error (error);

  doc = load_text (original);
  saved = jm_file_save_to_data (doc, NULL);
  reloaded = load_text (saved);
  g_assert_true (jm_document_equal (doc, reloaded));
  saved_again = jm_file_save_to_data (reloaded, NULL);
  g_assert_cmpstr (saved, ==, saved_again);

  g_assert_true (json_parser_load_from_data (in, original, -1, NULL));
  g_assert_true (json_parser_load_from_data (out, saved, -1, NULL));
  a = json_node_get_object (json_parser_get_root (in));
  b = json_node_get_object (json_parser_get_root (out));

  assert_member_equal (a, b, "x-root");
  assert_member_equal (a, b, "x-root-last");
  g_assert_cmpstr (last_member (b), ==, "x-root-last");
  assert_member_equal (object_at (a, "personas", 0), object_at (b, "personas", 0), "x-persona");
  assert_member_equal (object_at (a, "personas", 0), object_at (b, "personas", 0), "avatar");
  assert_member_equal (object_at (a, "phases", 0), object_at (b, "phases", 0), "x-phase");
  assert_member_equal (object_at (a, "participants", 0), object_at (b, "participants", 0), "x-participant");

  tp_a = object_at (a, "touchpoints", 0);
  tp_b = object_at (b, "touchpoints", 0);
  assert_member_equal (tp_a, tp_b, "x-touchpoint-first");
  /* unknown members follow the known ones */
  g_assert_cmpstr (last_member (tp_b), ==, "x-touchpoint-first");
  assert_member_equal (object_at (tp_a, "kpis", 0), object_at (tp_b, "kpis", 0), "x-kpi");
  assert_member_equal (object_at (tp_a, "internal", 0), object_at (tp_b, "internal", 0), "x-step");

  /* and the text itself, so the numbers are not rewritten */
  g_assert_nonnull (strstr (saved, "\"x-phase\": [\n        1e+20,\n        -0.5,\n        0.1\n      ]"));
  g_assert_nonnull (strstr (saved, "\"x-participant\": null"));
  g_assert_nonnull (strstr (saved, "\"empty\": {}"));
}

/* Every member written for a map with every field set is described in
 * data/journey.schema.json, and the schema describes nothing more. */
static void
assert_schema_matches (JsonObject *schema,
                       const char *def,
                       JsonObject *written)
{
  JsonObject *described = schema;
  g_autoptr(GList) members = json_object_get_members (written);

  if (def != NULL)
    described = json_object_get_object_member (json_object_get_object_member (schema, "$defs"), def);
  described = json_object_get_object_member (described, "properties");

  for (const GList *l = members; l != NULL; l = l->next)
    if (!json_object_has_member (described, l->data))
      g_error ("the schema does not describe “%s” of %s", (char *)l->data, def ? def : "the map");

  g_assert_cmpuint (json_object_get_size (described), ==, json_object_get_size (written));
}

static void
test_schema_matches_output (void)
{
  g_autofree char *path = jm_test_source_path ("data", "journey.schema.json", NULL);
  g_autoptr(JmDocument) doc = build_rich_document ();
  g_autofree char *text = jm_file_save_to_data (doc, NULL);
  g_autoptr(JsonParser) schema_parser = json_parser_new ();
  g_autoptr(JsonParser) map_parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *schema, *map, *tp;

  json_parser_load_from_file (schema_parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (map_parser, text, -1, NULL));
  schema = json_node_get_object (json_parser_get_root (schema_parser));
  map = json_node_get_object (json_parser_get_root (map_parser));

  g_assert_cmpstr (json_object_get_string_member (schema, "$schema"), ==,
                   "https://json-schema.org/draft/2020-12/schema");

  tp = object_at (map, "touchpoints", 0);
  assert_schema_matches (schema, NULL, map);
  assert_schema_matches (schema, "persona", object_at (map, "personas", 0));
  assert_schema_matches (schema, "phase", object_at (map, "phases", 0));
  assert_schema_matches (schema, "participant", object_at (map, "participants", 0));
  assert_schema_matches (schema, "touchpoint", tp);
  assert_schema_matches (schema, "kpi", object_at (tp, "kpis", 0));
  assert_schema_matches (schema, "internal_step", object_at (tp, "internal", 0));
}

static void
test_dangling_votes_not_written (void)
{
  g_autoptr(JmDocument) doc = build_rich_document ();
  g_autoptr(JmDocument) loaded = NULL;
  g_autofree char *text = NULL;

  jm_touchpoint_set_rating (jm_document_get_touchpoint (doc, 0), "ghost", JM_RATING_DELIGHT);
  text = jm_file_save_to_data (doc, NULL);
  g_assert_null (strstr (text, "ghost"));

  loaded = load_text (text);
  g_assert_cmpuint (jm_touchpoint_get_n_ratings (jm_document_get_touchpoint (loaded, 0)), ==, 3);
}

static char *
make_scratch_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("jm-test-file-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
test_save_and_load_file (void)
{
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "map.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JmDocument) doc = build_rich_document ();
  g_autoptr(JmDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *expected = jm_file_save_to_data (doc, NULL);

  g_assert_true (g_file_set_contents (path, "old bytes\n", -1, NULL));
  g_assert_true (jm_file_save (doc, file, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);

  loaded = jm_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_true (jm_document_equal (doc, loaded));

  jm_test_remove_tree (dir);
}

static void
test_save_fails_on_directory (void)
{
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *target = g_build_filename (dir, "folder.journey", NULL);
  g_autofree char *orphan = g_build_filename (dir, "missing", "map.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(GFile) orphan_file = g_file_new_for_path (orphan);
  g_autoptr(JmDocument) doc = build_rich_document ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (target, 0755), ==, 0);

  g_assert_false (jm_file_save (doc, file, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "folder.journey"));
  g_assert_true (g_file_test (target, G_FILE_TEST_IS_DIR));
  g_clear_error (&error);

  g_assert_false (jm_file_save (doc, orphan_file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "map.journey"));

  /* nothing left behind beside the target */
  g_assert_cmpuint (jm_test_count_entries (dir), ==, 1);
  g_assert_cmpuint (jm_test_count_entries (target), ==, 0);

  jm_test_remove_tree (dir);
}

/* Make the write itself fail half way (a file size limit stops root
 * too, unlike permissions) and check the old file keeps its bytes. */
static void
test_save_is_atomic (void)
{
  g_autofree char *dir = make_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "map.journey", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(JmDocument) doc = build_rich_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  struct rlimit saved_limit, small_limit;
  gboolean ok;

  g_assert_true (g_file_set_contents (path, "old bytes\n", -1, NULL));

  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  small_limit = saved_limit;
  small_limit.rlim_cur = 100;
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small_limit), ==, 0);

  ok = jm_file_save (doc, file, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (ok);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "map.journey"));

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old bytes\n");
  g_assert_cmpuint (jm_test_count_entries (dir), ==, 1);

  jm_test_remove_tree (dir);
}

static void
test_load_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/jm-test/none.journey");
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) doc = jm_file_load (file, &error);

  g_assert_null (doc);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static void
test_sample (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = jm_test_source_path ("data", "samples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(JmDocument) doc = NULL;
  g_autoptr(JmDocument) reloaded = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;

  doc = jm_file_load (file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (doc);
  g_assert_cmpuint (jm_document_get_n_personas (doc), >, 0);
  g_assert_cmpuint (jm_document_get_n_phases (doc), >, 0);
  g_assert_cmpuint (jm_document_get_n_touchpoints (doc), >, 0);

  text = jm_file_save_to_data (doc, NULL);
  reloaded = load_text (text);
  g_assert_true (jm_document_equal (doc, reloaded));

  again = jm_file_save_to_data (reloaded, NULL);
  g_assert_cmpstr (again, ==, text);
}

/* Numbers are written in the shortest form that reads back as the same
 * double: whole ones as they are, on both sides of where that stops
 * being shorter than an exponent. */
static void
test_number_form (void)
{
  static const struct { double value; const char *text; } cases[] = {
    { 0.0, "0" }, { -0.0, "-0" }, { 5.0, "5" }, { -3.0, "-3" }, { 40.0, "40" },
    { 1234567.0, "1234567" }, { 999999999999999.0, "999999999999999" },
    { 1e15, "1000000000000000" }, { -1e16, "-10000000000000000" }, { 1e17, "1e+17" },
    { 1e20, "1e+20" }, { 1.5, "1.5" }, { -0.5, "-0.5" }, { 0.1, "0.1" }, { 1.9, "1.9" },
    { 12.25, "12.25" }, { 0.001, "0.001" }, { 1e-7, "1e-07" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = jm_json_format_double (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpfloat (g_ascii_strtod (text, NULL), ==, cases[i].value);
    }

  for (guint i = 0; i < 1000; i++)
    {
      double value = (double) g_test_rand_int_range (-2000000, 2000000) * g_test_rand_int_range (1, 1000);
      g_autofree char *text = jm_json_format_double (value);
      g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);

      g_assert_cmpstr (text, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file/round-trip", test_round_trip);
  g_test_add_func ("/file/text-form", test_text_form);
  g_test_add_func ("/file/exact-text", test_exact_text);
  g_test_add_func ("/file/golden-file", test_golden_file);
  g_test_add_func ("/file/golden-edge-cases", test_golden_edge_cases);
  g_test_add_func ("/file/number-form", test_number_form);
  g_test_add_func ("/file/defaults", test_defaults);
  g_test_add_func ("/file/lenient-values", test_lenient_values);
  g_test_add_func ("/file/unknown-members", test_unknown_members);
  g_test_add_func ("/file/schema-matches-output", test_schema_matches_output);
  g_test_add_func ("/file/dangling-votes-not-written", test_dangling_votes_not_written);
  g_test_add_func ("/file/save-and-load-file", test_save_and_load_file);
  g_test_add_func ("/file/save-fails-on-directory", test_save_fails_on_directory);
  g_test_add_func ("/file/save-is-atomic", test_save_is_atomic);
  g_test_add_func ("/file/load-missing-file", test_load_missing_file);
  g_test_add_data_func ("/file/sample/online-shop", "online-shop.journey", test_sample);
  g_test_add_data_func ("/file/sample/online-shop-de", "online-shop-de.journey", test_sample);

  return g_test_run ();
}
