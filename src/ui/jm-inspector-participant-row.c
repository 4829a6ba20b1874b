/* jm-inspector-participant-row.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-inspector-participant-row.h"
#include "jm-inspector-private.h"

struct _JmInspectorParticipantRow
{
  AdwExpanderRow     parent_instance;

  AdwEntryRow       *name_row;
  AdwEntryRow       *role_row;
  GtkMenuButton     *menu_button;

  JmInspectorFields *fields;
};

G_DEFINE_FINAL_TYPE (JmInspectorParticipantRow, jm_inspector_participant_row, ADW_TYPE_EXPANDER_ROW)

static guint
count_votes (JmDocument    *document,
             JmParticipant *participant)
{
  const char *id = jm_participant_get_id (participant);
  guint count = 0;

  for (guint i = 0; i < jm_document_get_n_touchpoints (document); i++)
    count += jm_touchpoint_get_rating (jm_document_get_touchpoint (document, i), id) != JM_RATING_NONE;

  return count;
}

void
jm_inspector_participant_row_refresh (JmInspectorParticipantRow *self)
{
  JmParticipant *participant;
  JmDocument *document;
  const char *name, *role;
  g_autofree char *votes = NULL;
  g_autofree char *subtitle = NULL;
  guint n_votes;

  g_return_if_fail (JM_IS_INSPECTOR_PARTICIPANT_ROW (self));

  participant = jm_inspector_fields_get_target (self->fields);
  document = jm_inspector_fields_get_document (self->fields);
  if (participant == NULL || document == NULL)
    return;

  jm_inspector_fields_refresh (self->fields);

  name = jm_participant_get_name (participant);
  role = jm_participant_get_role (participant);
  n_votes = count_votes (document, participant);
  votes = g_strdup_printf (ngettext ("%u vote", "%u votes", n_votes), n_votes);
  if (role != NULL && role[0] != '\0')
    /* Translators: a participant's role and how often they voted, e.g. "Service · 12 votes" */
    subtitle = g_strdup_printf (_("%s · %s"), role, votes);
  else
    subtitle = g_steal_pointer (&votes);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self),
                                 name != NULL && name[0] != '\0' ? name : _("Unnamed Participant"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

static void
participant_action_cb (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JmInspectorParticipantRow *self = JM_INSPECTOR_PARTICIPANT_ROW (widget);
  /* the row may leave its list while this runs */
  g_autoptr(JmInspectorParticipantRow) hold = g_object_ref (self);
  g_autoptr(JmHistory) history = NULL;
  g_autoptr(JmParticipant) participant = NULL;

  if (jm_inspector_fields_get_history (self->fields) == NULL ||
      jm_inspector_fields_get_target (self->fields) == NULL)
    return;

  history = g_object_ref (jm_inspector_fields_get_history (self->fields));
  participant = g_object_ref (jm_inspector_fields_get_target (self->fields));

  if (g_str_equal (action_name, "participant.duplicate"))
    jm_edit_duplicate_participant (history, participant);
  else if (g_str_equal (action_name, "participant.delete"))
    jm_edit_delete_participant (history, participant);
  else
    g_assert_not_reached ();
}

static void
jm_inspector_participant_row_dispose (GObject *object)
{
  JmInspectorParticipantRow *self = JM_INSPECTOR_PARTICIPANT_ROW (object);

  g_clear_pointer (&self->fields, jm_inspector_fields_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_INSPECTOR_PARTICIPANT_ROW);

  G_OBJECT_CLASS (jm_inspector_participant_row_parent_class)->dispose (object);
}

static void
jm_inspector_participant_row_class_init (JmInspectorParticipantRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_inspector_participant_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/journeymaps/JourneyMaps/jm-inspector-participant-row.ui");
  gtk_widget_class_bind_template_child (widget_class, JmInspectorParticipantRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorParticipantRow, role_row);
  gtk_widget_class_bind_template_child (widget_class, JmInspectorParticipantRow, menu_button);

  gtk_widget_class_install_action (widget_class, "participant.duplicate", NULL, participant_action_cb);
  gtk_widget_class_install_action (widget_class, "participant.delete", NULL, participant_action_cb);
}

static void
jm_inspector_participant_row_init (JmInspectorParticipantRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->fields = jm_inspector_fields_new ();
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->name_row), "name",
                                _("Rename Participant"));
  jm_inspector_fields_add_text (self->fields, GTK_WIDGET (self->role_row), "role",
                                _("Edit Participant Role"));
  jm_inspector_add_suggestions (self->role_row, self->fields,
                                jm_inspector_suggest_owners, NULL);
}

GtkWidget *
jm_inspector_participant_row_new (JmHistory     *history,
                                  JmParticipant *participant)
{
  JmInspectorParticipantRow *self;

  g_return_val_if_fail (JM_IS_HISTORY (history), NULL);
  g_return_val_if_fail (JM_IS_PARTICIPANT (participant), NULL);

  self = g_object_new (JM_TYPE_INSPECTOR_PARTICIPANT_ROW, NULL);
  jm_inspector_fields_set_target (self->fields, history, participant);
  jm_inspector_participant_row_refresh (self);

  return GTK_WIDGET (self);
}

void
jm_inspector_participant_row_focus (JmInspectorParticipantRow *self)
{
  g_return_if_fail (JM_IS_INSPECTOR_PARTICIPANT_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}
