/* jm-rating-window.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The facilitator drives a rating round from the keyboard while the
 * room watches the projector, so everything here is large, and the
 * votes stay hidden until the round is revealed: early votes should not
 * sway the room.
 */

#define G_LOG_DOMAIN "jm-rating-window"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-rating-summary.h"
#include "jm-rating-window-private.h"

G_DEFINE_FINAL_TYPE (JmRatingWindow, jm_rating_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_HISTORY,
  PROP_TOUCHPOINT,
  PROP_RESULTS_HIDDEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const JmRatingInfo jm_rating_info[JM_N_RATINGS] = {
  { JM_RATING_DISAPPOINTMENT, "jm-rating-disappointment-symbolic", "disappointment", N_("Disappointment"), "1" },
  { JM_RATING_OK, "jm-rating-ok-symbolic", "ok", N_("OK"), "2" },
  { JM_RATING_DELIGHT, "jm-rating-delight-symbolic", "delight", N_("Delight"), "3" },
};

/* The touchpoints in reading order, kept between votes: putting 10,000
 * of them in order took a fifth of a vote's time. */
static GPtrArray *
dup_order (JmRatingWindow *self)
{
  if (self->order == NULL)
    self->order = jm_document_dup_touchpoints_in_order (self->document);

  return g_ptr_array_ref (self->order);
}

/* How far the room got with @touchpoint, 0 … 1: the share of
 * participants who voted, or all of it once a show of hands answered
 * for the whole room. */
static double
get_touchpoint_progress (JmTouchpoint *touchpoint,
                         GPtrArray    *participant_ids)
{
  guint n = jm_touchpoint_get_n_ratings (touchpoint);
  guint voted = 0;

  for (guint r = 0; r < JM_N_RATINGS; r++)
    if (jm_touchpoint_get_hands (touchpoint, jm_rating_info[r].rating) > 0)
      return 1.0;

  for (guint v = 0; v < n; v++)
    voted += g_ptr_array_find (participant_ids, jm_touchpoint_get_rating_participant (touchpoint, v),
                               NULL);

  return participant_ids->len > 0 ? (double) voted / participant_ids->len : 0.0;
}

/* The ids of the map's participants, interned as votes keep them: a
 * vote is then found among them by its pointer, where looking each
 * participant up among the votes by name took most of a vote's time on
 * a map of 10,000 touchpoints. */
static GPtrArray *
dup_participant_ids (JmRatingWindow *self)
{
  guint n = jm_document_get_n_participants (self->document);
  GPtrArray *ids = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      const char *id = jm_participant_get_id (jm_document_get_participant (self->document, i));

      if (id != NULL)
        g_ptr_array_add (ids, (gpointer) g_intern_string (id));
    }

  return ids;
}

/* The progress of every touchpoint of the order, kept with it: a vote
 * changes one touchpoint's, and going over 10,000 for each vote took
 * most of its time. */
static void
ensure_progress (JmRatingWindow *self)
{
  g_autoptr(GPtrArray) participant_ids = NULL;

  if (self->progress != NULL)
    return;

  participant_ids = dup_participant_ids (self);
  self->progress = g_array_sized_new (FALSE, FALSE, sizeof (double), self->order->len);
  self->progress_sum = 0.0;
  self->progress_done = 0;
  for (guint i = 0; i < self->order->len; i++)
    {
      double progress = get_touchpoint_progress (g_ptr_array_index (self->order, i), participant_ids);

      g_array_append_val (self->progress, progress);
      self->progress_sum += progress;
      self->progress_done += progress >= 1.0;
    }
}

/* @touchpoint's votes or show of hands may have changed. */
static void
update_progress_of (JmRatingWindow *self,
                    JmTouchpoint   *touchpoint)
{
  g_autoptr(GPtrArray) participant_ids = NULL;
  double *progress;
  guint i;

  if (self->progress == NULL || !g_ptr_array_find (self->order, touchpoint, &i))
    return;

  participant_ids = dup_participant_ids (self);
  progress = &g_array_index (self->progress, double, i);
  self->progress_sum -= *progress;
  self->progress_done -= *progress >= 1.0;
  *progress = get_touchpoint_progress (touchpoint, participant_ids);
  self->progress_sum += *progress;
  self->progress_done += *progress >= 1.0;
}

/* Over the touchpoints of @order, which is the order kept: how many are
 * rated by everyone, and the share of the round done. */
static guint
count_progress (JmRatingWindow *self,
                GPtrArray      *order,
                double         *fraction)
{
  g_assert (order == self->order);

  ensure_progress (self);
  if (fraction != NULL)
    *fraction = order->len > 0 ? self->progress_sum / order->len : 0.0;
  return self->progress_done;
}

static char *
format_progress (guint done,
                 guint total)
{
  /* Translators: progress of a rating round, e.g. "12 of 48 touchpoints rated by everyone" */
  return g_strdup_printf (ngettext ("%u of %u touchpoint rated by everyone",
                                    "%u of %u touchpoints rated by everyone", total),
                          done, total);
}

char *
jm_rating_window_dup_progress (JmRatingWindow *self)
{
  g_autoptr(GPtrArray) order = NULL;

  g_return_val_if_fail (JM_IS_RATING_WINDOW (self), NULL);

  order = dup_order (self);
  return format_progress (count_progress (self, order, NULL), order->len);
}

static void
update_touchpoint_labels (JmRatingWindow *self,
                          GPtrArray      *order)
{
  JmTouchpoint *tp = self->touchpoint;
  JmPersona *persona;
  JmPhase *phase;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *context = NULL;
  g_autofree char *subtitle = NULL;
  guint position = 0;

  if (tp == NULL)
    {
      gtk_label_set_text (self->context_label, "");
      gtk_label_set_text (self->title_label, _("This map has no touchpoints yet"));
      gtk_label_set_text (self->details_label, "");
      adw_window_title_set_subtitle (self->window_title, "");
      return;
    }

  persona = jm_document_find_persona (self->document, jm_touchpoint_get_persona (tp));
  phase = jm_document_find_phase (self->document, jm_touchpoint_get_phase (tp));
  /* Translators: persona and phase of the touchpoint being rated, e.g. "Anna · Purchase" */
  context = g_strdup_printf (_("%s · %s"), persona ? jm_persona_get_name (persona) : "",
                             phase ? jm_phase_get_name (phase) : "");
  gtk_label_set_text (self->context_label, context);
  gtk_label_set_text (self->title_label, jm_touchpoint_get_title (tp));

  if (jm_touchpoint_get_action (tp) != NULL && *jm_touchpoint_get_action (tp) != '\0')
    g_string_append (details, jm_touchpoint_get_action (tp));
  if (jm_touchpoint_get_channel (tp) != NULL && *jm_touchpoint_get_channel (tp) != '\0')
    {
      /* Translators: a line on the rating screen, e.g. "Channel: Website" */
      g_autofree char *line = g_strdup_printf (_("Channel: %s"), jm_touchpoint_get_channel (tp));
      g_string_append_printf (details, "%s%s", details->len ? "\n" : "", line);
    }
  if (jm_touchpoint_get_feeling (tp) != NULL && *jm_touchpoint_get_feeling (tp) != '\0')
    {
      /* Translators: a line on the rating screen, e.g. "Feeling: “Where is my parcel?”" */
      g_autofree char *line = g_strdup_printf (_("Feeling: “%s”"), jm_touchpoint_get_feeling (tp));
      g_string_append_printf (details, "%s%s", details->len ? "\n" : "", line);
    }
  gtk_label_set_text (self->details_label, details->str);
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details->len > 0);

  g_ptr_array_find (order, tp, &position);
  /* Translators: which touchpoint of how many is being rated, e.g. "Touchpoint 3 of 31" */
  subtitle = g_strdup_printf (_("Touchpoint %u of %u"), position + 1, order->len);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
update_results (JmRatingWindow *self,
                GPtrArray      *order)
{
  JmRatingSummary summary;
  double fraction;
  guint done = count_progress (self, order, &fraction);
  g_autofree char *progress = format_progress (done, order->len);
  g_autofree char *results = NULL;

  gtk_label_set_text (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);

  if (self->touchpoint == NULL || self->results_hidden)
    {
      gtk_label_set_text (self->results_label,
                          self->touchpoint ? _("Results are hidden until the round is revealed (R)") : "");
      return;
    }

  jm_touchpoint_get_rating_summary (self->touchpoint, &summary);
  /* Translators: the revealed result of one touchpoint, then its class, e.g. "Delight factor" */
  results = g_strdup_printf (_("▼ %u Disappointment   ● %u OK   ▲ %u Delight   · %s%s"),
                             summary.counts[0], summary.counts[1], summary.counts[2],
                             jm_rating_class_get_label (summary.classification),
                             summary.split ? _(" · Split room") : "");
  gtk_label_set_text (self->results_label, results);
}


static void
refresh (JmRatingWindow *self)
{
  guint n = jm_document_get_n_participants (self->document);
  g_autoptr(GPtrArray) order = dup_order (self);

  update_touchpoint_labels (self, order);
  jm_rating_window_update_votes (self);
  update_results (self, order);
  jm_rating_window_update_hands (self);
  gtk_widget_set_visible (GTK_WIDGET (self->participant_list), n > 0 && !self->show_of_hands);
}

static void
follow_document (JmRatingWindow *self,
                 gboolean        participants_changed)
{
  if (participants_changed)
    jm_rating_window_rebuild_participants (self);

  /* the current touchpoint was deleted (or an undo took it away) */
  if (self->touchpoint != NULL &&
      jm_document_get_touchpoint_index (self->document, self->touchpoint) < 0)
    {
      g_autoptr(GPtrArray) order = dup_order (self);

      jm_rating_window_set_touchpoint (self, order->len > 0 ? g_ptr_array_index (order, 0) : NULL);
      return;
    }

  refresh (self);
}

/* Every refresh puts the whole map in reading order: a batch (one undo
 * step of maybe hundreds of changes) is followed once, at its end. */
static void
on_document_changed_cb (JmRatingWindow *self,
                        const JmChange *change)
{
  gboolean participants_changed =
    change->collection == JM_COLLECTION_PARTICIPANTS || JM_IS_PARTICIPANT (change->object);

  /* what reorders the map also covers changes of the room (participants
   * added, removed or given another id); a vote or another value of a
   * touchpoint changes just its progress */
  if (jm_change_may_reorder (change))
    {
      g_clear_pointer (&self->order, g_ptr_array_unref);
      g_clear_pointer (&self->progress, g_array_unref);
    }
  else if (JM_IS_TOUCHPOINT (change->object))
    {
      update_progress_of (self, JM_TOUCHPOINT (change->object));
    }

  if (jm_document_is_in_batch (self->document))
    {
      self->batch_changed = TRUE;
      self->batch_changed_participants |= participants_changed;
      return;
    }

  follow_document (self, participants_changed);
}

static void
on_batch_finished_cb (JmRatingWindow *self)
{
  gboolean participants_changed = self->batch_changed_participants;

  if (!self->batch_changed)
    return;

  self->batch_changed = self->batch_changed_participants = FALSE;
  follow_document (self, participants_changed);
}

static void
step (JmRatingWindow *self,
      int             delta)
{
  g_autoptr(GPtrArray) order = dup_order (self);
  guint position = 0;
  int next;

  if (order->len == 0)
    return;

  if (self->touchpoint == NULL || !g_ptr_array_find (order, self->touchpoint, &position))
    next = 0;
  else
    next = CLAMP ((int) position + delta, 0, (int) order->len - 1);

  jm_rating_window_set_touchpoint (self, g_ptr_array_index (order, next));
  /* each touchpoint starts with the first person in the room again */
  jm_rating_window_set_participant (self, 0);
}

static void
previous_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  step (JM_RATING_WINDOW (widget), -1);
}

static void
next_action_cb (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  step (JM_RATING_WINDOW (widget), +1);
}

static void
reveal_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JmRatingWindow *self = JM_RATING_WINDOW (widget);

  jm_rating_window_set_results_hidden (self, !self->results_hidden);
}

static void
show_of_hands_action_cb (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  JmRatingWindow *self = JM_RATING_WINDOW (widget);

  jm_rating_window_set_show_of_hands (self, !self->show_of_hands);
}

static void
clear_action_cb (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JmRatingWindow *self = JM_RATING_WINDOW (widget);

  jm_rating_window_rate (self, self->participant, JM_RATING_NONE);
}

gboolean
jm_rating_window_handle_key (JmRatingWindow  *self,
                             guint            keyval,
                             GdkModifierType  state)
{
  guint n = jm_document_get_n_participants (self->document);

  g_return_val_if_fail (JM_IS_RATING_WINDOW (self), FALSE);

  if (state & GDK_CONTROL_MASK)
    {
      gboolean shift = (state & GDK_SHIFT_MASK) != 0;

      if (keyval == GDK_KEY_z || keyval == GDK_KEY_Z || keyval == GDK_KEY_y)
        {
          if (!shift && keyval == GDK_KEY_z)
            jm_history_undo (self->history);
          else if (jm_history_get_can_redo (self->history))
            jm_history_redo (self->history);
          return TRUE;
        }
      return FALSE;
    }

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (self->participant > 0)
        jm_rating_window_set_participant (self, self->participant - 1);
      return TRUE;

    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (self->participant + 1 < n)
        jm_rating_window_set_participant (self, self->participant + 1);
      return TRUE;

    case GDK_KEY_1: case GDK_KEY_KP_1:
    case GDK_KEY_2: case GDK_KEY_KP_2:
    case GDK_KEY_3: case GDK_KEY_KP_3:
      {
        guint r = (keyval == GDK_KEY_1 || keyval == GDK_KEY_KP_1) ? 0
                  : (keyval == GDK_KEY_2 || keyval == GDK_KEY_KP_2) ? 1 : 2;

        if (self->show_of_hands)
          {
            jm_rating_window_add_hand (self, jm_rating_info[r].rating);
            return TRUE;
          }

        jm_rating_window_rate (self, self->participant, jm_rating_info[r].rating);
        /* go round the room: the next person is next */
        if (self->participant + 1 < n)
          jm_rating_window_set_participant (self, self->participant + 1);
        return TRUE;
      }

    case GDK_KEY_0: case GDK_KEY_KP_0:
    case GDK_KEY_BackSpace:
    case GDK_KEY_Delete:
      jm_rating_window_rate (self, self->participant, JM_RATING_NONE);
      return TRUE;

    case GDK_KEY_Right: case GDK_KEY_KP_Right:
    case GDK_KEY_n: case GDK_KEY_N:
    case GDK_KEY_Page_Down:
      step (self, +1);
      return TRUE;

    case GDK_KEY_Left: case GDK_KEY_KP_Left:
    case GDK_KEY_p: case GDK_KEY_P:
    case GDK_KEY_Page_Up:
      step (self, -1);
      return TRUE;

    case GDK_KEY_h: case GDK_KEY_H:
      jm_rating_window_set_show_of_hands (self, !self->show_of_hands);
      return TRUE;

    case GDK_KEY_r: case GDK_KEY_R:
      jm_rating_window_set_results_hidden (self, !self->results_hidden);
      return TRUE;

    case GDK_KEY_Escape:
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
on_key_pressed_cb (JmRatingWindow        *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  return jm_rating_window_handle_key (self, keyval, state & gtk_accelerator_get_default_mod_mask ());
}

static void
jm_rating_window_constructed (GObject *object)
{
  JmRatingWindow *self = JM_RATING_WINDOW (object);
  g_autoptr(GPtrArray) order = NULL;

  G_OBJECT_CLASS (jm_rating_window_parent_class)->constructed (object);

  g_assert (self->history != NULL);
  self->document = g_object_ref (jm_history_get_document (self->history));
  g_signal_connect_object (self->document, "changed",
                           G_CALLBACK (on_document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "batch-finished",
                           G_CALLBACK (on_batch_finished_cb), self, G_CONNECT_SWAPPED);

  jm_rating_window_rebuild_participants (self);
  order = dup_order (self);
  jm_rating_window_set_touchpoint (self, order->len > 0 ? g_ptr_array_index (order, 0) : NULL);
  refresh (self);
}

static void
jm_rating_window_dispose (GObject *object)
{
  JmRatingWindow *self = JM_RATING_WINDOW (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->touchpoint);
  g_clear_pointer (&self->order, g_ptr_array_unref);
  g_clear_pointer (&self->progress, g_array_unref);
  g_clear_object (&self->document);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (jm_rating_window_parent_class)->dispose (object);
}

static void
jm_rating_window_finalize (GObject *object)
{
  JmRatingWindow *self = JM_RATING_WINDOW (object);

  g_clear_pointer (&self->rating_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->status_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (jm_rating_window_parent_class)->finalize (object);
}

static void
jm_rating_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  JmRatingWindow *self = JM_RATING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case PROP_TOUCHPOINT:
      g_value_set_object (value, self->touchpoint);
      break;
    case PROP_RESULTS_HIDDEN:
      g_value_set_boolean (value, self->results_hidden);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_rating_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  JmRatingWindow *self = JM_RATING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;
    case PROP_TOUCHPOINT:
      jm_rating_window_set_touchpoint (self, g_value_get_object (value));
      break;
    case PROP_RESULTS_HIDDEN:
      jm_rating_window_set_results_hidden (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_rating_window_class_init (JmRatingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = jm_rating_window_constructed;
  object_class->dispose = jm_rating_window_dispose;
  object_class->finalize = jm_rating_window_finalize;
  object_class->get_property = jm_rating_window_get_property;
  object_class->set_property = jm_rating_window_set_property;

  properties[PROP_HISTORY] =
    g_param_spec_object ("history", "History", NULL, JM_TYPE_HISTORY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOUCHPOINT] =
    g_param_spec_object ("touchpoint", "Touchpoint", NULL, JM_TYPE_TOUCHPOINT, flags);
  properties[PROP_RESULTS_HIDDEN] =
    g_param_spec_boolean ("results-hidden", "Results hidden", NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/jm-rating-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, reveal_button);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, touchpoint_box);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, context_label);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, details_label);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, results_label);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, participant_list);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, hands_button);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, hands_box);
  gtk_widget_class_bind_template_child (widget_class, JmRatingWindow, hands_row);

  gtk_widget_class_install_action (widget_class, "rating.previous", NULL, previous_action_cb);
  gtk_widget_class_install_action (widget_class, "rating.next", NULL, next_action_cb);
  gtk_widget_class_install_action (widget_class, "rating.reveal", NULL, reveal_action_cb);
  gtk_widget_class_install_action (widget_class, "rating.clear", NULL, clear_action_cb);
  gtk_widget_class_install_action (widget_class, "rating.show-of-hands", NULL, show_of_hands_action_cb);
}

static void
jm_rating_window_init (JmRatingWindow *self)
{
  GtkEventController *keys;

  self->results_hidden = TRUE;
  self->rating_buttons = g_ptr_array_new ();
  self->status_labels = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  jm_rating_window_init_hands (self);

  /* capture: the keys drive the round wherever the focus is */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

JmRatingWindow *
jm_rating_window_new (GtkWindow *parent,
                      JmHistory *history)
{
  g_return_val_if_fail (JM_IS_HISTORY (history), NULL);

  return g_object_new (JM_TYPE_RATING_WINDOW,
                       "history", history,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
}

JmTouchpoint *
jm_rating_window_get_touchpoint (JmRatingWindow *self)
{
  g_return_val_if_fail (JM_IS_RATING_WINDOW (self), NULL);
  return self->touchpoint;
}

void
jm_rating_window_set_touchpoint (JmRatingWindow *self,
                                 JmTouchpoint   *touchpoint)
{
  g_return_if_fail (JM_IS_RATING_WINDOW (self));

  if (!g_set_object (&self->touchpoint, touchpoint))
    return;

  if (self->document != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCHPOINT]);
}

gboolean
jm_rating_window_get_results_hidden (JmRatingWindow *self)
{
  g_return_val_if_fail (JM_IS_RATING_WINDOW (self), TRUE);
  return self->results_hidden;
}

void
jm_rating_window_set_results_hidden (JmRatingWindow *self,
                                     gboolean        hidden)
{
  g_return_if_fail (JM_IS_RATING_WINDOW (self));

  hidden = !!hidden;
  if (self->results_hidden == hidden)
    return;

  self->results_hidden = hidden;
  gtk_toggle_button_set_active (self->reveal_button, !hidden);
  gtk_button_set_label (GTK_BUTTON (self->reveal_button),
                        hidden ? _("_Reveal Results") : _("_Hide Results"));
  if (self->document != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULTS_HIDDEN]);
}

guint
jm_rating_window_get_participant (JmRatingWindow *self)
{
  g_return_val_if_fail (JM_IS_RATING_WINDOW (self), 0);
  return self->participant;
}

void
jm_rating_window_set_participant (JmRatingWindow *self,
                                  guint           index)
{
  GtkListBoxRow *row;

  g_return_if_fail (JM_IS_RATING_WINDOW (self));

  self->participant = index;
  row = gtk_list_box_get_row_at_index (self->participant_list, index);
  if (row != NULL)
    gtk_list_box_select_row (self->participant_list, row);
}

gboolean
jm_rating_window_get_show_of_hands (JmRatingWindow *self)
{
  g_return_val_if_fail (JM_IS_RATING_WINDOW (self), FALSE);
  return self->show_of_hands;
}

void
jm_rating_window_set_show_of_hands (JmRatingWindow *self,
                                    gboolean        show_of_hands)
{
  g_return_if_fail (JM_IS_RATING_WINDOW (self));

  self->show_of_hands = !!show_of_hands;
  if (self->document != NULL)
    refresh (self);
}
