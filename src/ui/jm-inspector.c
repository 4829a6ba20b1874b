/* jm-inspector.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The inspector shows one page per kind of selection (the map, a
 * persona, a phase, a touchpoint). It listens to the document and hands
 * every change to the visible page, which copies the model into its
 * widgets; a page that becomes visible refreshes completely, so hidden
 * pages need not follow the document.
 */

#define G_LOG_DOMAIN "jm-inspector"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-application.h"
#include "jm-inspector-map.h"
#include "jm-inspector-persona.h"
#include "jm-inspector-phase.h"
#include "jm-inspector-private.h"
#include "jm-inspector-touchpoint.h"

/* the width the panel asks for; the window's paned may give it more */
#define NATURAL_WIDTH 340

struct _JmInspector
{
  GtkWidget              parent_instance;

  /* template children */
  GtkWidget             *box;
  GtkImage              *kind_icon;
  GtkLabel              *kind_label;
  GtkLabel              *name_label;
  GtkStack              *stack;
  JmInspectorMap        *map_page;
  JmInspectorPersona    *persona_page;
  JmInspectorPhase      *phase_page;
  JmInspectorTouchpoint *touchpoint_page;

  GtkCssProvider        *icon_css;   /* tints the icon in the persona's colour */
  char                  *icon_color;

  JmHistory             *history;
  JmDocument            *document;
  gulong                 changed_handler;
  gulong                 batch_handler;
  /* the changes of the batch under way: how many, and the first */
  guint                  batch_changes;
  JmChange              *batch_first;
  GObject               *selection;
};

G_DEFINE_FINAL_TYPE (JmInspector, jm_inspector, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_SELECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
non_empty (const char *text,
           const char *fallback)
{
  return text != NULL && text[0] != '\0' ? text : fallback;
}

static void
update_header (JmInspector *self,
               GObject     *selection)
{
  g_autofree char *kind = NULL;
  const char *icon, *name;

  if (JM_IS_TOUCHPOINT (selection))
    {
      JmTouchpoint *touchpoint = JM_TOUCHPOINT (selection);
      JmPersona *persona = jm_document_find_persona (self->document,
                                                     jm_touchpoint_get_persona (touchpoint));
      JmPhase *phase = jm_document_find_phase (self->document,
                                               jm_touchpoint_get_phase (touchpoint));

      icon = "mark-location-symbolic";
      if (persona != NULL && phase != NULL)
        /* Translators: the inspector's heading, e.g. "Touchpoint · Anna · Awareness" */
        kind = g_strdup_printf (_("Touchpoint · %s · %s"),
                                non_empty (jm_persona_get_name (persona), _("Unnamed Persona")),
                                non_empty (jm_phase_get_name (phase), _("Unnamed Phase")));
      else
        kind = g_strdup (_("Touchpoint"));
      name = non_empty (jm_touchpoint_get_title (touchpoint), _("Untitled Touchpoint"));
    }
  else if (JM_IS_PERSONA (selection))
    {
      icon = "avatar-default-symbolic";
      kind = g_strdup (_("Persona"));
      name = non_empty (jm_persona_get_name (JM_PERSONA (selection)), _("Unnamed Persona"));
    }
  else if (JM_IS_PHASE (selection))
    {
      icon = "view-dual-symbolic";
      kind = g_strdup (_("Phase"));
      name = non_empty (jm_phase_get_name (JM_PHASE (selection)), _("Unnamed Phase"));
    }
  else
    {
      icon = "x-office-drawing-symbolic";
      kind = g_strdup (_("Journey Map"));
      name = self->document != NULL
             ? non_empty (jm_document_get_title (self->document), _("Untitled Map"))
             : _("No Map");
    }

  /* a persona's icon wears the colour of its lane */
  if (JM_IS_PERSONA (selection) && jm_color_is_valid (jm_persona_get_color (JM_PERSONA (selection))))
    {
      const char *color = jm_persona_get_color (JM_PERSONA (selection));

      if (g_strcmp0 (color, self->icon_color) != 0)
        {
          g_autofree char *css = g_strdup_printf ("image.persona-color { color: %s; }", color);

          gtk_css_provider_load_from_data (self->icon_css, css, -1);
          g_free (self->icon_color);
          self->icon_color = g_strdup (color);
        }
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_icon), "persona-color");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->kind_icon), "persona-color");
    }

  gtk_image_set_from_icon_name (self->kind_icon, icon);
  gtk_label_set_label (self->kind_label, kind);
  gtk_label_set_label (self->name_label, name);
}

/* Points the page of the selection at it and shows that page. */
static void
show_selection (JmInspector *self)
{
  /* a selection of no document of ours (yet) shows the map */
  GObject *selection = jm_edit_is_in_document (self->document, self->selection)
                       ? self->selection : NULL;

  if (JM_IS_TOUCHPOINT (selection))
    {
      jm_inspector_touchpoint_set_target (self->touchpoint_page, self->history,
                                          JM_TOUCHPOINT (selection));
      gtk_stack_set_visible_child_name (self->stack, "touchpoint");
    }
  else if (JM_IS_PERSONA (selection))
    {
      jm_inspector_persona_set_target (self->persona_page, self->history, JM_PERSONA (selection));
      gtk_stack_set_visible_child_name (self->stack, "persona");
    }
  else if (JM_IS_PHASE (selection))
    {
      jm_inspector_phase_set_target (self->phase_page, self->history, JM_PHASE (selection));
      gtk_stack_set_visible_child_name (self->stack, "phase");
    }
  else
    {
      jm_inspector_map_refresh (self->map_page, NULL);
      gtk_stack_set_visible_child_name (self->stack, "map");
    }

  /* pages not shown let go of their objects */
  if (!JM_IS_TOUCHPOINT (selection))
    jm_inspector_touchpoint_set_target (self->touchpoint_page, NULL, NULL);
  if (!JM_IS_PERSONA (selection))
    jm_inspector_persona_set_target (self->persona_page, NULL, NULL);
  if (!JM_IS_PHASE (selection))
    jm_inspector_phase_set_target (self->phase_page, NULL, NULL);

  update_header (self, selection);
}

/* The page of the selection shows what @change changed; with no
 * @change, everything. */
static void
follow_document (JmInspector    *self,
                 const JmChange *change)
{
  if (self->selection != NULL && !jm_edit_is_in_document (self->document, self->selection))
    {
      /* deleted, or its addition undone: back to the map */
      jm_inspector_set_selection (self, NULL);
      return;
    }

  if (JM_IS_TOUCHPOINT (self->selection))
    jm_inspector_touchpoint_refresh (self->touchpoint_page, change);
  else if (JM_IS_PERSONA (self->selection))
    jm_inspector_persona_refresh (self->persona_page, change);
  else if (JM_IS_PHASE (self->selection))
    jm_inspector_phase_refresh (self->phase_page, change);
  else
    jm_inspector_map_refresh (self->map_page, change);

  update_header (self, self->selection);
}

/* A batch (one undo step of maybe hundreds of changes) is shown once,
 * at its end: the map's page counts every participant's votes over the
 * whole map for each change it shows. */
static void
on_document_changed_cb (JmInspector    *self,
                        const JmChange *change,
                        JmDocument     *document)
{
  if (!jm_document_is_in_batch (document))
    follow_document (self, change);
  else if (self->batch_changes++ == 0)
    self->batch_first = jm_change_copy (change);
}

/* A batch of one change, as a keystroke in a field makes, shows just
 * that change; a bigger one, everything. */
static void
on_batch_finished_cb (JmInspector *self)
{
  g_autoptr(JmChange) first = g_steal_pointer (&self->batch_first);
  guint n = self->batch_changes;

  self->batch_changes = 0;
  if (n > 0)
    follow_document (self, n == 1 ? first : NULL);
}

static void
jm_inspector_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  JmInspector *self = JM_INSPECTOR (widget);

  gtk_widget_measure (self->box, orientation, for_size, minimum, natural, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, NATURAL_WIDTH);
}

static void
jm_inspector_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  JmInspector *self = JM_INSPECTOR (widget);

  gtk_widget_allocate (self->box, width, height, baseline, NULL);
}

static void
jm_inspector_dispose (GObject *object)
{
  JmInspector *self = JM_INSPECTOR (object);

  g_clear_signal_handler (&self->changed_handler, self->document);
  g_clear_signal_handler (&self->batch_handler, self->document);
  g_clear_pointer (&self->batch_first, jm_change_free);
  g_clear_object (&self->document);
  g_clear_object (&self->history);
  g_clear_object (&self->selection);
  g_clear_object (&self->icon_css);
  g_clear_pointer (&self->icon_color, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JM_TYPE_INSPECTOR);

  G_OBJECT_CLASS (jm_inspector_parent_class)->dispose (object);
}

static void
jm_inspector_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JmInspector *self = JM_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_inspector_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JmInspector *self = JM_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      jm_inspector_set_history (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      jm_inspector_set_selection (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
load_css (void)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  if (display == NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/jm-inspector.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
jm_inspector_class_init (JmInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = jm_inspector_dispose;
  object_class->get_property = jm_inspector_get_property;
  object_class->set_property = jm_inspector_set_property;

  widget_class->measure = jm_inspector_measure;
  widget_class->size_allocate = jm_inspector_size_allocate;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", "History", NULL, JM_TYPE_HISTORY, flags);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", "Selection", NULL, G_TYPE_OBJECT, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  jm_application_register_resources ();
  load_css ();

  g_type_ensure (JM_TYPE_INSPECTOR_MAP);
  g_type_ensure (JM_TYPE_INSPECTOR_PERSONA);
  g_type_ensure (JM_TYPE_INSPECTOR_PHASE);
  g_type_ensure (JM_TYPE_INSPECTOR_TOUCHPOINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/jm-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, JmInspector, box);
  gtk_widget_class_bind_template_child (widget_class, JmInspector, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, JmInspector, kind_label);
  gtk_widget_class_bind_template_child (widget_class, JmInspector, name_label);
  gtk_widget_class_bind_template_child (widget_class, JmInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, JmInspector, map_page);
  gtk_widget_class_bind_template_child (widget_class, JmInspector, persona_page);
  gtk_widget_class_bind_template_child (widget_class, JmInspector, phase_page);
  gtk_widget_class_bind_template_child (widget_class, JmInspector, touchpoint_page);

  gtk_widget_class_set_css_name (widget_class, "inspector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
jm_inspector_init (JmInspector *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->icon_css = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->kind_icon)),
                                  GTK_STYLE_PROVIDER (self->icon_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  show_selection (self);
}

GtkWidget *
jm_inspector_new (void)
{
  return g_object_new (JM_TYPE_INSPECTOR, NULL);
}

JmHistory *
jm_inspector_get_history (JmInspector *self)
{
  g_return_val_if_fail (JM_IS_INSPECTOR (self), NULL);
  return self->history;
}

void
jm_inspector_set_history (JmInspector *self,
                          JmHistory   *history)
{
  g_return_if_fail (JM_IS_INSPECTOR (self));
  g_return_if_fail (history == NULL || JM_IS_HISTORY (history));

  if (self->history == history)
    return;

  g_clear_signal_handler (&self->changed_handler, self->document);
  g_clear_signal_handler (&self->batch_handler, self->document);
  g_clear_pointer (&self->batch_first, jm_change_free);
  self->batch_changes = 0;
  g_clear_object (&self->document);
  g_set_object (&self->history, history);

  if (history != NULL)
    {
      self->document = g_object_ref (jm_history_get_document (history));
      self->changed_handler =
        g_signal_connect_object (self->document, "changed",
                                 G_CALLBACK (on_document_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      self->batch_handler =
        g_signal_connect_object (self->document, "batch-finished",
                                 G_CALLBACK (on_batch_finished_cb), self,
                                 G_CONNECT_SWAPPED);
    }

  jm_inspector_map_set_history (self->map_page, history);

  /* a selection of another document means nothing here */
  if (self->selection != NULL && !jm_edit_is_in_document (self->document, self->selection))
    {
      g_clear_object (&self->selection);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
    }
  show_selection (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
}

GObject *
jm_inspector_get_selection (JmInspector *self)
{
  g_return_val_if_fail (JM_IS_INSPECTOR (self), NULL);
  return self->selection;
}

void
jm_inspector_set_selection (JmInspector *self,
                            GObject     *selection)
{
  g_return_if_fail (JM_IS_INSPECTOR (self));
  g_return_if_fail (selection == NULL || G_IS_OBJECT (selection));

  if (!g_set_object (&self->selection, selection))
    return;

  show_selection (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

/* For tests */

const char *
jm_inspector_get_page_name (JmInspector *self)
{
  g_return_val_if_fail (JM_IS_INSPECTOR (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
jm_inspector_get_field (JmInspector *self,
                        const char  *name)
{
  GtkWidget *page;

  g_return_val_if_fail (JM_IS_INSPECTOR (self), NULL);

  page = gtk_stack_get_visible_child (self->stack);
  return GTK_WIDGET (gtk_widget_get_template_child (page, G_OBJECT_TYPE (page), name));
}

static GtkListBox *
get_list (JmInspector *self,
          const char  *list)
{
  if (g_str_equal (list, "participants"))
    return jm_inspector_map_get_participant_list (self->map_page);
  if (g_str_equal (list, "kpis"))
    return jm_inspector_touchpoint_get_kpi_list (self->touchpoint_page);
  if (g_str_equal (list, "steps"))
    return jm_inspector_touchpoint_get_step_list (self->touchpoint_page);

  g_return_val_if_reached (NULL);
}

guint
jm_inspector_get_n_rows (JmInspector *self,
                         const char  *list)
{
  GtkListBox *box;
  guint n = 0;

  g_return_val_if_fail (JM_IS_INSPECTOR (self), 0);

  box = get_list (self, list);
  while (gtk_list_box_get_row_at_index (box, n) != NULL)
    n++;

  return n;
}

GtkWidget *
jm_inspector_get_row_field (JmInspector *self,
                            const char  *list,
                            guint        index,
                            const char  *name)
{
  GtkWidget *row;

  g_return_val_if_fail (JM_IS_INSPECTOR (self), NULL);

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (get_list (self, list), index));
  if (row == NULL)
    return NULL;
  if (name == NULL)
    return row;

  return GTK_WIDGET (gtk_widget_get_template_child (row, G_OBJECT_TYPE (row), name));
}
