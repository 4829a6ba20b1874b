/* jm-csv.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The CSV entry points that touch files. The table itself is written
 * by jm-csv-writer.c, split by jm-csv-reader.c and applied by
 * jm-csv-import.c. */

#define G_LOG_DOMAIN "jm-csv"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "jm-csv-private.h"
#include "jm-file-private.h"

G_DEFINE_QUARK (jm-csv-error-quark, jm_csv_error)

char
jm_csv_get_locale_separator (void)
{
  struct lconv *conventions = localeconv ();

  if (conventions != NULL && conventions->decimal_point != NULL &&
      conventions->decimal_point[0] == ',')
    return ';';

  return ',';
}

gboolean
jm_csv_export_to_file (JmDocument         *document,
                       const JmCsvOptions *options,
                       GFile              *file,
                       GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (JM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  data = jm_csv_export (document, options, &length);

  if (!jm_file_replace_contents (file, data, length, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not export “%s”: "), name);
      return FALSE;
    }

  return TRUE;
}

gboolean
jm_csv_import_file (JmHistory         *history,
                    GFile             *file,
                    JmCsvImportFlags   flags,
                    JmCsvImportReport *report,
                    GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (JM_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  _("Could not read “%s”: "), name);
      return FALSE;
    }

  return jm_csv_import (history, contents, length, flags, report, error);
}

char *
jm_csv_import_report_describe (const JmCsvImportReport *report)
{
  g_autofree char *updated = NULL;
  g_autofree char *created = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  if (report->updated == 0 && report->created == 0)
    return g_strdup (_("Nothing to change: the map already matches the table"));

  if (report->created == 0)
    return g_strdup_printf (ngettext ("%u touchpoint updated", "%u touchpoints updated",
                                      report->updated),
                            report->updated);

  if (report->updated == 0)
    return g_strdup_printf (ngettext ("%u touchpoint created", "%u touchpoints created",
                                      report->created),
                            report->created);

  updated = g_strdup_printf (ngettext ("%u touchpoint updated", "%u touchpoints updated",
                                       report->updated),
                             report->updated);
  /* Translators: follows "%u touchpoints updated, " */
  created = g_strdup_printf (ngettext ("%u created", "%u created", report->created),
                             report->created);

  /* Translators: e.g. "2 touchpoints updated, 1 created" */
  return g_strdup_printf (_("%s, %s"), updated, created);
}
