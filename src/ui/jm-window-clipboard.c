/* jm-window-clipboard.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copy, cut and paste of touchpoints. The clipboard carries two things:
 * a small journey file (our own MIME type) with the touchpoints and the
 * personas, phases and participants they refer to, so that a paste in
 * another window or another instance keeps every field and the votes of
 * participants both maps know; and plain text for any other program.
 * Pasting plain text makes one touchpoint per non-empty line.
 *
 * GTK runs application accelerators in the capture phase, before the
 * focus widget sees the key: Ctrl+C would never reach an entry of the
 * inspector or the in-place editor. So while a text widget has the
 * focus, win.copy, win.cut and win.paste hand the command to it.
 */

#define G_LOG_DOMAIN "jm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-edit.h"
#include "jm-file.h"
#include "jm-window-private.h"

/* A paste of a long text should not flood the map. */
#define MAX_TEXT_LINES 200

static GdkClipboard *
get_clipboard (JmWindow *self)
{
  return gtk_widget_get_clipboard (GTK_WIDGET (self));
}

static void
add_persona_copy (JmDocument *target,
                  JmDocument *source,
                  const char *id)
{
  JmPersona *persona = jm_document_find_persona (source, id);
  g_autoptr(JmPersona) copy = NULL;

  if (persona == NULL || jm_document_find_persona (target, id) != NULL)
    return;

  copy = jm_persona_new (id, jm_persona_get_name (persona));
  jm_persona_set_color (copy, jm_persona_get_color (persona));
  jm_document_insert (target, JM_COLLECTION_PERSONAS, NULL, copy, -1);
}

static void
add_phase_copy (JmDocument *target,
                JmDocument *source,
                const char *id)
{
  JmPhase *phase = jm_document_find_phase (source, id);
  g_autoptr(JmPhase) copy = NULL;

  if (phase == NULL || jm_document_find_phase (target, id) != NULL)
    return;

  copy = jm_phase_new (id, jm_phase_get_name (phase));
  jm_document_insert (target, JM_COLLECTION_PHASES, NULL, copy, -1);
}

static void
add_participant_copy (JmDocument *target,
                      JmDocument *source,
                      const char *id)
{
  JmParticipant *participant = jm_document_find_participant (source, id);
  g_autoptr(JmParticipant) copy = NULL;

  if (participant == NULL || jm_document_find_participant (target, id) != NULL)
    return;

  copy = jm_participant_new (id, jm_participant_get_name (participant));
  jm_participant_set_role (copy, jm_participant_get_role (participant));
  jm_document_insert (target, JM_COLLECTION_PARTICIPANTS, NULL, copy, -1);
}

GBytes *
jm_window_serialize_touchpoints (JmDocument *document,
                                 GPtrArray  *touchpoints)
{
  g_autoptr(JmDocument) clip = jm_document_new ();
  char *data;
  gsize length = 0;

  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (touchpoints != NULL, NULL);

  jm_document_set_title (clip, jm_document_get_title (document));

  for (guint i = 0; i < touchpoints->len; i++)
    {
      JmTouchpoint *touchpoint = g_ptr_array_index (touchpoints, i);
      g_autoptr(JmTouchpoint) copy = jm_touchpoint_copy (touchpoint);

      add_persona_copy (clip, document, jm_touchpoint_get_persona (touchpoint));
      add_phase_copy (clip, document, jm_touchpoint_get_phase (touchpoint));
      for (guint j = 0; j < jm_touchpoint_get_n_ratings (touchpoint); j++)
        add_participant_copy (clip, document, jm_touchpoint_get_rating_participant (touchpoint, j));

      jm_document_insert (clip, JM_COLLECTION_TOUCHPOINTS, NULL, copy, -1);
    }

  data = jm_file_save_to_data (clip, &length);
  return g_bytes_new_take (data, length);
}

static void
append_field (GString    *text,
              const char *label,
              const char *value)
{
  if (value == NULL || *value == '\0')
    return;

  g_string_append_printf (text, "%s: %s\n", label, value);
}

char *
jm_window_dup_touchpoints_text (GPtrArray *touchpoints)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (touchpoints != NULL, NULL);

  for (guint i = 0; i < touchpoints->len; i++)
    {
      JmTouchpoint *touchpoint = g_ptr_array_index (touchpoints, i);
      const char *title = jm_touchpoint_get_title (touchpoint);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s\n", title != NULL ? title : "");
      append_field (text, _("Action"), jm_touchpoint_get_action (touchpoint));
      append_field (text, _("Channel"), jm_touchpoint_get_channel (touchpoint));
      append_field (text, _("Owner"), jm_touchpoint_get_owner (touchpoint));
      append_field (text, _("Feeling"), jm_touchpoint_get_feeling (touchpoint));
    }

  return g_string_free (text, FALSE);
}

/* The selected touchpoints; the canvas selects one at a time for now. */
static GPtrArray *
dup_selected_touchpoints (JmWindow *self)
{
  GObject *selection = jm_window_get_selection (self);
  GPtrArray *touchpoints = g_ptr_array_new ();

  if (JM_IS_TOUCHPOINT (selection))
    g_ptr_array_add (touchpoints, selection);

  return touchpoints;
}

static gboolean
copy_selection (JmWindow *self)
{
  g_autoptr(GPtrArray) touchpoints = dup_selected_touchpoints (self);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;

  if (self->document == NULL || touchpoints->len == 0)
    return FALSE;

  bytes = jm_window_serialize_touchpoints (self->document, touchpoints);
  text = jm_window_dup_touchpoints_text (touchpoints);

  /* Ours first: a paste asks for the richest format the provider lists first. */
  providers[0] = gdk_content_provider_new_for_bytes (JM_CLIPBOARD_MIME_TYPE, bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));

  return gdk_clipboard_set_content (get_clipboard (self), provider);
}

static void
copy_action_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GtkWidget *text = jm_window_get_focused_text (self);

  if (text != NULL)
    gtk_widget_activate_action (text, "clipboard.copy", NULL);
  else
    copy_selection (self);
}

static void
cut_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GtkWidget *text = jm_window_get_focused_text (self);
  g_autoptr(GPtrArray) touchpoints = NULL;

  if (text != NULL)
    {
      gtk_widget_activate_action (text, "clipboard.cut", NULL);
      return;
    }

  if (self->history == NULL || !copy_selection (self))
    return;

  touchpoints = dup_selected_touchpoints (self);
  jm_history_begin_group (self->history,
                          ngettext ("Cut Touchpoint", "Cut Touchpoints", touchpoints->len),
                          NULL);
  jm_edit_delete_touchpoints (self->history, (JmTouchpoint **) touchpoints->pdata, touchpoints->len);
  jm_history_end_group (self->history);
}

/* Plain text: one new touchpoint per non-empty line. */
static GPtrArray *
dup_touchpoints_from_text (GBytes *bytes)
{
  GPtrArray *touchpoints = g_ptr_array_new_with_free_func (g_object_unref);
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autofree char *text = g_utf8_make_valid (data != NULL ? data : "", length);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL && touchpoints->len < MAX_TEXT_LINES; i++)
    {
      char *line = g_strstrip (lines[i]);
      g_autofree char *id = NULL;

      if (*line == '\0')
        continue;

      /* ids, persona and phase are replaced when pasted */
      id = g_strdup_printf ("t%u", touchpoints->len + 1);
      g_ptr_array_add (touchpoints, jm_touchpoint_new (id, "p", "ph", line));
    }

  return touchpoints;
}

static void
paste_bytes (JmWindow   *self,
             const char *mime_type,
             GBytes     *bytes)
{
  g_autoptr(JmDocument) clip = NULL;
  g_autoptr(GPtrArray) touchpoints = NULL;
  g_autoptr(GPtrArray) pasted = NULL;
  JmPersona *persona;
  JmPhase *phase;
  int index;

  if (self->history == NULL || !jm_window_get_target_cell (self, &persona, &phase, &index))
    return;

  if (g_strcmp0 (mime_type, JM_CLIPBOARD_MIME_TYPE) == 0)
    {
      gsize length = 0;
      const char *data = g_bytes_get_data (bytes, &length);
      g_autoptr(GError) error = NULL;

      clip = jm_file_load_from_data (data != NULL ? data : "", length, &error);
      if (clip == NULL)
        {
          g_debug ("Refused clipboard contents: %s", error->message);
          jm_window_show_toast (self, _("The clipboard holds touchpoints this version cannot read"));
          return;
        }

      touchpoints = g_ptr_array_new ();
      for (guint i = 0; i < jm_document_get_n_touchpoints (clip); i++)
        g_ptr_array_add (touchpoints, jm_document_get_touchpoint (clip, i));
    }
  else
    {
      touchpoints = dup_touchpoints_from_text (bytes);
    }

  if (touchpoints->len == 0)
    return;

  pasted = jm_edit_paste_touchpoints (self->history, touchpoints, persona, phase, index);
  if (pasted->len > 0)
    jm_canvas_set_selection (self->canvas, g_ptr_array_index (pasted, pasted->len - 1));
}

typedef struct
{
  JmWindow *self;
  char     *mime_type;
} PasteData;

static void
paste_data_free (PasteData *data)
{
  g_object_unref (data->self);
  g_free (data->mime_type);
  g_free (data);
}

static void
on_paste_spliced_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  PasteData *data = user_data;
  GOutputStream *memory = G_OUTPUT_STREAM (source);
  g_autoptr(GError) error = NULL;

  if (g_output_stream_splice_finish (memory, result, &error) < 0)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not read the clipboard: %s", error->message);
    }
  else
    {
      g_autoptr(GBytes) bytes =
        g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));

      paste_bytes (data->self, data->mime_type, bytes);
    }

  paste_data_free (data);
}

static void
on_paste_read_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  const char *mime_type = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GError) error = NULL;
  PasteData *data;

  stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, &mime_type, &error);
  if (stream == NULL)
    {
      /* an empty clipboard or one without text: nothing to paste */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Nothing to paste: %s", error->message);
      g_object_unref (self);
      return;
    }

  data = g_new0 (PasteData, 1);
  data->self = self; /* takes the reference */
  data->mime_type = g_strdup (mime_type);
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, self->cancellable,
                                on_paste_spliced_cb, data);
}

static void
paste_action_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GtkWidget *text = jm_window_get_focused_text (self);
  static const char *mime_types[] = {
    JM_CLIPBOARD_MIME_TYPE,
    "text/plain;charset=utf-8",
    "text/plain",
    NULL
  };

  if (text != NULL)
    {
      gtk_widget_activate_action (text, "clipboard.paste", NULL);
      return;
    }

  if (self->history == NULL)
    return;

  gdk_clipboard_read_async (get_clipboard (self), mime_types, G_PRIORITY_DEFAULT,
                            self->cancellable, on_paste_read_cb, g_object_ref (self));
}

static const GActionEntry clipboard_entries[] = {
  { "copy", copy_action_cb },
  { "cut", cut_action_cb },
  { "paste", paste_action_cb },
};

/* A disabled action lets the key through to the focus widget, so
 * Ctrl+V in an entry pastes there even while the map cannot paste. */
void
jm_window_update_clipboard_actions (JmWindow *self)
{
  gboolean editable = self->document != NULL && self->history != NULL;
  GdkContentFormats *formats = gdk_clipboard_get_formats (get_clipboard (self));
  gboolean has_touchpoint = JM_IS_TOUCHPOINT (jm_window_get_selection (self));
  gboolean can_paste;

  g_assert (JM_IS_WINDOW (self));

  if (g_action_map_lookup_action (G_ACTION_MAP (self), "copy") == NULL)
    return; /* not set up yet */

  can_paste = gdk_content_formats_contain_mime_type (formats, JM_CLIPBOARD_MIME_TYPE)
    || gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8")
    || gdk_content_formats_contain_mime_type (formats, "text/plain")
    || gdk_content_formats_contain_gtype (formats, G_TYPE_STRING);

  jm_window_set_action_enabled (self, "copy", editable && has_touchpoint);
  jm_window_set_action_enabled (self, "cut", editable && has_touchpoint);
  jm_window_set_action_enabled (self, "paste", editable && can_paste);
}

void
jm_window_init_clipboard (JmWindow *self)
{
  g_assert (JM_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), clipboard_entries,
                                   G_N_ELEMENTS (clipboard_entries), self);
  g_signal_connect_object (get_clipboard (self), "notify::formats",
                           G_CALLBACK (jm_window_update_clipboard_actions), self,
                           G_CONNECT_SWAPPED);
}
