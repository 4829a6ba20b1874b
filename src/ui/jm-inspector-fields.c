/* jm-inspector-fields.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Binds inspector widgets to properties of one model object. The model
 * is the truth: an edit in a widget goes into the document (through the
 * history), the document announces the change, and refresh() copies the
 * model back into every widget whose value differs. Since the widget
 * being typed in already shows the new value, it is not touched and
 * keeps its cursor and selection. While refresh() writes, handlers see
 * is_updating() and do not edit.
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-inspector-private.h"

typedef enum
{
  FIELD_TEXT,
  FIELD_SWITCH,
} FieldKind;

typedef struct
{
  JmInspectorFields *fields;
  FieldKind          kind;
  GtkWidget         *widget;
  GObject           *emitter;   /* the widget, or the GtkTextBuffer of a text view */
  char              *property;
  char              *label;
  gulong             handler;
  gulong             activate_handler;
} Field;

typedef struct
{
  GtkWidget          *widget;
  GtkEventController *controller;
} Sealer;

struct _JmInspectorFields
{
  JmHistory *history;
  GObject   *target;
  GPtrArray *fields;
  GArray    *sealers;
  guint      updating;
};

static void
field_free (gpointer data)
{
  Field *field = data;

  g_clear_signal_handler (&field->handler, field->emitter);
  g_clear_signal_handler (&field->activate_handler, field->widget);
  g_free (field->property);
  g_free (field->label);
  g_free (field);
}

JmInspectorFields *
jm_inspector_fields_new (void)
{
  JmInspectorFields *self = g_new0 (JmInspectorFields, 1);

  self->fields = g_ptr_array_new_with_free_func (field_free);
  self->sealers = g_array_new (FALSE, FALSE, sizeof (Sealer));

  return self;
}

void
jm_inspector_fields_free (JmInspectorFields *self)
{
  if (self == NULL)
    return;

  /* the widgets outlive us when the page is disposed after this */
  for (guint i = 0; i < self->sealers->len; i++)
    {
      Sealer *sealer = &g_array_index (self->sealers, Sealer, i);

      gtk_widget_remove_controller (sealer->widget, sealer->controller);
    }
  g_array_unref (self->sealers);
  g_ptr_array_unref (self->fields);
  g_clear_object (&self->history);
  g_clear_object (&self->target);
  g_free (self);
}

void
jm_inspector_fields_set_target (JmInspectorFields *self,
                                JmHistory         *history,
                                gpointer           target)
{
  g_return_if_fail (self != NULL);

  /* a new object: nothing typed before may merge with what comes now */
  if (self->history != NULL)
    jm_history_seal (self->history);

  g_set_object (&self->history, history);
  g_set_object (&self->target, target);
  jm_inspector_fields_refresh (self);
}

JmHistory *
jm_inspector_fields_get_history (JmInspectorFields *self)
{
  return self->history;
}

JmDocument *
jm_inspector_fields_get_document (JmInspectorFields *self)
{
  return self->history != NULL ? jm_history_get_document (self->history) : NULL;
}

gpointer
jm_inspector_fields_get_target (JmInspectorFields *self)
{
  return self->target;
}

gboolean
jm_inspector_fields_is_updating (JmInspectorFields *self)
{
  return self->updating > 0;
}

void
jm_inspector_fields_block (JmInspectorFields *self)
{
  self->updating++;
}

void
jm_inspector_fields_unblock (JmInspectorFields *self)
{
  g_return_if_fail (self->updating > 0);
  self->updating--;
}

/* "t12:title" for entities with an id, "map:title" for the document,
 * the address for KPIs and internal steps (they have no id). */
static char *
dup_merge_key (GObject    *target,
               const char *property)
{
  g_autofree char *id = NULL;

  if (JM_IS_DOCUMENT (target))
    return g_strdup_printf ("map:%s", property);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (target), "id") != NULL)
    g_object_get (target, "id", &id, NULL);

  if (id != NULL)
    return g_strdup_printf ("%s:%s", id, property);

  return g_strdup_printf ("%p:%s", (gpointer)target, property);
}

void
jm_inspector_fields_begin_edit (JmInspectorFields *self,
                                const char        *undo_label,
                                const char        *property)
{
  g_autofree char *key = dup_merge_key (self->target, property);

  jm_history_begin_group (self->history, undo_label, key);
}

void
jm_inspector_fields_end_edit (JmInspectorFields *self)
{
  jm_history_end_group (self->history);
}

static gboolean
can_edit (JmInspectorFields *self)
{
  return self->updating == 0 && self->history != NULL && self->target != NULL;
}

void
jm_inspector_set_widget_text (GtkWidget  *widget,
                              const char *text)
{
  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)),
                              text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text != NULL ? text : "");
}

char *
jm_inspector_dup_widget_text (GtkWidget *widget)
{
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
}

static gboolean
resize_text_view_cb (gpointer data)
{
  GtkWidget *view = data;

  g_object_steal_data (G_OBJECT (view), "jm-resize-pending");
  gtk_widget_queue_resize (view);
  return G_SOURCE_REMOVE;
}

static void
on_text_view_height_cb (GtkWidget *view)
{
  if (g_object_get_data (G_OBJECT (view), "jm-resize-pending") != NULL)
    return;

  /* not while the adjustment is set up in the middle of an allocation */
  g_object_set_data (G_OBJECT (view), "jm-resize-pending", GINT_TO_POINTER (TRUE));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, resize_text_view_cb,
                   g_object_ref (view), g_object_unref);
}

static void
on_text_changed_cb (Field *field)
{
  JmInspectorFields *self = field->fields;
  g_autofree char *text = NULL;

  if (!can_edit (self))
    return;

  text = jm_inspector_dup_widget_text (field->widget);
  jm_inspector_fields_begin_edit (self, field->label, field->property);
  jm_document_set_string (jm_inspector_fields_get_document (self), self->target,
                          field->property, text[0] != '\0' ? text : NULL);
  jm_inspector_fields_end_edit (self);
}

static void
on_switch_active_cb (Field *field)
{
  JmInspectorFields *self = field->fields;

  if (!can_edit (self))
    return;

  jm_inspector_fields_begin_edit (self, field->label, field->property);
  jm_document_set_boolean (jm_inspector_fields_get_document (self), self->target,
                           field->property, gtk_switch_get_active (GTK_SWITCH (field->widget)));
  jm_inspector_fields_end_edit (self);
  /* a switch is one click, not typing: the next click is its own step */
  jm_history_seal (self->history);
}

static void
on_entry_activated_cb (Field *field)
{
  /* Enter finishes the edit */
  if (field->fields->history != NULL)
    jm_history_seal (field->fields->history);
}

static void
on_focus_leave_cb (JmInspectorFields *self)
{
  if (self->history != NULL)
    jm_history_seal (self->history);
}

void
jm_inspector_fields_seal_on_leave (JmInspectorFields *self,
                                   GtkWidget         *widget)
{
  Sealer sealer = { widget, gtk_event_controller_focus_new () };

  g_signal_connect_swapped (sealer.controller, "leave",
                            G_CALLBACK (on_focus_leave_cb), self);
  gtk_widget_add_controller (widget, sealer.controller);
  g_array_append_val (self->sealers, sealer);
}

static Field *
add_field (JmInspectorFields *self,
           FieldKind          kind,
           GtkWidget         *widget,
           const char        *property,
           const char        *undo_label)
{
  Field *field = g_new0 (Field, 1);

  field->fields = self;
  field->kind = kind;
  field->widget = widget;
  field->property = g_strdup (property);
  field->label = g_strdup (undo_label);
  g_ptr_array_add (self->fields, field);

  return field;
}

void
jm_inspector_fields_add_text (JmInspectorFields *self,
                              GtkWidget         *widget,
                              const char        *property,
                              const char        *undo_label)
{
  Field *field;

  g_return_if_fail (GTK_IS_EDITABLE (widget) || GTK_IS_TEXT_VIEW (widget));

  field = add_field (self, FIELD_TEXT, widget, property, undo_label);

  /* Ctrl+Z belongs to the map's history, not to the widget's own */
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (widget));

      gtk_text_buffer_set_enable_undo (buffer, FALSE);
      field->emitter = G_OBJECT (buffer);
      /* outside a scrolled window, a text view only updates its
       * adjustment when wrapping changes its height: grow with it */
      if (vadjustment != NULL)
        g_signal_connect_object (vadjustment, "notify::upper",
                                 G_CALLBACK (on_text_view_height_cb), widget,
                                 G_CONNECT_SWAPPED);
    }
  else
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (widget), FALSE);
      field->emitter = G_OBJECT (widget);
    }

  field->handler = g_signal_connect_swapped (field->emitter, "changed",
                                             G_CALLBACK (on_text_changed_cb), field);
  if (ADW_IS_ENTRY_ROW (widget))
    field->activate_handler = g_signal_connect_swapped (widget, "entry-activated",
                                                        G_CALLBACK (on_entry_activated_cb), field);
  jm_inspector_fields_seal_on_leave (self, widget);
}

void
jm_inspector_fields_add_switch (JmInspectorFields *self,
                                GtkSwitch         *toggle,
                                const char        *property,
                                const char        *undo_label)
{
  Field *field = add_field (self, FIELD_SWITCH, GTK_WIDGET (toggle), property, undo_label);

  field->emitter = G_OBJECT (toggle);
  field->handler = g_signal_connect_swapped (toggle, "notify::active",
                                             G_CALLBACK (on_switch_active_cb), field);
}

static void
refresh_field (JmInspectorFields *self,
               Field             *field)
{
  switch (field->kind)
    {
    case FIELD_TEXT:
      {
        g_autofree char *value = NULL;
        g_autofree char *shown = jm_inspector_dup_widget_text (field->widget);

        if (self->target != NULL)
          g_object_get (self->target, field->property, &value, NULL);
        if (g_strcmp0 (shown, value != NULL ? value : "") != 0)
          jm_inspector_set_widget_text (field->widget, value);
      }
      break;

    case FIELD_SWITCH:
      {
        gboolean value = FALSE;

        if (self->target != NULL)
          g_object_get (self->target, field->property, &value, NULL);
        if (gtk_switch_get_active (GTK_SWITCH (field->widget)) != value)
          gtk_switch_set_active (GTK_SWITCH (field->widget), value);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

void
jm_inspector_fields_refresh (JmInspectorFields *self)
{
  g_return_if_fail (self != NULL);

  self->updating++;
  for (guint i = 0; i < self->fields->len; i++)
    refresh_field (self, g_ptr_array_index (self->fields, i));
  self->updating--;
}

/* Rows of collections */

gpointer
jm_inspector_row_get_item (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "jm-inspector-item");
}

GtkWidget *
jm_inspector_find_row (GtkListBox *box,
                       gpointer    item)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX_ROW (child) && jm_inspector_row_get_item (child) == item)
        return child;
    }

  return NULL;
}

void
jm_inspector_sync_rows (GtkListBox           *box,
                        JmDocument           *document,
                        JmCollection          collection,
                        gpointer              parent,
                        JmInspectorCreateRow  create,
                        gpointer              user_data)
{
  guint n = document != NULL ? jm_document_get_n_items (document, collection, parent) : 0;
  GtkListBoxRow *extra;

  for (guint i = 0; i < n; i++)
    {
      gpointer item = jm_document_get_item (document, collection, parent, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (box, i);
      GtkWidget *existing;

      if (row != NULL && jm_inspector_row_get_item (GTK_WIDGET (row)) == item)
        continue;

      existing = jm_inspector_find_row (box, item);
      if (existing != NULL)
        {
          g_object_ref (existing);
          gtk_list_box_remove (box, existing);
          gtk_list_box_insert (box, existing, i);
          g_object_unref (existing);
        }
      else
        {
          GtkWidget *created = create (item, user_data);

          g_object_set_data_full (G_OBJECT (created), "jm-inspector-item",
                                  g_object_ref (item), g_object_unref);
          gtk_list_box_insert (box, created, i);
        }
    }

  while ((extra = gtk_list_box_get_row_at_index (box, n)) != NULL)
    gtk_list_box_remove (box, GTK_WIDGET (extra));
}

gboolean
jm_inspector_change_is_structural (const JmChange *change,
                                   JmCollection    collection,
                                   gpointer        parent)
{
  return change->collection == collection &&
         (gpointer)change->parent == parent &&
         (change->kind == JM_CHANGE_INSERT ||
          change->kind == JM_CHANGE_REMOVE ||
          change->kind == JM_CHANGE_MOVE);
}
