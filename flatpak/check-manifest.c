/* check-manifest.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Checks the structure of the flatpak manifest offline, so that a broken
 * manifest shows up in `meson test` rather than on a build server.
 *
 * Usage: check-manifest MANIFEST APP-ID
 */

#define G_LOG_DOMAIN "jm-check-manifest"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdarg.h>

typedef struct
{
  const char *path;
  guint       n_failures;
} Checker;

static void report_failure (Checker    *checker,
                            const char *format,
                            ...) G_GNUC_PRINTF (2, 3);

static void
report_failure (Checker    *checker,
                const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  g_assert (checker != NULL);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("%s: %s\n", checker->path, message);
  checker->n_failures++;
}

/* Returns NULL when the member is missing or not a string. */
static const char *
lookup_string (JsonObject *object,
               const char *member)
{
  JsonNode *node;

  g_assert (object != NULL);
  g_assert (member != NULL);

  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonArray *
lookup_array (JsonObject *object,
              const char *member)
{
  JsonNode *node;

  g_assert (object != NULL);
  g_assert (member != NULL);

  node = json_object_get_member (object, member);
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

static void
expect_string (Checker    *checker,
               JsonObject *object,
               const char *where,
               const char *member,
               const char *expected)
{
  const char *value;

  g_assert (checker != NULL);
  g_assert (object != NULL);

  value = lookup_string (object, member);
  if (value == NULL)
    report_failure (checker, "%s\"%s\" is missing or not a string, expected \"%s\"",
                    where, member, expected);
  else if (g_strcmp0 (value, expected) != 0)
    report_failure (checker, "%s\"%s\" is \"%s\", expected \"%s\"",
                    where, member, value, expected);
}

static gboolean
array_contains_string (JsonArray  *array,
                       const char *expected)
{
  guint length;

  g_assert (array != NULL);

  length = json_array_get_length (array);
  for (guint i = 0; i < length; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_STRING &&
          g_strcmp0 (json_node_get_string (node), expected) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
check_finish_args (Checker    *checker,
                   JsonObject *manifest)
{
  JsonArray *finish_args;

  g_assert (checker != NULL);
  g_assert (manifest != NULL);

  finish_args = lookup_array (manifest, "finish-args");
  if (finish_args == NULL)
    report_failure (checker, "\"finish-args\" is missing or not an array");
  else if (!array_contains_string (finish_args, "--socket=wayland"))
    report_failure (checker, "\"finish-args\" does not contain \"--socket=wayland\"");
}

static gboolean
is_project_source (JsonNode *node)
{
  JsonObject *source;

  g_assert (node != NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  source = json_node_get_object (node);
  return g_strcmp0 (lookup_string (source, "type"), "dir") == 0 &&
         g_strcmp0 (lookup_string (source, "path"), "..") == 0;
}

static void
check_sources (Checker    *checker,
               JsonObject *module)
{
  JsonArray *sources;
  guint length;

  g_assert (checker != NULL);
  g_assert (module != NULL);

  sources = lookup_array (module, "sources");
  if (sources == NULL)
    {
      report_failure (checker, "last module: \"sources\" is missing or not an array");
      return;
    }

  length = json_array_get_length (sources);
  for (guint i = 0; i < length; i++)
    {
      if (is_project_source (json_array_get_element (sources, i)))
        return;
    }

  report_failure (checker,
                  "last module: \"sources\" has no {\"type\": \"dir\", \"path\": \"..\"} "
                  "entry, so it would not build this checkout");
}

static void
check_run_tests (Checker    *checker,
                 JsonObject *module)
{
  JsonNode *node;

  g_assert (checker != NULL);
  g_assert (module != NULL);

  node = json_object_get_member (module, "run-tests");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    report_failure (checker, "last module: \"run-tests\" is missing or not a boolean, expected true");
  else if (!json_node_get_boolean (node))
    report_failure (checker, "last module: \"run-tests\" is false, expected true");
}

static void
check_modules (Checker    *checker,
               JsonObject *manifest)
{
  JsonArray *modules;
  JsonNode *last;
  JsonObject *module;
  guint length;

  g_assert (checker != NULL);
  g_assert (manifest != NULL);

  modules = lookup_array (manifest, "modules");
  length = modules != NULL ? json_array_get_length (modules) : 0;
  if (length == 0)
    {
      report_failure (checker, "\"modules\" is missing, not an array or empty");
      return;
    }

  /* The application is built last, after the modules it depends on. */
  last = json_array_get_element (modules, length - 1);
  if (!JSON_NODE_HOLDS_OBJECT (last))
    {
      report_failure (checker, "the last entry of \"modules\" is not an object");
      return;
    }

  module = json_node_get_object (last);
  expect_string (checker, module, "last module: ", "name", PACKAGE_NAME);
  expect_string (checker, module, "last module: ", "buildsystem", "meson");
  check_sources (checker, module);
  check_run_tests (checker, module);
}

static void
check_manifest (Checker    *checker,
                JsonObject *manifest,
                const char *app_id)
{
  g_assert (checker != NULL);
  g_assert (manifest != NULL);
  g_assert (app_id != NULL);

  expect_string (checker, manifest, "", "app-id", app_id);
  expect_string (checker, manifest, "", "runtime", "org.gnome.Platform");
  expect_string (checker, manifest, "", "sdk", "org.gnome.Sdk");
  expect_string (checker, manifest, "", "command", PACKAGE_NAME);
  check_finish_args (checker, manifest);
  check_modules (checker, manifest);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  Checker checker = { NULL, 0 };
  JsonNode *root;

  if (argc != 3)
    {
      g_printerr ("Usage: %s MANIFEST APP-ID\n", argv[0]);
      return 2;
    }

  checker.path = argv[1];
  parser = json_parser_new ();
  if (!json_parser_load_from_file (parser, checker.path, &error))
    {
      if (error->domain == JSON_PARSER_ERROR)
        g_printerr ("%s: not valid JSON: %s\n", checker.path, error->message);
      else
        g_printerr ("%s: cannot read the manifest: %s\n", checker.path, error->message);
      return 1;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_printerr ("%s: the manifest must be a JSON object\n", checker.path);
      return 1;
    }

  check_manifest (&checker, json_node_get_object (root), argv[2]);
  if (checker.n_failures > 0)
    {
      g_printerr ("%s: %u problem(s) found\n", checker.path, checker.n_failures);
      return 1;
    }

  g_print ("%s: ok\n", checker.path);
  return 0;
}
