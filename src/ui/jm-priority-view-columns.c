/* jm-priority-view-columns.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The priority list's columns: what each cell shows of its touchpoint,
 * how each column sorts, and the super-touchpoint check box. */

#define G_LOG_DOMAIN "jm-priority-view"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-priority-view-private.h"

static const char *
column_title (JmPriorityColumn column)
{
  switch (column)
    {
    case JM_PRIORITY_COLUMN_TITLE: return _("Touchpoint");
    case JM_PRIORITY_COLUMN_PERSONA: return _("Persona");
    case JM_PRIORITY_COLUMN_PHASE: return _("Phase");
    case JM_PRIORITY_COLUMN_OWNER: return _("Owner");
    case JM_PRIORITY_COLUMN_RATINGS: return _("Ratings");
    /* Translators: column heading, share of disappointment votes */
    case JM_PRIORITY_COLUMN_DISAPPOINTMENT: return _("Disappointed");
    /* Translators: column heading, share of delight votes */
    case JM_PRIORITY_COLUMN_DELIGHT: return _("Delighted");
    /* Translators: column heading, the room disagrees strongly */
    case JM_PRIORITY_COLUMN_SPLIT: return _("Split");
    /* Translators: column heading, performance minus expectation */
    case JM_PRIORITY_COLUMN_GAP: return _("Gap");
    /* Translators: column heading, super-touchpoint (moment of truth) */
    case JM_PRIORITY_COLUMN_SUPER: return _("Super");
    case JM_PRIORITY_N_COLUMNS:
    default:
      g_return_val_if_reached ("");
    }
}

/* Share of @rating's votes, 0 … 1, or −1 without votes (sorts last). */
static double
get_share (JmTouchpoint *tp,
           JmRating      rating)
{
  JmRatingSummary summary;

  jm_touchpoint_get_rating_summary (tp, &summary);
  if (summary.total == 0)
    return -1.0;
  return (double) summary.counts[rating - 1] / summary.total;
}

static gboolean
get_gap (JmTouchpoint *tp,
         int          *gap)
{
  int expectation = jm_touchpoint_get_expectation (tp);
  int performance = jm_touchpoint_get_performance (tp);

  if (expectation == JM_SCORE_UNSET || performance == JM_SCORE_UNSET)
    return FALSE;
  *gap = performance - expectation;
  return TRUE;
}

static const char *
get_persona_name (JmPriorityView *self,
                  JmTouchpoint   *tp)
{
  JmPersona *persona = jm_document_find_persona (self->document, jm_touchpoint_get_persona (tp));

  return persona ? jm_persona_get_name (persona) : "";
}

static const char *
get_phase_name (JmPriorityView *self,
                JmTouchpoint   *tp)
{
  JmPhase *phase = jm_document_find_phase (self->document, jm_touchpoint_get_phase (tp));

  return phase ? jm_phase_get_name (phase) : "";
}

static char *
format_share (double share)
{
  if (share < 0)
    return g_strdup ("—");
  /* Translators: a percentage, e.g. "40 %" */
  return g_strdup_printf (_("%.0f %%"), share * 100.0);
}

static char *
dup_cell_text (JmPriorityView   *self,
               JmPriorityColumn  column,
               JmTouchpoint     *tp)
{
  JmRatingSummary summary;
  int gap;

  switch (column)
    {
    case JM_PRIORITY_COLUMN_TITLE:
      return g_strdup (jm_touchpoint_get_title (tp));
    case JM_PRIORITY_COLUMN_PERSONA:
      return g_strdup (get_persona_name (self, tp));
    case JM_PRIORITY_COLUMN_PHASE:
      return g_strdup (get_phase_name (self, tp));
    case JM_PRIORITY_COLUMN_OWNER:
      return g_strdup (jm_touchpoint_get_owner (tp));
    case JM_PRIORITY_COLUMN_RATINGS:
      jm_touchpoint_get_rating_summary (tp, &summary);
      if (summary.total == 0)
        return g_strdup ("—");
      /* the shapes of the card marks, so the list reads like the map */
      return g_strdup_printf ("▼ %u   ● %u   ▲ %u", summary.counts[0], summary.counts[1],
                              summary.counts[2]);
    case JM_PRIORITY_COLUMN_DISAPPOINTMENT:
      return format_share (get_share (tp, JM_RATING_DISAPPOINTMENT));
    case JM_PRIORITY_COLUMN_DELIGHT:
      return format_share (get_share (tp, JM_RATING_DELIGHT));
    case JM_PRIORITY_COLUMN_SPLIT:
      jm_touchpoint_get_rating_summary (tp, &summary);
      return g_strdup (summary.split ? _("Split room") : "");
    case JM_PRIORITY_COLUMN_GAP:
      if (!get_gap (tp, &gap))
        return g_strdup ("—");
      return gap > 0 ? g_strdup_printf ("+%d", gap) : gap < 0 ? g_strdup_printf ("−%d", -gap)
                                                              : g_strdup ("0");
    case JM_PRIORITY_COLUMN_SUPER:
    case JM_PRIORITY_N_COLUMNS:
    default:
      return g_strdup ("");
    }
}

static int
compare_doubles (double a,
                 double b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const ColumnData *data = user_data;
  JmPriorityView *self = data->view;
  JmTouchpoint *ta = (JmTouchpoint *) a, *tb = (JmTouchpoint *) b;
  JmRatingSummary sa, sb;
  int ga = G_MININT, gb = G_MININT;

  switch (data->column)
    {
    case JM_PRIORITY_COLUMN_PERSONA:
      return jm_document_get_persona_index (self->document,
                                            jm_document_find_persona (self->document, jm_touchpoint_get_persona (ta))) -
             jm_document_get_persona_index (self->document,
                                            jm_document_find_persona (self->document, jm_touchpoint_get_persona (tb)));
    case JM_PRIORITY_COLUMN_PHASE:
      return jm_document_get_phase_index (self->document,
                                          jm_document_find_phase (self->document, jm_touchpoint_get_phase (ta))) -
             jm_document_get_phase_index (self->document,
                                          jm_document_find_phase (self->document, jm_touchpoint_get_phase (tb)));
    case JM_PRIORITY_COLUMN_RATINGS:
      jm_touchpoint_get_rating_summary (ta, &sa);
      jm_touchpoint_get_rating_summary (tb, &sb);
      return (int) sa.total - (int) sb.total;
    case JM_PRIORITY_COLUMN_DISAPPOINTMENT:
      return compare_doubles (get_share (ta, JM_RATING_DISAPPOINTMENT), get_share (tb, JM_RATING_DISAPPOINTMENT));
    case JM_PRIORITY_COLUMN_DELIGHT:
      return compare_doubles (get_share (ta, JM_RATING_DELIGHT), get_share (tb, JM_RATING_DELIGHT));
    case JM_PRIORITY_COLUMN_SPLIT:
      jm_touchpoint_get_rating_summary (ta, &sa);
      jm_touchpoint_get_rating_summary (tb, &sb);
      return (int) sa.split - (int) sb.split;
    case JM_PRIORITY_COLUMN_GAP:
      get_gap (ta, &ga);
      get_gap (tb, &gb);
      return ga < gb ? -1 : ga > gb ? 1 : 0;
    case JM_PRIORITY_COLUMN_SUPER:
      return (int) jm_touchpoint_get_super (ta) - (int) jm_touchpoint_get_super (tb);
    case JM_PRIORITY_COLUMN_TITLE:
    case JM_PRIORITY_COLUMN_OWNER:
    case JM_PRIORITY_N_COLUMNS:
    default:
      {
        g_autofree char *text_a = dup_cell_text (self, data->column, ta);
        g_autofree char *text_b = dup_cell_text (self, data->column, tb);

        return g_utf8_collate (text_a, text_b);
      }
    }
}

void
jm_priority_view_mark_super (JmPriorityView *self,
                             JmTouchpoint   *tp,
                             gboolean        is_super)
{
  if (self->history == NULL || jm_touchpoint_get_super (tp) == is_super)
    return;

  jm_history_begin_group (self->history,
                          is_super ? _("Mark as Super-Touchpoint") : _("Unmark Super-Touchpoint"), NULL);
  jm_document_set_boolean (self->document, tp, "super", is_super);
  jm_history_end_group (self->history);
}

static void
on_super_toggled_cb (GtkCheckButton *check,
                     GtkListItem    *list_item)
{
  JmTouchpoint *tp = gtk_list_item_get_item (list_item);

  if (tp != NULL)
    jm_priority_view_mark_super (g_object_get_data (G_OBJECT (check), "jm-view"), tp,
                gtk_check_button_get_active (check));
}

/* The whole title, for when the column cuts it short, given when asked:
 * gtk_widget_set_tooltip_text() on every bind asks the display where
 * the pointer is, a round trip to the X server per cell, and showing
 * the list of a 2,000-touchpoint map took most of a second. */
static gboolean
on_title_query_tooltip_cb (GtkWidget  *label,
                           int         x,
                           int         y,
                           gboolean    keyboard_mode,
                           GtkTooltip *tooltip,
                           gpointer    user_data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (text == NULL || text[0] == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               ColumnData               *data)
{
  GtkWidget *child;

  if (data->column == JM_PRIORITY_COLUMN_SUPER)
    {
      child = gtk_check_button_new ();
      gtk_widget_set_halign (child, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (child), "jm-view", data->view);
      g_signal_connect (child, "toggled", G_CALLBACK (on_super_toggled_cb), list_item);
    }
  else
    {
      child = gtk_label_new (NULL);
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (child),
                            data->column >= JM_PRIORITY_COLUMN_RATINGS ? 1.0f : 0.0f);
      if (data->column == JM_PRIORITY_COLUMN_TITLE)
        {
          gtk_widget_set_has_tooltip (child, TRUE);
          g_signal_connect (child, "query-tooltip", G_CALLBACK (on_title_query_tooltip_cb), NULL);
        }
      if (data->column == JM_PRIORITY_COLUMN_SPLIT)
        gtk_widget_add_css_class (child, "warning");
      if (data->column >= JM_PRIORITY_COLUMN_RATINGS)
        gtk_widget_add_css_class (child, "numeric");
    }

  gtk_list_item_set_child (list_item, child);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              ColumnData               *data)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);
  JmTouchpoint *tp = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (data->column == JM_PRIORITY_COLUMN_SUPER)
    {
      gtk_check_button_set_active (GTK_CHECK_BUTTON (child), jm_touchpoint_get_super (tp));
      return;
    }

  text = dup_cell_text (data->view, data->column, tp);
  gtk_label_set_text (GTK_LABEL (child), text);
}

void
jm_priority_view_create_columns (JmPriorityView *self)
{
  for (guint i = 0; i < JM_PRIORITY_N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkCustomSorter *sorter;
      ColumnData *data = &self->column_data[i];

      data->view = self;
      data->column = i;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), data);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), data);

      self->columns[i] = gtk_column_view_column_new (column_title (i), factory);
      sorter = gtk_custom_sorter_new (compare_rows, data, NULL);
      gtk_column_view_column_set_sorter (self->columns[i], GTK_SORTER (sorter));
      g_object_unref (sorter);
      gtk_column_view_column_set_resizable (self->columns[i], TRUE);
      gtk_column_view_column_set_expand (self->columns[i], i == JM_PRIORITY_COLUMN_TITLE);
      /* titles and phase names must stay readable in a narrow window;
       * the list scrolls sideways instead */
      if (i == JM_PRIORITY_COLUMN_TITLE)
        gtk_column_view_column_set_fixed_width (self->columns[i], 260);
      else if (i == JM_PRIORITY_COLUMN_PHASE || i == JM_PRIORITY_COLUMN_OWNER)
        gtk_column_view_column_set_fixed_width (self->columns[i], 150);
      gtk_column_view_append_column (self->column_view, self->columns[i]);
    }
}
