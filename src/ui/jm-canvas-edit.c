/* jm-canvas-edit.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing in place: a GtkEntry child of the canvas over a card's title,
 * a lane header or a phase header, with its text scaled to the zoom.
 * Enter and focus-out commit with jm_edit_rename() (one undo step),
 * Escape cancels. Adding a touchpoint (double-click on an empty spot,
 * Insert or Enter on a cell) is its own step; its title follows.
 */

#define G_LOG_DOMAIN "jm-canvas"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-canvas-private.h"
#include "jm-edit.h"

/* Room inside a card or header left of the editor, in map units */
#define EDITOR_INSET 8.0

gboolean
jm_canvas_is_editing (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);

  return self->editor != NULL;
}

GtkWidget *
jm_canvas_get_editor (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), NULL);

  return self->editor;
}

/* The focus is in the entry (its text, really). */
static gboolean
editor_has_focus (GtkWidget *editor)
{
  GtkRoot *root = gtk_widget_get_root (editor);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == editor || gtk_widget_is_ancestor (focus, editor));
}

static void on_root_focus_changed_cb (JmCanvas *self);

static gboolean
release_editor_cb (gpointer editor)
{
  g_object_unref (editor);
  return G_SOURCE_REMOVE;
}

/* Removes the editor; returns what it edited (full reference) or NULL. */
static GObject *
finish_edit (JmCanvas *self,
             char    **text)
{
  GtkWidget *editor = self->editor;
  GObject *object;
  gboolean had_focus;

  if (editor == NULL)
    return NULL;

  /* Cleared first: unparenting moves the focus, which would commit again. */
  self->editor = NULL;
  object = g_steal_pointer (&self->edit_object);

  if (text != NULL)
    *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor)));

  if (self->edit_root != NULL)
    g_signal_handlers_disconnect_by_func (self->edit_root, on_root_focus_changed_cb, self);
  g_clear_weak_pointer (&self->edit_root);

  had_focus = editor_has_focus (editor);
  /* GTK may still be delivering this very focus change to it: let it
   * live until the main loop is idle again. */
  g_idle_add_full (G_PRIORITY_DEFAULT, G_SOURCE_FUNC (release_editor_cb),
                   g_object_ref (editor), NULL);
  gtk_widget_unparent (editor);
  if (had_focus && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self));

  gtk_widget_queue_draw (GTK_WIDGET (self));

  return object;
}

void
jm_canvas_commit_edit (JmCanvas *self)
{
  g_autoptr(GObject) object = NULL;
  g_autofree char *text = NULL;
  JmHistory *history;

  g_return_if_fail (JM_IS_CANVAS (self));

  object = finish_edit (self, &text);
  if (object == NULL || !jm_edit_is_in_document (self->document, object))
    return;

  history = jm_canvas_get_edit_history (self);
  g_strstrip (text);
  /* An empty name is never what was meant: keep the old one. */
  if (history == NULL || *text == '\0' || g_strcmp0 (text, jm_edit_get_name (object)) == 0)
    return;

  jm_edit_rename (history, object, text);
}

void
jm_canvas_cancel_edit (JmCanvas *self)
{
  g_autoptr(GObject) object = NULL;

  g_return_if_fail (JM_IS_CANVAS (self));

  /* A just-added card keeps its default title. */
  object = finish_edit (self, NULL);
}

void
jm_canvas_place_editor (JmCanvas *self)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  if (self->editor != NULL)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
apply_zoom_to_editor (JmCanvas *self)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (CLAMP (self->zoom, 0.5, 3.0)));
  gtk_entry_set_attributes (GTK_ENTRY (self->editor), attrs);
  pango_attr_list_unref (attrs);
}

void
jm_canvas_allocate_editor (JmCanvas *self)
{
  GtkAllocation alloc;
  JmRect rect;
  double x0, y0, x1, y1;
  int min_height, nat_height, min_width;

  if (self->editor == NULL)
    return;

  if (self->edit_object == NULL || !jm_canvas_get_object_rect (self, self->edit_object, &rect))
    {
      gtk_widget_set_child_visible (self->editor, FALSE);
      return;
    }

  apply_zoom_to_editor (self);
  jm_canvas_map_to_widget (self, rect.x + EDITOR_INSET, rect.y, &x0, &y0);
  jm_canvas_map_to_widget (self, rect.x + rect.width - EDITOR_INSET, rect.y + rect.height, &x1, &y1);

  gtk_widget_measure (self->editor, GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  alloc.width = MAX ((int) (x1 - x0), min_width);
  gtk_widget_measure (self->editor, GTK_ORIENTATION_VERTICAL, alloc.width,
                      &min_height, &nat_height, NULL, NULL);
  alloc.height = MAX (min_height, nat_height);
  alloc.x = (int) x0;
  /* Over a card's title; in the middle of a header. */
  if (JM_IS_TOUCHPOINT (self->edit_object))
    alloc.y = (int) (y0 + EDITOR_INSET * self->zoom / 2.0);
  else
    alloc.y = (int) ((y0 + y1) / 2.0 - alloc.height / 2.0);
  if (JM_IS_PERSONA (self->edit_object))
    alloc.y = (int) (y0 + EDITOR_INSET * self->zoom);

  gtk_widget_set_child_visible (self->editor, TRUE);
  gtk_widget_size_allocate (self->editor, &alloc, -1);
}

static void
on_editor_activate_cb (GtkEntry *entry,
                       JmCanvas *self)
{
  jm_canvas_commit_edit (self);
}

static gboolean
on_editor_key_pressed_cb (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          JmCanvas              *self)
{
  if (keyval == GDK_KEY_Escape)
    {
      jm_canvas_cancel_edit (self);
      return TRUE;
    }

  return FALSE;
}

static gboolean
commit_after_focus_leave_cb (gpointer data)
{
  g_autoptr(GtkWidget) editor = data;
  GtkWidget *parent = gtk_widget_get_parent (editor);

  /* Still editing (a finished editor has no parent), and still without
   * the focus? */
  if (JM_IS_CANVAS (parent) && JM_CANVAS (parent)->editor == editor
      && !editor_has_focus (editor))
    jm_canvas_commit_edit (JM_CANVAS (parent));

  return G_SOURCE_REMOVE;
}

static void
on_root_focus_changed_cb (JmCanvas *self)
{
  /* Focus going elsewhere commits, as in any text field: once GTK is
   * done moving it, since committing removes the editor. */
  if (self->editor != NULL && !editor_has_focus (self->editor))
    g_idle_add_full (G_PRIORITY_DEFAULT, commit_after_focus_leave_cb,
                     g_object_ref (self->editor), NULL);
}

static gboolean
begin_edit (JmCanvas *self,
            GObject  *object)
{
  GtkEventController *key;
  GtkRoot *root;
  GtkWidget *editor;

  jm_canvas_commit_edit (self);
  jm_canvas_set_selection (self, object);

  editor = gtk_entry_new ();
  gtk_widget_add_css_class (editor, "canvas-editor");
  gtk_editable_set_text (GTK_EDITABLE (editor), jm_edit_get_name (object));
  gtk_accessible_update_property (GTK_ACCESSIBLE (editor),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  JM_IS_TOUCHPOINT (object) ? _("Touchpoint title")
                                  : JM_IS_PERSONA (object) ? _("Persona name")
                                  : _("Phase name"),
                                  -1);

  g_signal_connect (editor, "activate", G_CALLBACK (on_editor_activate_cb), self);
  key = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_editor_key_pressed_cb), self);
  gtk_widget_add_controller (editor, key);

  self->editor = editor;
  self->edit_object = g_object_ref (object);
  gtk_widget_set_parent (editor, GTK_WIDGET (self));

  /* The window's focus widget, not focus events: those only come while
   * the window is active. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (root != NULL)
    {
      g_set_weak_pointer (&self->edit_root, GTK_WIDGET (root));
      g_signal_connect_object (root, "notify::focus-widget",
                               G_CALLBACK (on_root_focus_changed_cb), self, G_CONNECT_SWAPPED);
    }

  {
    JmRect rect;

    if (jm_canvas_get_object_rect (self, object, &rect))
      jm_canvas_scroll_to_rect (self, &rect);
  }

  jm_canvas_place_editor (self);
  gtk_widget_grab_focus (editor);
  gtk_editable_select_region (GTK_EDITABLE (editor), 0, -1);

  return TRUE;
}

gboolean
jm_canvas_start_rename (JmCanvas *self,
                        GObject  *object)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);
  g_return_val_if_fail (object == NULL || G_IS_OBJECT (object), FALSE);

  if (object == NULL || jm_canvas_get_edit_history (self) == NULL
      || !(JM_IS_TOUCHPOINT (object) || JM_IS_PERSONA (object) || JM_IS_PHASE (object))
      || !jm_edit_is_in_document (self->document, object))
    return FALSE;

  jm_canvas_drag_cancel (self);
  return begin_edit (self, object);
}

static gboolean
add_touchpoint (JmCanvas  *self,
                JmPersona *persona,
                JmPhase   *phase,
                int        index)
{
  JmHistory *history = jm_canvas_get_edit_history (self);
  JmTouchpoint *touchpoint;

  if (history == NULL || persona == NULL || phase == NULL)
    return FALSE;

  jm_canvas_commit_edit (self);
  touchpoint = jm_edit_add_touchpoint (history, persona, phase, index, NULL);
  if (touchpoint == NULL)
    return FALSE;

  return begin_edit (self, G_OBJECT (touchpoint));
}

gboolean
jm_canvas_add_in_current_cell (JmCanvas *self)
{
  JmPersona *persona;
  JmPhase *phase;
  guint index;

  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);

  if (!jm_canvas_get_current_cell (self, &persona, &phase))
    return FALSE;

  /* Right after the selected card, else at the end of the cell. */
  if (JM_IS_TOUCHPOINT (self->selection)
      && jm_canvas_find_card_cell (self, JM_TOUCHPOINT (self->selection), NULL, NULL, &index))
    return add_touchpoint (self, persona, phase, index + 1);

  return add_touchpoint (self, persona, phase, -1);
}

gboolean
jm_canvas_activate_at (JmCanvas *self,
                       double    map_x,
                       double    map_y)
{
  JmHit hit;
  guint lane, column, index;

  g_return_val_if_fail (JM_IS_CANVAS (self), FALSE);

  if (self->layout == NULL)
    return FALSE;

  hit = jm_layout_hit_test (self->layout, map_x, map_y);
  switch (hit.kind)
    {
    case JM_HIT_CARD:
    case JM_HIT_LANE_HEADER:
    case JM_HIT_PHASE_HEADER:
      return jm_canvas_start_rename (self, hit.object);

    case JM_HIT_CELL:
      if (!jm_layout_get_drop_target (self->layout, map_x, map_y, &lane, &column, &index)
          || lane != (guint) hit.lane || column != (guint) hit.column)
        return FALSE;
      return add_touchpoint (self,
                             jm_layout_get_lane (self->layout, lane)->persona,
                             jm_layout_get_column (self->layout, column)->phase,
                             index);

    case JM_HIT_CURVE_POINT:
    case JM_HIT_TITLE:
    case JM_HIT_NONE:
    default:
      return FALSE;
    }
}
