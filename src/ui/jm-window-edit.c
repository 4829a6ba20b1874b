/* jm-window-edit.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's editing commands (win.add-touchpoint, win.delete, …)
 * and the menus that show them: the edit menu, the canvas's context
 * menu and the undo section of the primary menu. Every command calls
 * one function of jm-edit.h, so it is one undo step with one label.
 *
 * Deleting a touchpoint happens at once and offers Undo in a toast;
 * deleting a persona or phase that still has touchpoints asks first,
 * since it takes a whole lane or column of work with it.
 */

#define G_LOG_DOMAIN "jm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-edit.h"
#include "jm-window-private.h"

#define OBJECT_KEY "jm-object"

GObject *
jm_window_get_selection (JmWindow *self)
{
  GObject *selection;

  g_assert (JM_IS_WINDOW (self));

  if (self->document == NULL)
    return NULL;

  selection = jm_canvas_get_selection (self->canvas);
  if (JM_IS_TOUCHPOINT (selection) || JM_IS_PERSONA (selection) || JM_IS_PHASE (selection))
    return selection;

  return NULL;
}

GtkWidget *
jm_window_get_focused_text (JmWindow *self)
{
  GtkWidget *focus;

  g_assert (JM_IS_WINDOW (self));

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT_VIEW (focus)))
    return focus;

  return NULL;
}

gboolean
jm_window_get_target_cell (JmWindow   *self,
                           JmPersona **persona,
                           JmPhase   **phase,
                           int        *index_in_cell)
{
  GObject *selection = jm_window_get_selection (self);
  JmDocument *document = self->document;

  g_assert (JM_IS_WINDOW (self));

  *persona = NULL;
  *phase = NULL;
  *index_in_cell = -1;

  if (document == NULL
      || jm_document_get_n_personas (document) == 0
      || jm_document_get_n_phases (document) == 0)
    return FALSE;

  if (JM_IS_TOUCHPOINT (selection))
    {
      JmTouchpoint *touchpoint = JM_TOUCHPOINT (selection);
      g_autoptr(GPtrArray) cell = NULL;
      guint index;

      *persona = jm_document_find_persona (document, jm_touchpoint_get_persona (touchpoint));
      *phase = jm_document_find_phase (document, jm_touchpoint_get_phase (touchpoint));
      cell = jm_document_dup_cell_touchpoints (document,
                                               jm_touchpoint_get_persona (touchpoint),
                                               jm_touchpoint_get_phase (touchpoint));
      if (g_ptr_array_find (cell, touchpoint, &index))
        *index_in_cell = index + 1;
    }
  else if (!jm_canvas_get_current_cell (self->canvas, persona, phase))
    {
      *persona = JM_IS_PERSONA (selection) ? JM_PERSONA (selection)
                                           : jm_document_get_persona (document, 0);
      *phase = JM_IS_PHASE (selection) ? JM_PHASE (selection)
                                       : jm_document_get_phase (document, 0);
    }

  return *persona != NULL && *phase != NULL;
}

void
jm_window_show_undo_toast (JmWindow   *self,
                           const char *message)
{
  AdwToast *toast;

  g_assert (JM_IS_WINDOW (self));

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Selects what a command made and lets the user name it right away. */
static void
select_and_rename (JmWindow *self,
                   GObject  *object)
{
  if (object == NULL)
    return;

  jm_canvas_set_selection (self->canvas, object);
  jm_canvas_start_rename (self->canvas, object);
}

static void
add_touchpoint_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  JmPersona *persona;
  JmPhase *phase;
  int index;
  JmTouchpoint *touchpoint;

  if (self->history == NULL || !jm_window_get_target_cell (self, &persona, &phase, &index))
    return;

  touchpoint = jm_edit_add_touchpoint (self->history, persona, phase, index, NULL);
  select_and_rename (self, G_OBJECT (touchpoint));
}

static void
add_persona_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GObject *selection = jm_window_get_selection (self);
  int position = -1;
  JmPersona *persona;

  if (self->history == NULL)
    return;

  if (JM_IS_PERSONA (selection))
    position = jm_document_get_persona_index (self->document, JM_PERSONA (selection)) + 1;

  persona = jm_edit_add_persona (self->history, position, NULL);
  select_and_rename (self, G_OBJECT (persona));
}

static void
add_phase_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GObject *selection = jm_window_get_selection (self);
  int position = -1;
  JmPhase *phase;

  if (self->history == NULL)
    return;

  if (JM_IS_PHASE (selection))
    position = jm_document_get_phase_index (self->document, JM_PHASE (selection)) + 1;

  phase = jm_edit_add_phase (self->history, position, NULL);
  select_and_rename (self, G_OBJECT (phase));
}

static void
duplicate_action_cb (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GObject *selection = jm_window_get_selection (self);
  GObject *copy = NULL;

  if (self->history == NULL || selection == NULL)
    return;

  if (JM_IS_TOUCHPOINT (selection))
    copy = G_OBJECT (jm_edit_duplicate_touchpoint (self->history, JM_TOUCHPOINT (selection)));
  else if (JM_IS_PERSONA (selection))
    copy = G_OBJECT (jm_edit_duplicate_persona (self->history, JM_PERSONA (selection)));
  else if (JM_IS_PHASE (selection))
    copy = G_OBJECT (jm_edit_duplicate_phase (self->history, JM_PHASE (selection)));

  if (copy != NULL)
    jm_canvas_set_selection (self->canvas, copy);
}

static void
delete_now (JmWindow *self,
            GObject  *object)
{
  g_autofree char *message = NULL;

  /* Still part of the map? The map may have changed while a dialog asked. */
  if (self->history == NULL || !jm_edit_is_in_document (self->document, object))
    return;

  if (JM_IS_TOUCHPOINT (object))
    {
      JmTouchpoint *touchpoint = JM_TOUCHPOINT (object);

      jm_edit_delete_touchpoints (self->history, &touchpoint, 1);
      message = g_strdup (_("Touchpoint deleted"));
    }
  else if (JM_IS_PERSONA (object))
    {
      /* Translators: %s is the name of a persona */
      message = g_strdup_printf (_("Persona “%s” deleted"), jm_persona_get_name (JM_PERSONA (object)));
      jm_edit_delete_persona (self->history, JM_PERSONA (object));
    }
  else if (JM_IS_PHASE (object))
    {
      /* Translators: %s is the name of a phase */
      message = g_strdup_printf (_("Phase “%s” deleted"), jm_phase_get_name (JM_PHASE (object)));
      jm_edit_delete_phase (self->history, JM_PHASE (object));
    }

  if (message != NULL)
    jm_window_show_undo_toast (self, message);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       JmWindow         *self)
{
  GObject *object = g_object_get_data (G_OBJECT (dialog), OBJECT_KEY);

  if (g_strcmp0 (response, "delete") == 0)
    delete_now (self, object);
}

static void
ask_delete (JmWindow *self,
            GObject  *object,
            guint     n_touchpoints)
{
  GtkWidget *dialog;
  g_autofree char *heading = NULL;

  if (JM_IS_PERSONA (object))
    /* Translators: %s is the name of a persona, %u how many touchpoints it has (never 0) */
    heading = g_strdup_printf (ngettext ("Delete persona “%s” and its %u touchpoint?",
                                         "Delete persona “%s” and its %u touchpoints?",
                                         n_touchpoints),
                               jm_persona_get_name (JM_PERSONA (object)), n_touchpoints);
  else
    /* Translators: %s is the name of a phase, %u how many touchpoints it has (never 0) */
    heading = g_strdup_printf (ngettext ("Delete phase “%s” and its %u touchpoint?",
                                         "Delete phase “%s” and its %u touchpoints?",
                                         n_touchpoints),
                               jm_phase_get_name (JM_PHASE (object)), n_touchpoints);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("Their ratings, KPIs and notes go with them. "
                                     "You can bring everything back with Undo."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_object_set_data_full (G_OBJECT (dialog), OBJECT_KEY, g_object_ref (object), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GObject *selection = jm_window_get_selection (self);
  guint n_touchpoints = 0;

  if (self->history == NULL || selection == NULL)
    return;

  if (JM_IS_PERSONA (selection))
    n_touchpoints = jm_edit_count_touchpoints (self->document, JM_PERSONA (selection), NULL);
  else if (JM_IS_PHASE (selection))
    n_touchpoints = jm_edit_count_touchpoints (self->document, NULL, JM_PHASE (selection));

  if (n_touchpoints > 0)
    ask_delete (self, selection, n_touchpoints);
  else
    delete_now (self, selection);
}

static void
rename_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GObject *selection = jm_window_get_selection (self);

  if (selection != NULL)
    jm_canvas_start_rename (self->canvas, selection);
}

static void
zoom_selection_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);

  if (self->document != NULL)
    jm_canvas_zoom_to_selection (self->canvas);
}

static void
derive_emotion_action_cb (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  GObject *selection = jm_window_get_selection (self);

  if (self->history != NULL && JM_IS_TOUCHPOINT (selection))
    jm_edit_derive_emotion (self->history, JM_TOUCHPOINT (selection));
}

static void
show_inspector_change_state_cb (GSimpleAction *action,
                                GVariant      *state,
                                gpointer       user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  gboolean show = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector), show);
  if (self->settings != NULL)
    g_settings_set_boolean (self->settings, "show-inspector", show);
}

static const GActionEntry edit_entries[] = {
  { "add-touchpoint", add_touchpoint_action_cb },
  { "add-persona", add_persona_action_cb },
  { "add-phase", add_phase_action_cb },
  { "duplicate", duplicate_action_cb },
  { "delete", delete_action_cb },
  { "rename", rename_action_cb },
  { "zoom-selection", zoom_selection_action_cb },
  { "derive-emotion", derive_emotion_action_cb },
  { "show-inspector", NULL, NULL, "true", show_inspector_change_state_cb },
};

void
jm_window_update_edit_actions (JmWindow *self)
{
  gboolean editable = self->document != NULL && self->history != NULL;
  GObject *selection = jm_window_get_selection (self);
  gboolean has_cells;

  g_assert (JM_IS_WINDOW (self));

  if (g_action_map_lookup_action (G_ACTION_MAP (self), "add-touchpoint") == NULL)
    return; /* not set up yet */

  has_cells = editable
    && jm_document_get_n_personas (self->document) > 0
    && jm_document_get_n_phases (self->document) > 0;

  jm_window_set_action_enabled (self, "add-touchpoint", has_cells);
  jm_window_set_action_enabled (self, "add-persona", editable);
  jm_window_set_action_enabled (self, "add-phase", editable);
  jm_window_set_action_enabled (self, "duplicate", editable && selection != NULL);
  jm_window_set_action_enabled (self, "delete", editable && selection != NULL);
  jm_window_set_action_enabled (self, "rename", editable && selection != NULL);
  jm_window_set_action_enabled (self, "zoom-selection", self->document != NULL);
  jm_window_set_action_enabled (self, "derive-emotion",
               editable && JM_IS_TOUCHPOINT (selection)
               && jm_touchpoint_get_has_emotion (JM_TOUCHPOINT (selection)));

  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), self->document != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->inspector_button), self->document != NULL);

  jm_window_update_clipboard_actions (self);
}

/* GMenu items cannot change their label: the section is rebuilt. */
void
jm_window_update_undo_menu (JmWindow *self)
{
  const char *undo = NULL;
  const char *redo = NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;

  g_assert (JM_IS_WINDOW (self));

  if (self->history != NULL)
    {
      undo = jm_history_get_undo_label (self->history);
      redo = jm_history_get_redo_label (self->history);
    }

  /* Translators: a menu item; %s is what undoing undoes, e.g. "Move Touchpoint" */
  undo_label = undo != NULL ? g_strdup_printf (_("_Undo %s"), undo) : g_strdup (_("_Undo"));
  /* Translators: a menu item; %s is what redoing redoes, e.g. "Move Touchpoint" */
  redo_label = redo != NULL ? g_strdup_printf (_("_Redo %s"), redo) : g_strdup (_("_Redo"));

  g_menu_remove_all (self->undo_section);
  g_menu_append (self->undo_section, undo_label, "win.undo");
  g_menu_append (self->undo_section, redo_label, "win.redo");
}

/* Context menu */

void
jm_window_popup_context_menu (JmWindow *self,
                              double    x,
                              double    y)
{
  GdkRectangle rect = { 0, 0, 1, 1 };
  double box_x, box_y;

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->canvas), self->map_box,
                                         x, y, &box_x, &box_y))
    return;

  rect.x = (int) box_x;
  rect.y = (int) box_y;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

static void
select_at (JmWindow *self,
           double    x,
           double    y)
{
  JmLayout *layout = jm_canvas_get_layout (self->canvas);
  double map_x, map_y;
  JmHit hit;

  if (layout == NULL)
    return;

  jm_canvas_widget_to_map (self->canvas, x, y, &map_x, &map_y);
  hit = jm_layout_hit_test (layout, map_x, map_y);

  switch (hit.kind)
    {
    case JM_HIT_CARD:
    case JM_HIT_CURVE_POINT:
    case JM_HIT_LANE_HEADER:
    case JM_HIT_PHASE_HEADER:
      /* keep a selection the click is on */
      if (hit.object != jm_canvas_get_selection (self->canvas))
        jm_canvas_set_selection (self->canvas, hit.object);
      break;

    case JM_HIT_CELL:
      if (hit.lane >= 0 && hit.column >= 0)
        jm_canvas_select_cell (self->canvas,
                               jm_layout_get_lane (layout, hit.lane)->persona,
                               jm_layout_get_column (layout, hit.column)->phase);
      break;

    case JM_HIT_NONE:
    case JM_HIT_TITLE:
    default:
      jm_canvas_set_selection (self->canvas, NULL);
      break;
    }
}

static void
on_canvas_secondary_pressed_cb (GtkGestureClick *gesture,
                                int              n_press,
                                double           x,
                                double           y,
                                JmWindow        *self)
{
  if (self->document == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self->canvas));
  select_at (self, x, y);
  jm_window_popup_context_menu (self, x, y);
}

/* Menu key or Shift+F10: the menu opens at the selection. */
static gboolean
on_canvas_menu_key_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  JmWindow *self = JM_WINDOW (user_data);
  JmLayout *layout = jm_canvas_get_layout (self->canvas);
  GObject *selection = jm_window_get_selection (self);
  const JmRect *rect = NULL;
  double x, y;

  if (self->document == NULL || layout == NULL)
    return FALSE;

  if (JM_IS_TOUCHPOINT (selection))
    {
      const JmLayoutCard *card = jm_layout_find_card (layout, JM_TOUCHPOINT (selection));

      rect = card != NULL ? &card->rect : NULL;
    }
  else if (JM_IS_PERSONA (selection))
    {
      int index = jm_document_get_persona_index (self->document, JM_PERSONA (selection));

      if (index >= 0 && (guint) index < jm_layout_get_n_lanes (layout))
        rect = &jm_layout_get_lane (layout, index)->header;
    }
  else if (JM_IS_PHASE (selection))
    {
      int index = jm_document_get_phase_index (self->document, JM_PHASE (selection));

      if (index >= 0 && (guint) index < jm_layout_get_n_columns (layout))
        rect = &jm_layout_get_column (layout, index)->header;
    }

  if (rect != NULL)
    {
      jm_canvas_map_to_widget (self->canvas, rect->x + rect->width / 2,
                               rect->y + rect->height / 2, &x, &y);
      x = CLAMP (x, 0, gtk_widget_get_width (widget));
      y = CLAMP (y, 0, gtk_widget_get_height (widget));
    }
  else
    {
      x = gtk_widget_get_width (widget) / 2.0;
      y = gtk_widget_get_height (widget) / 2.0;
    }

  jm_window_popup_context_menu (self, x, y);

  return TRUE;
}

static void
init_context_menu (JmWindow *self)
{
  GtkGesture *click;
  GtkEventController *shortcuts;
  GtkShortcutAction *action;

  self->context_menu = gtk_popover_menu_new_from_model (self->edit_menu);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
  gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
  gtk_widget_set_parent (self->context_menu, self->map_box);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_canvas_secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->canvas), GTK_EVENT_CONTROLLER (click));

  shortcuts = gtk_shortcut_controller_new ();
  action = gtk_callback_action_new (on_canvas_menu_key_cb, self, NULL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (
                                                            gtk_keyval_trigger_new (GDK_KEY_Menu, 0),
                                                            gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK)),
                                                          action));
  gtk_widget_add_controller (GTK_WIDGET (self->canvas), shortcuts);
}

static void
on_selection_changed_cb (JmWindow *self)
{
  jm_window_update_edit_actions (self);
}

void
jm_window_init_edit (JmWindow *self)
{
  gboolean show_inspector = TRUE;

  g_assert (JM_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), edit_entries,
                                   G_N_ELEMENTS (edit_entries), self);

  if (self->settings != NULL)
    show_inspector = g_settings_get_boolean (self->settings, "show-inspector");
  g_action_group_change_action_state (G_ACTION_GROUP (self), "show-inspector",
                                      g_variant_new_boolean (show_inspector));

  g_object_bind_property (self->canvas, "selection", self->inspector, "selection",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_object_bind_property (self, "history", self->inspector, "history",
                          G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->canvas, "notify::selection",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  init_context_menu (self);
  jm_window_update_undo_menu (self);
}

void
jm_window_dispose_edit (JmWindow *self)
{
  g_assert (JM_IS_WINDOW (self));

  g_clear_pointer (&self->context_menu, gtk_widget_unparent);
}
