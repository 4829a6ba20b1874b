/* jm-inspector-suggest.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Suggestions for free-text fields (channel, owner, role): a menu
 * button in the entry row that lists what the map already uses and,
 * for channels, common ones. Picking one sets the row's text, which
 * goes through the row's binding like typing.
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-inspector-private.h"

typedef struct
{
  JmInspectorFields      *fields;
  JmInspectorSuggestFunc  func;
  gpointer                user_data;
} Suggest;

static void
on_suggest_pick_cb (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWidget *row = user_data;
  JmInspectorFields *fields = g_object_get_data (G_OBJECT (row), "jm-suggest-fields");
  JmHistory *history = fields != NULL ? jm_inspector_fields_get_history (fields) : NULL;

  /* a pick is one step of its own */
  if (history != NULL)
    jm_history_seal (history);
  gtk_editable_set_text (GTK_EDITABLE (row), g_variant_get_string (parameter, NULL));
  if (history != NULL)
    jm_history_seal (history);
}

static void
create_suggest_menu_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  Suggest *suggest = user_data;
  JmDocument *document = jm_inspector_fields_get_document (suggest->fields);
  g_autoptr(GPtrArray) suggestions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();

  if (document != NULL)
    suggest->func (document, suggestions, suggest->user_data);

  for (guint i = 0; i < suggestions->len; i++)
    {
      const char *text = g_ptr_array_index (suggestions, i);
      g_autoptr(GMenuItem) item = NULL;
      g_auto(GStrv) parts = NULL;
      g_autofree char *label = NULL;

      if (text == NULL)
        {
          /* a section break */
          if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
            {
              g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
              g_clear_object (&section);
              section = g_menu_new ();
            }
          continue;
        }

      /* an underscore would become a mnemonic */
      parts = g_strsplit (text, "_", -1);
      label = g_strjoinv ("__", parts);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target_value (item, "suggest.pick", g_variant_new_string (text));
      g_menu_append_item (section, item);
    }

  if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (section));

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

void
jm_inspector_add_suggestions (AdwEntryRow            *row,
                              JmInspectorFields      *fields,
                              JmInspectorSuggestFunc  func,
                              gpointer                user_data)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) pick = g_simple_action_new ("pick", G_VARIANT_TYPE_STRING);
  GtkWidget *button = gtk_menu_button_new ();
  Suggest *suggest = g_new0 (Suggest, 1);

  suggest->fields = fields;
  suggest->func = func;
  suggest->user_data = user_data;

  g_signal_connect_object (pick, "activate", G_CALLBACK (on_suggest_pick_cb), row, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (pick));
  gtk_widget_insert_action_group (GTK_WIDGET (row), "suggest", G_ACTION_GROUP (group));
  g_object_set_data (G_OBJECT (row), "jm-suggest-fields", fields);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "pan-down-symbolic");
  gtk_widget_set_tooltip_text (button, _("Suggestions"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Suggestions"), -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_suggest_menu_cb,
                                         suggest, g_free);
  adw_entry_row_add_suffix (row, button);
}

/* Adds @text unless an entry equal up to case is there already. */
static void
add_unique (GPtrArray  *suggestions,
            GHashTable *seen,
            const char *text)
{
  g_autofree char *folded = NULL;
  g_autofree char *stripped = NULL;

  if (text == NULL)
    return;

  stripped = g_strstrip (g_strdup (text));
  if (stripped[0] == '\0')
    return;

  folded = g_utf8_casefold (stripped, -1);
  if (g_hash_table_contains (seen, folded))
    return;

  g_hash_table_add (seen, g_steal_pointer (&folded));
  g_ptr_array_add (suggestions, g_steal_pointer (&stripped));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_utf8_collate (*(const char * const *)a, *(const char * const *)b);
}

/* Sorts the suggestions after @from (they are never NULL there). */
static void
sort_from (GPtrArray *suggestions,
           guint      from)
{
  g_autoptr(GPtrArray) tail = g_ptr_array_new_with_free_func (g_free);

  while (suggestions->len > from)
    g_ptr_array_add (tail, g_ptr_array_steal_index (suggestions, from));
  g_ptr_array_sort (tail, compare_strings);
  for (guint i = 0; i < tail->len; i++)
    g_ptr_array_add (suggestions, g_strdup (g_ptr_array_index (tail, i)));
}

void
jm_inspector_suggest_channels (JmDocument *document,
                               GPtrArray  *suggestions,
                               gpointer    user_data)
{
  static const char * const common[] = {
    N_("Website"), N_("E-mail"), N_("Phone"), N_("Shop"), N_("App"),
    N_("Letter"), N_("Chat"), N_("Social media"), N_("Sales rep"),
    N_("Service technician"),
  };
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint start = suggestions->len;

  for (guint i = 0; i < jm_document_get_n_touchpoints (document); i++)
    add_unique (suggestions, seen,
                jm_touchpoint_get_channel (jm_document_get_touchpoint (document, i)));
  sort_from (suggestions, start);

  g_ptr_array_add (suggestions, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    add_unique (suggestions, seen, _(common[i]));
}

void
jm_inspector_suggest_owners (JmDocument *document,
                             GPtrArray  *suggestions,
                             gpointer    user_data)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint start = suggestions->len;

  add_unique (suggestions, seen, jm_document_get_owner (document));

  for (guint i = 0; i < jm_document_get_n_touchpoints (document); i++)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (document, i);

      add_unique (suggestions, seen, jm_touchpoint_get_owner (touchpoint));
      for (guint j = 0; j < jm_touchpoint_get_n_internal_steps (touchpoint); j++)
        add_unique (suggestions, seen,
                    jm_internal_step_get_owner (jm_touchpoint_get_internal_step (touchpoint, j)));
    }

  sort_from (suggestions, start);
}
