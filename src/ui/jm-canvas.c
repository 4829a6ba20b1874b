/* jm-canvas.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The canvas is as large as the view: it implements GtkScrollable and
 * translates by the adjustments itself, so a snapshot only ever paints
 * the visible part of the map, however far it is zoomed in. The map
 * sits inside a margin; when it is smaller than the view it is centred.
 *
 *   widget_x = origin_x + map_x * zoom
 *   origin_x = MARGIN + MAX (0, (view_width − content_width) / 2) − hadjustment
 */

#define G_LOG_DOMAIN "jm-canvas"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "jm-canvas-private.h"
#include "jm-edit.h"

G_DEFINE_FINAL_TYPE_WITH_CODE (JmCanvas, jm_canvas, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_HISTORY,
  PROP_ZOOM,
  PROP_SELECTION,
  N_PROPS,

  /* GtkScrollable */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

static double
get_map_width (JmCanvas *self)
{
  return self->layout != NULL ? jm_layout_get_width (self->layout) : 0.0;
}

static double
get_map_height (JmCanvas *self)
{
  return self->layout != NULL ? jm_layout_get_height (self->layout) : 0.0;
}

/* Size of the map plus margins, in widget pixels. */
static double
get_content_size (JmCanvas       *self,
                  GtkOrientation  orientation)
{
  double map_size = orientation == GTK_ORIENTATION_HORIZONTAL
                    ? get_map_width (self) : get_map_height (self);

  return map_size * self->zoom + 2.0 * JM_CANVAS_MARGIN;
}

static double
get_view_size (JmCanvas       *self,
               GtkOrientation  orientation)
{
  return orientation == GTK_ORIENTATION_HORIZONTAL
         ? gtk_widget_get_width (GTK_WIDGET (self))
         : gtk_widget_get_height (GTK_WIDGET (self));
}

static GtkAdjustment *
get_adjustment (JmCanvas       *self,
                GtkOrientation  orientation)
{
  return orientation == GTK_ORIENTATION_HORIZONTAL ? self->hadjustment : self->vadjustment;
}

/* Where map coordinate 0 lies in widget coordinates: on the device
 * pixel grid, so the map's tiles are drawn 1:1, never resampled, and
 * pointer positions map to exactly what is drawn. */
double
jm_canvas_get_origin (JmCanvas       *self,
                      GtkOrientation  orientation)
{
  GtkAdjustment *adjustment = get_adjustment (self, orientation);
  double centring = MAX (0.0, (get_view_size (self, orientation)
                               - get_content_size (self, orientation)) / 2.0);
  double value = adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0.0;
  int scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  return round ((JM_CANVAS_MARGIN + centring - value) * scale_factor) / scale_factor;
}

static void
configure_adjustment (JmCanvas       *self,
                      GtkOrientation  orientation)
{
  GtkAdjustment *adjustment = get_adjustment (self, orientation);
  double view = get_view_size (self, orientation);
  double upper = MAX (get_content_size (self, orientation), view);
  double value;

  if (adjustment == NULL)
    return;

  value = CLAMP (gtk_adjustment_get_value (adjustment), 0.0, upper - view);
  gtk_adjustment_configure (adjustment, value, 0.0, upper,
                            view * 0.1, view * 0.9, view);
}

static void
update_adjustments (JmCanvas *self)
{
  configure_adjustment (self, GTK_ORIENTATION_HORIZONTAL);
  configure_adjustment (self, GTK_ORIENTATION_VERTICAL);
}

/* Scrolls so that map coordinate @map_pos lands on widget coordinate @pos. */
static void
scroll_to_anchor (JmCanvas       *self,
                  GtkOrientation  orientation,
                  double          map_pos,
                  double          pos)
{
  GtkAdjustment *adjustment = get_adjustment (self, orientation);
  double centring = MAX (0.0, (get_view_size (self, orientation)
                               - get_content_size (self, orientation)) / 2.0);

  if (adjustment == NULL)
    return;

  gtk_adjustment_set_value (adjustment,
                            JM_CANVAS_MARGIN + centring + map_pos * self->zoom - pos);
}

static void
set_zoom_anchored (JmCanvas *self,
                   double    zoom,
                   double    x,
                   double    y)
{
  double map_x, map_y;

  zoom = CLAMP (zoom, JM_CANVAS_ZOOM_MIN, JM_CANVAS_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 1e-9))
    return;

  jm_canvas_widget_to_map (self, x, y, &map_x, &map_y);
  self->zoom = zoom;
  update_adjustments (self);
  scroll_to_anchor (self, GTK_ORIENTATION_HORIZONTAL, map_x, x);
  scroll_to_anchor (self, GTK_ORIENTATION_VERTICAL, map_y, y);

  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* After the layout changed: what the canvas shows of it. */
static void
follow_layout (JmCanvas *self)
{
  if (self->selection != NULL && !jm_edit_is_in_document (self->document, self->selection))
    jm_canvas_set_selection (self, NULL);
  else if (JM_IS_TOUCHPOINT (self->selection))
    jm_canvas_update_cell_from_selection (self);
  else if (self->cell_persona != NULL && !jm_canvas_cell_is_in_document (self))
    jm_canvas_select_cell (self, NULL, NULL);

  if (self->present_focus != NULL && !jm_edit_is_in_document (self->document, self->present_focus))
    g_clear_object (&self->present_focus);

  /* Renaming something that is gone (undone, deleted) ends the rename. */
  if (self->editor != NULL && !jm_edit_is_in_document (self->document, self->edit_object))
    jm_canvas_cancel_edit (self);
  else if (self->editor != NULL)
    jm_canvas_place_editor (self);

  update_adjustments (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_document_changed_cb (JmCanvas   *self,
                        gpointer    change,
                        JmDocument *document)
{
  g_assert (JM_IS_CANVAS (self));
  g_assert (document == self->document);

  /* only what the change touches is laid out again */
  jm_layout_apply_change (self->layout, change);
  follow_layout (self);
}

static void
on_batch_started_cb (JmCanvas *self)
{
  jm_layout_begin_batch (self->layout);
}

static void
on_batch_finished_cb (JmCanvas *self)
{
  /* a long batch was left to one full update at its end */
  if (jm_layout_end_batch (self->layout))
    follow_layout (self);
}

static void
on_style_changed_cb (JmCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_adjustment_value_changed_cb (JmCanvas *self)
{
  if (self->editor != NULL)
    jm_canvas_place_editor (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (JmCanvas       *self,
                GtkOrientation  orientation,
                GtkAdjustment  *adjustment)
{
  GtkAdjustment **slot = orientation == GTK_ORIENTATION_HORIZONTAL
                         ? &self->hadjustment : &self->vadjustment;

  if (adjustment != NULL && *slot == adjustment)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, on_adjustment_value_changed_cb, self);
      g_clear_object (slot);
    }

  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0.0, 0.0, 0.0, 0.0, 0.0, 0.0);

  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed",
                            G_CALLBACK (on_adjustment_value_changed_cb), self);
  configure_adjustment (self, orientation);
}

static void
jm_canvas_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  JmCanvas *self = JM_CANVAS (widget);

  *minimum = 0;
  *natural = self->layout != NULL ? (int) ceil (get_content_size (self, orientation)) : 0;
}

static void
jm_canvas_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  JmCanvas *self = JM_CANVAS (widget);

  update_adjustments (self);

  if (self->fit_pending && self->layout != NULL && width > 0 && height > 0)
    jm_canvas_zoom_to_fit (self);

  if (self->editor != NULL)
    jm_canvas_allocate_editor (self);
}

static void
jm_canvas_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  JmCanvas *self = JM_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;

    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;

    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;

    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;

    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;

    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_canvas_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  JmCanvas *self = JM_CANVAS (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      jm_canvas_set_document (self, g_value_get_object (value));
      break;

    case PROP_HISTORY:
      jm_canvas_set_history (self, g_value_get_object (value));
      break;

    case PROP_ZOOM:
      jm_canvas_set_zoom (self, g_value_get_double (value));
      break;

    case PROP_SELECTION:
      jm_canvas_set_selection (self, g_value_get_object (value));
      break;

    case PROP_HADJUSTMENT:
      set_adjustment (self, GTK_ORIENTATION_HORIZONTAL, g_value_get_object (value));
      break;

    case PROP_VADJUSTMENT:
      set_adjustment (self, GTK_ORIENTATION_VERTICAL, g_value_get_object (value));
      break;

    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;

    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_canvas_dispose (GObject *object)
{
  JmCanvas *self = JM_CANVAS (object);

  jm_canvas_drag_cancel (self);
  jm_canvas_cancel_edit (self);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, on_adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, on_adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->cell_persona);
  g_clear_object (&self->cell_phase);
  g_clear_object (&self->present_focus);
  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_object (&self->tiles);
  g_clear_object (&self->layout);
  g_clear_object (&self->history);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (jm_canvas_parent_class)->dispose (object);
}

static void
jm_canvas_class_init (JmCanvasClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jm_canvas_dispose;
  object_class->get_property = jm_canvas_get_property;
  object_class->set_property = jm_canvas_set_property;

  widget_class->snapshot = jm_canvas_snapshot;
  widget_class->measure = jm_canvas_measure;
  widget_class->size_allocate = jm_canvas_size_allocate;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         JM_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL,
                         JM_TYPE_HISTORY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         JM_CANVAS_ZOOM_MIN, JM_CANVAS_ZOOM_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL,
                         G_TYPE_OBJECT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "journeycanvas");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
jm_canvas_init (JmCanvas *self)
{
  self->zoom = 1.0;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_style_changed_cb), self, G_CONNECT_SWAPPED);

  jm_canvas_init_input (self);
}

GtkWidget *
jm_canvas_new (void)
{
  return g_object_new (JM_TYPE_CANVAS, NULL);
}

JmDocument *
jm_canvas_get_document (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), NULL);

  return self->document;
}

void
jm_canvas_set_document (JmCanvas   *self,
                        JmDocument *document)
{
  jm_canvas_set_laid_out_document (self, document, NULL);
}

void
jm_canvas_set_laid_out_document (JmCanvas   *self,
                                 JmDocument *document,
                                 JmLayout   *layout)
{
  g_return_if_fail (JM_IS_CANVAS (self));
  g_return_if_fail (document == NULL || JM_IS_DOCUMENT (document));
  g_return_if_fail (layout == NULL || jm_layout_get_document (layout) == document);

  if (self->document == document)
    return;

  jm_canvas_drag_cancel (self);
  jm_canvas_cancel_edit (self);
  jm_canvas_set_selection (self, NULL);
  g_clear_object (&self->present_focus);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_handle_id (&self->fill_id, g_source_remove);
  g_clear_object (&self->tiles);
  g_clear_object (&self->layout);
  g_set_object (&self->document, document);

  if (document != NULL)
    {
      self->layout = layout != NULL ? g_object_ref (layout) : jm_layout_new (document);
      jm_layout_set_hide_derived (self->layout, self->results_hidden);
      self->tiles = jm_tile_cache_new (self->layout);
      g_signal_connect_object (document, "changed",
                               G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "batch-started",
                               G_CALLBACK (on_batch_started_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "batch-finished",
                               G_CALLBACK (on_batch_finished_cb), self, G_CONNECT_SWAPPED);
    }

  /* A new map starts at its top left corner. */
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, 0.0);
  if (self->vadjustment != NULL)
    gtk_adjustment_set_value (self->vadjustment, 0.0);
  update_adjustments (self);

  gtk_widget_queue_resize (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

JmLayout *
jm_canvas_get_layout (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), NULL);

  return self->layout;
}

double
jm_canvas_get_zoom (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), 1.0);

  return self->zoom;
}

void
jm_canvas_set_zoom (JmCanvas *self,
                    double    zoom)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  self->fit_pending = FALSE;
  set_zoom_anchored (self, zoom,
                     gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                     gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
jm_canvas_zoom_at (JmCanvas *self,
                   double    factor,
                   double    x,
                   double    y)
{
  g_return_if_fail (JM_IS_CANVAS (self));
  g_return_if_fail (factor > 0.0);

  self->fit_pending = FALSE;
  set_zoom_anchored (self, self->zoom * factor, x, y);
}

void
jm_canvas_zoom_in (JmCanvas *self)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  jm_canvas_set_zoom (self, self->zoom * JM_CANVAS_ZOOM_STEP);
}

void
jm_canvas_zoom_out (JmCanvas *self)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  jm_canvas_set_zoom (self, self->zoom / JM_CANVAS_ZOOM_STEP);
}

void
jm_canvas_zoom_to_fit (JmCanvas *self)
{
  double width, height, zoom;

  g_return_if_fail (JM_IS_CANVAS (self));

  width = gtk_widget_get_width (GTK_WIDGET (self)) - 2.0 * JM_CANVAS_MARGIN;
  height = gtk_widget_get_height (GTK_WIDGET (self)) - 2.0 * JM_CANVAS_MARGIN;

  if (self->layout == NULL || width <= 0 || height <= 0)
    {
      /* Not shown yet: fit once there is a size. */
      self->fit_pending = TRUE;
      return;
    }

  self->fit_pending = FALSE;
  zoom = MIN (width / get_map_width (self), height / get_map_height (self));
  /* Round down a little so the fitted map never needs a scrollbar. */
  zoom = floor (zoom * 1000.0) / 1000.0;
  set_zoom_anchored (self, zoom,
                     gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                     gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
jm_canvas_notify_selection (JmCanvas *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

JmHistory *
jm_canvas_get_history (JmCanvas *self)
{
  g_return_val_if_fail (JM_IS_CANVAS (self), NULL);

  return self->history;
}

void
jm_canvas_set_history (JmCanvas  *self,
                       JmHistory *history)
{
  g_return_if_fail (JM_IS_CANVAS (self));
  g_return_if_fail (history == NULL || JM_IS_HISTORY (history));

  if (self->history == history)
    return;

  jm_canvas_drag_cancel (self);
  jm_canvas_commit_edit (self);
  g_set_object (&self->history, history);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

void
jm_canvas_widget_to_map (JmCanvas *self,
                         double    x,
                         double    y,
                         double   *map_x,
                         double   *map_y)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  if (map_x != NULL)
    *map_x = (x - jm_canvas_get_origin (self, GTK_ORIENTATION_HORIZONTAL)) / self->zoom;
  if (map_y != NULL)
    *map_y = (y - jm_canvas_get_origin (self, GTK_ORIENTATION_VERTICAL)) / self->zoom;
}

void
jm_canvas_map_to_widget (JmCanvas *self,
                         double    map_x,
                         double    map_y,
                         double   *x,
                         double   *y)
{
  g_return_if_fail (JM_IS_CANVAS (self));

  if (x != NULL)
    *x = jm_canvas_get_origin (self, GTK_ORIENTATION_HORIZONTAL) + map_x * self->zoom;
  if (y != NULL)
    *y = jm_canvas_get_origin (self, GTK_ORIENTATION_VERTICAL) + map_y * self->zoom;
}
