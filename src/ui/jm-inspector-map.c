/* jm-inspector-map.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-inspector-map.h"
#include "jm-inspector-participant-row.h"
#include "jm-inspector-private.h"

struct _JmInspectorMap
{
  GtkWidget          parent_instance;

  AdwEntryRow       *title_row;
  AdwEntryRow       *owner_row;
  GtkTextView       *description_view;
  GtkButton         *add_participant_button;
  GtkListBox        *participant_list;

  JmInspectorFields *fields;
};

G_DEFINE_FINAL_TYPE (JmInspectorMap, jm_inspector_map, GTK_TYPE_WIDGET)

static GtkWidget *
create_participant_row (gpointer item,
                        gpointer user_data)
{
  JmInspectorMap *self = user_data;

  return jm_inspector_participant_row_new (jm_inspector_fields_get_history (self->fields), item);
}

static void
sync_participants (JmInspectorMap *self)
{
  jm_inspector_sync_rows (self->participant_list,
                          jm_inspector_fields_get_document (self->fields),
                          JM_COLLECTION_PARTICIPANTS, NULL,
                          create_participant_row, self);
}

static void
on_add_participant_clicked_cb (JmInspectorMap *self)
{
  JmHistory *history = jm_inspector_fields_get_history (self->fields);
  JmParticipant *participant;
  GtkWidget *row;

  if (history == NULL)
    return;

  participant = jm_edit_add_participant (history, NULL, NULL);
  row = jm_inspector_find_row (self->participant_list, participant);
  if (row != NULL)
    jm_inspector_participant_row_focus (JM_INSPECTOR_PARTICIPANT_ROW (row));
}

static void
jm_inspector_map_dispose (GObject *object)
{
  JmInspectorMap *self = JM_INSPECTOR_MAP (object);
  GtkWidget *child;

  g_clear_pointer (&self->fields, jm_inspector_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_INSPECTOR_MAP);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (jm_inspector_map_parent_class)->dispose (object);
}

static void
jm_inspector_map_class_init (JmInspectorMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_inspector_map_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/journeymaps/JourneyMaps/jm-inspector-map.ui");
  gtk_widget_class_bind_template_child (widget_class, JmInspectorMap, title_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorMap, owner_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorMap, description_view);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorMap, add_participant_button);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorMap, participant_list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_participant_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
jm_inspector_map_init (JmInspectorMap *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No participants yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "inspector-placeholder");
  gtk_list_box_set_placeholder (self->participant_list, placeholder);

  self->fields = jm_inspector_fields_new ();
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->title_row), "title",
                                _("Rename Map"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->owner_row), "owner",
                                _("Edit Map Owner"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->description_view), "description",
                                _("Edit Map Scope"));
  jm_inspector_add_suggestions (self->owner_row, self->fields,
                                jm_inspector_suggest_owners, NULL);
}

void
jm_inspector_map_set_history (JmInspectorMap *self,
                              JmHistory      *history)
{
  g_return_if_fail (JM_IS_INSPECTOR_MAP (self));

  jm_inspector_fields_set_target (self->fields, history,
                                  history != NULL ? jm_history_get_document (history) : NULL);
  /* rows belong to one history: start afresh */
  jm_inspector_sync_rows (self->participant_list, NULL, JM_COLLECTION_PARTICIPANTS, NULL,
                          create_participant_row, self);
  sync_participants (self);
}

/* Whether @change can alter what the row of @participant shows: its
 * name and role, and the votes it counts over the whole map, which at
 * 10,000 touchpoints takes most of a millisecond per row. A vote counts
 * for one participant only; moves and other values for none. */
static gboolean
changes_participant_row (const JmChange *change,
                         JmParticipant  *participant)
{
  if (change == NULL)
    return TRUE;

  switch (change->kind)
    {
    case JM_CHANGE_RATING:
      return g_strcmp0 (change->property, jm_participant_get_id (participant)) == 0;

    case JM_CHANGE_VALUE:
      return change->object == (gpointer) participant;

    case JM_CHANGE_MOVE:
      return FALSE;

    case JM_CHANGE_INSERT:
    case JM_CHANGE_REMOVE:
    default:
      /* a touchpoint takes its votes with it */
      return TRUE;
    }
}

void
jm_inspector_map_refresh (JmInspectorMap *self,
                          const JmChange *change)
{
  g_return_if_fail (JM_IS_INSPECTOR_MAP (self));

  if (change == NULL || (gpointer)change->object == jm_inspector_fields_get_target (self->fields))
    jm_inspector_fields_refresh (self->fields);

  if (change == NULL ||
      jm_inspector_change_is_structural (change, JM_COLLECTION_PARTICIPANTS, NULL))
    sync_participants (self);

  for (guint i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->participant_list, i);

      if (row == NULL)
        break;
      if (changes_participant_row (change, jm_inspector_row_get_item (GTK_WIDGET (row))))
        jm_inspector_participant_row_refresh (JM_INSPECTOR_PARTICIPANT_ROW (row));
    }
}

GtkListBox *
jm_inspector_map_get_participant_list (JmInspectorMap *self)
{
  g_return_val_if_fail (JM_IS_INSPECTOR_MAP (self), NULL);

  return self->participant_list;
}
