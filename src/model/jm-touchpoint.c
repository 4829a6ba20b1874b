/* jm-touchpoint.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "jm-touchpoint"

#include "config.h"

#include "jm-touchpoint.h"
#include "jm-touchpoint-private.h"
#include "jm-types-private.h"

/* The participant's id is interned: a map holds a dozen participants
 * and thousands of votes, and one copy of each id per vote made a big
 * share of the time to load and free a map. */
typedef struct
{
  const char *participant;
  JmRating    rating;
} Vote;

struct _JmTouchpoint
{
  GObject parent_instance;

  char *id;
  char *persona;
  char *phase;
  char *title;
  char *action;
  char *channel;
  char *owner;
  char *feeling;
  char *quick_win;

  double emotion;
  int expectation;
  int performance;
  JmStatus status;
  int hands[JM_N_RATINGS];    /* show of hands, index = rating - 1 */
  guint owned : 1;
  guint has_emotion : 1;
  guint is_super : 1;

  GArray *votes;              /* of Vote, in the order first given */
  GPtrArray *kpis;            /* of JmKpi */
  GPtrArray *internal_steps;  /* of JmInternalStep */
};

G_DEFINE_FINAL_TYPE (JmTouchpoint, jm_touchpoint, G_TYPE_OBJECT)

enum {
  PROP_0,
  /* strings first: get_string_field() relies on this order */
  PROP_ID,
  PROP_PERSONA,
  PROP_PHASE,
  PROP_TITLE,
  PROP_ACTION,
  PROP_CHANNEL,
  PROP_OWNER,
  PROP_FEELING,
  PROP_QUICK_WIN,
  PROP_OWNED,
  PROP_EMOTION,
  PROP_HAS_EMOTION,
  PROP_EXPECTATION,
  PROP_PERFORMANCE,
  PROP_SUPER,
  PROP_STATUS,
  /* in JmRating order: PROP_HANDS_FIRST + rating - 1 */
  PROP_HANDS_DISAPPOINTMENT,
  PROP_HANDS_OK,
  PROP_HANDS_DELIGHT,
  N_PROPS
};

#define PROP_HANDS_FIRST PROP_HANDS_DISAPPOINTMENT

static GParamSpec *properties[N_PROPS];

static const char * const hands_properties[JM_N_RATINGS] = {
  "hands-disappointment", "hands-ok", "hands-delight",
};

static char **
get_string_field (JmTouchpoint *self,
                  guint         prop_id)
{
  switch (prop_id)
    {
    case PROP_ID: return &self->id;
    case PROP_PERSONA: return &self->persona;
    case PROP_PHASE: return &self->phase;
    case PROP_TITLE: return &self->title;
    case PROP_ACTION: return &self->action;
    case PROP_CHANNEL: return &self->channel;
    case PROP_OWNER: return &self->owner;
    case PROP_FEELING: return &self->feeling;
    case PROP_QUICK_WIN: return &self->quick_win;
    default: return NULL;
    }
}

static void
set_string_field (JmTouchpoint *self,
                  guint         prop_id,
                  const char   *value)
{
  jm_set_string (get_string_field (self, prop_id), value, G_OBJECT (self), properties[prop_id]);
}

static void
set_flag (JmTouchpoint *self,
          guint         prop_id,
          gboolean      value)
{
  gboolean old;

  value = !!value;
  switch (prop_id)
    {
    case PROP_OWNED:
      old = self->owned;
      self->owned = value;
      break;
    case PROP_HAS_EMOTION:
      old = self->has_emotion;
      self->has_emotion = value;
      break;
    case PROP_SUPER:
      old = self->is_super;
      self->is_super = value;
      break;
    default:
      g_assert_not_reached ();
    }

  if (old != value)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_int_field (JmTouchpoint *self,
               int          *field,
               guint         prop_id,
               int           value)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static int
find_vote (JmTouchpoint *self,
           const char   *participant_id)
{
  for (guint i = 0; i < self->votes->len; i++)
    if (g_strcmp0 (g_array_index (self->votes, Vote, i).participant, participant_id) == 0)
      return i;

  return -1;
}

static void
jm_touchpoint_finalize (GObject *object)
{
  JmTouchpoint *self = (JmTouchpoint *)object;

  for (guint i = PROP_ID; i <= PROP_QUICK_WIN; i++)
    g_clear_pointer (get_string_field (self, i), g_free);

  g_clear_pointer (&self->votes, g_array_unref);
  g_clear_pointer (&self->kpis, g_ptr_array_unref);
  g_clear_pointer (&self->internal_steps, g_ptr_array_unref);

  G_OBJECT_CLASS (jm_touchpoint_parent_class)->finalize (object);
}

static void
jm_touchpoint_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  JmTouchpoint *self = JM_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_ID: case PROP_PERSONA: case PROP_PHASE: case PROP_TITLE: case PROP_ACTION:
    case PROP_CHANNEL: case PROP_OWNER: case PROP_FEELING: case PROP_QUICK_WIN:
      g_value_set_string (value, *get_string_field (self, prop_id));
      break;
    case PROP_OWNED:
      g_value_set_boolean (value, self->owned);
      break;
    case PROP_EMOTION:
      g_value_set_double (value, self->emotion);
      break;
    case PROP_HAS_EMOTION:
      g_value_set_boolean (value, self->has_emotion);
      break;
    case PROP_EXPECTATION:
      g_value_set_int (value, self->expectation);
      break;
    case PROP_PERFORMANCE:
      g_value_set_int (value, self->performance);
      break;
    case PROP_SUPER:
      g_value_set_boolean (value, self->is_super);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_HANDS_DISAPPOINTMENT: case PROP_HANDS_OK: case PROP_HANDS_DELIGHT:
      g_value_set_int (value, self->hands[prop_id - PROP_HANDS_FIRST]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_touchpoint_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  JmTouchpoint *self = JM_TOUCHPOINT (object);

  switch (prop_id)
    {
    case PROP_ID: case PROP_PERSONA: case PROP_PHASE: case PROP_TITLE: case PROP_ACTION:
    case PROP_CHANNEL: case PROP_OWNER: case PROP_FEELING: case PROP_QUICK_WIN:
      set_string_field (self, prop_id, g_value_get_string (value));
      break;
    case PROP_OWNED:
    case PROP_HAS_EMOTION:
    case PROP_SUPER:
      set_flag (self, prop_id, g_value_get_boolean (value));
      break;
    case PROP_EMOTION:
      if (self->emotion != g_value_get_double (value))
        {
          self->emotion = g_value_get_double (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_EXPECTATION:
      set_int_field (self, &self->expectation, prop_id, g_value_get_int (value));
      break;
    case PROP_PERFORMANCE:
      set_int_field (self, &self->performance, prop_id, g_value_get_int (value));
      break;
    case PROP_STATUS:
      set_int_field (self, (int *)&self->status, prop_id, g_value_get_int (value));
      break;
    case PROP_HANDS_DISAPPOINTMENT: case PROP_HANDS_OK: case PROP_HANDS_DELIGHT:
      set_int_field (self, &self->hands[prop_id - PROP_HANDS_FIRST], prop_id,
                     g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_touchpoint_class_init (JmTouchpointClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = jm_touchpoint_finalize;
  object_class->get_property = jm_touchpoint_get_property;
  object_class->set_property = jm_touchpoint_set_property;

  properties[PROP_ID] = JM_STRING_PSPEC ("id", "Id");
  properties[PROP_PERSONA] = JM_STRING_PSPEC ("persona", "Persona");
  properties[PROP_PHASE] = JM_STRING_PSPEC ("phase", "Phase");
  properties[PROP_TITLE] = JM_STRING_PSPEC ("title", "Title");
  properties[PROP_ACTION] = JM_STRING_PSPEC ("action", "Action");
  properties[PROP_CHANNEL] = JM_STRING_PSPEC ("channel", "Channel");
  properties[PROP_OWNER] = JM_STRING_PSPEC ("owner", "Owner");
  properties[PROP_FEELING] = JM_STRING_PSPEC ("feeling", "Feeling");
  properties[PROP_QUICK_WIN] = JM_STRING_PSPEC ("quick-win", "Quick win");
  properties[PROP_OWNED] =
    g_param_spec_boolean ("owned", "Owned", NULL, TRUE, flags);
  properties[PROP_EMOTION] =
    g_param_spec_double ("emotion", "Emotion", NULL, JM_EMOTION_MIN, JM_EMOTION_MAX, 0.0, flags);
  properties[PROP_HAS_EMOTION] =
    g_param_spec_boolean ("has-emotion", "Has emotion", NULL, FALSE, flags);
  properties[PROP_EXPECTATION] =
    g_param_spec_int ("expectation", "Expectation", NULL,
                      JM_SCORE_UNSET, JM_SCORE_MAX, JM_SCORE_UNSET, flags);
  properties[PROP_PERFORMANCE] =
    g_param_spec_int ("performance", "Performance", NULL,
                      JM_SCORE_UNSET, JM_SCORE_MAX, JM_SCORE_UNSET, flags);
  properties[PROP_SUPER] =
    g_param_spec_boolean ("super", "Super", NULL, FALSE, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", "Status", NULL,
                      JM_STATUS_DRAFT, JM_STATUS_VALIDATED_CUSTOMER, JM_STATUS_DRAFT, flags);
  for (guint i = 0; i < JM_N_RATINGS; i++)
    properties[PROP_HANDS_FIRST + i] =
      g_param_spec_int (hands_properties[i], hands_properties[i], NULL, 0, JM_HANDS_MAX, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jm_touchpoint_init (JmTouchpoint *self)
{
  self->owned = TRUE;
  self->votes = g_array_new (FALSE, FALSE, sizeof (Vote));
  self->kpis = g_ptr_array_new_with_free_func (g_object_unref);
  self->internal_steps = g_ptr_array_new_with_free_func (g_object_unref);
}

JmTouchpoint *
jm_touchpoint_new (const char *id,
                   const char *persona_id,
                   const char *phase_id,
                   const char *title)
{
  return g_object_new (JM_TYPE_TOUCHPOINT,
                       "id", id,
                       "persona", persona_id,
                       "phase", phase_id,
                       "title", title,
                       NULL);
}

#define STRING_ACCESSORS(field, PROP)                                       \
  const char *                                                              \
  jm_touchpoint_get_##field (JmTouchpoint *self)                            \
  {                                                                         \
    g_return_val_if_fail (JM_IS_TOUCHPOINT (self), NULL);                   \
    return self->field;                                                     \
  }                                                                         \
  void                                                                      \
  jm_touchpoint_set_##field (JmTouchpoint *self,                            \
                             const char   *value)                           \
  {                                                                         \
    g_return_if_fail (JM_IS_TOUCHPOINT (self));                             \
    set_string_field (self, PROP, value);                                   \
  }

STRING_ACCESSORS (id, PROP_ID)
STRING_ACCESSORS (persona, PROP_PERSONA)
STRING_ACCESSORS (phase, PROP_PHASE)
STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (action, PROP_ACTION)
STRING_ACCESSORS (channel, PROP_CHANNEL)
STRING_ACCESSORS (owner, PROP_OWNER)
STRING_ACCESSORS (feeling, PROP_FEELING)
STRING_ACCESSORS (quick_win, PROP_QUICK_WIN)

#undef STRING_ACCESSORS

gboolean
jm_touchpoint_get_owned (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), FALSE);
  return self->owned;
}

gboolean
jm_touchpoint_get_has_emotion (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), FALSE);
  return self->has_emotion;
}

double
jm_touchpoint_get_emotion (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), 0.0);
  return self->emotion;
}

int
jm_touchpoint_get_expectation (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), JM_SCORE_UNSET);
  return self->expectation;
}

int
jm_touchpoint_get_performance (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), JM_SCORE_UNSET);
  return self->performance;
}

gboolean
jm_touchpoint_get_super (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), FALSE);
  return self->is_super;
}

JmStatus
jm_touchpoint_get_status (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), JM_STATUS_DRAFT);
  return self->status;
}

void
jm_touchpoint_set_owned (JmTouchpoint *self,
                         gboolean      owned)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  set_flag (self, PROP_OWNED, owned);
}

void
jm_touchpoint_set_emotion (JmTouchpoint *self,
                           double        emotion)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (emotion >= JM_EMOTION_MIN && emotion <= JM_EMOTION_MAX);

  g_object_set (self, "emotion", emotion, "has-emotion", TRUE, NULL);
}

void
jm_touchpoint_unset_emotion (JmTouchpoint *self)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));

  g_object_set (self, "emotion", 0.0, "has-emotion", FALSE, NULL);
}

void
jm_touchpoint_set_expectation (JmTouchpoint *self,
                               int           expectation)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (expectation >= JM_SCORE_UNSET && expectation <= JM_SCORE_MAX);
  set_int_field (self, &self->expectation, PROP_EXPECTATION, expectation);
}

void
jm_touchpoint_set_performance (JmTouchpoint *self,
                               int           performance)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (performance >= JM_SCORE_UNSET && performance <= JM_SCORE_MAX);
  set_int_field (self, &self->performance, PROP_PERFORMANCE, performance);
}

void
jm_touchpoint_set_super (JmTouchpoint *self,
                         gboolean      is_super)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  set_flag (self, PROP_SUPER, is_super);
}

void
jm_touchpoint_set_status (JmTouchpoint *self,
                          JmStatus      status)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (status <= JM_STATUS_VALIDATED_CUSTOMER);
  set_int_field (self, (int *)&self->status, PROP_STATUS, status);
}

guint
jm_touchpoint_get_n_ratings (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), 0);
  return self->votes->len;
}

const char *
jm_touchpoint_get_rating_participant (JmTouchpoint *self,
                                      guint         position)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), NULL);
  g_return_val_if_fail (position < self->votes->len, NULL);

  return g_array_index (self->votes, Vote, position).participant;
}

JmRating
jm_touchpoint_get_rating (JmTouchpoint *self,
                          const char   *participant_id)
{
  int i;

  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), JM_RATING_NONE);
  g_return_val_if_fail (participant_id != NULL, JM_RATING_NONE);

  i = find_vote (self, participant_id);
  return i < 0 ? JM_RATING_NONE : g_array_index (self->votes, Vote, i).rating;
}

void
jm_touchpoint_set_rating (JmTouchpoint *self,
                          const char   *participant_id,
                          JmRating      rating)
{
  int i;

  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (participant_id != NULL);
  g_return_if_fail (rating <= JM_RATING_DELIGHT);

  i = find_vote (self, participant_id);

  if (rating == JM_RATING_NONE)
    {
      if (i >= 0)
        g_array_remove_index (self->votes, i);
    }
  else if (i >= 0)
    {
      g_array_index (self->votes, Vote, i).rating = rating;
    }
  else
    {
      jm_touchpoint_add_new_rating (self, g_intern_string (participant_id), rating);
    }
}

void
jm_touchpoint_add_new_rating (JmTouchpoint *self,
                              const char   *participant_id,
                              JmRating      rating)
{
  Vote vote = { participant_id, rating };

  g_assert (rating >= JM_RATING_DISAPPOINTMENT && rating <= JM_RATING_DELIGHT);

  g_array_append_val (self->votes, vote);
}

guint
jm_touchpoint_get_hands (JmTouchpoint *self,
                         JmRating      rating)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), 0);
  g_return_val_if_fail (rating >= JM_RATING_DISAPPOINTMENT && rating <= JM_RATING_DELIGHT, 0);

  return self->hands[rating - 1];
}

void
jm_touchpoint_set_hands (JmTouchpoint *self,
                         JmRating      rating,
                         guint         count)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (rating >= JM_RATING_DISAPPOINTMENT && rating <= JM_RATING_DELIGHT);
  g_return_if_fail (count <= JM_HANDS_MAX);

  set_int_field (self, &self->hands[rating - 1], PROP_HANDS_FIRST + rating - 1, count);
}

const char *
jm_touchpoint_hands_property (JmRating rating)
{
  g_return_val_if_fail (rating >= JM_RATING_DISAPPOINTMENT && rating <= JM_RATING_DELIGHT, NULL);

  return hands_properties[rating - 1];
}

static void
insert_object (GPtrArray *array,
               gpointer   object,
               int        position)
{
  if (position < 0 || (guint)position > array->len)
    position = array->len;

  g_ptr_array_insert (array, position, g_object_ref (object));
}

guint
jm_touchpoint_get_n_kpis (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), 0);
  return self->kpis->len;
}

JmKpi *
jm_touchpoint_get_kpi (JmTouchpoint *self,
                       guint         position)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), NULL);
  g_return_val_if_fail (position < self->kpis->len, NULL);
  return g_ptr_array_index (self->kpis, position);
}

void
jm_touchpoint_insert_kpi (JmTouchpoint *self,
                          JmKpi        *kpi,
                          int           position)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (JM_IS_KPI (kpi));
  insert_object (self->kpis, kpi, position);
}

void
jm_touchpoint_remove_kpi (JmTouchpoint *self,
                          guint         position)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (position < self->kpis->len);
  g_ptr_array_remove_index (self->kpis, position);
}

guint
jm_touchpoint_get_n_internal_steps (JmTouchpoint *self)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), 0);
  return self->internal_steps->len;
}

JmInternalStep *
jm_touchpoint_get_internal_step (JmTouchpoint *self,
                                 guint         position)
{
  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), NULL);
  g_return_val_if_fail (position < self->internal_steps->len, NULL);
  return g_ptr_array_index (self->internal_steps, position);
}

void
jm_touchpoint_insert_internal_step (JmTouchpoint   *self,
                                    JmInternalStep *step,
                                    int             position)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (JM_IS_INTERNAL_STEP (step));
  insert_object (self->internal_steps, step, position);
}

void
jm_touchpoint_remove_internal_step (JmTouchpoint *self,
                                    guint         position)
{
  g_return_if_fail (JM_IS_TOUCHPOINT (self));
  g_return_if_fail (position < self->internal_steps->len);
  g_ptr_array_remove_index (self->internal_steps, position);
}

GPtrArray *
jm_touchpoint_get_kpi_array (JmTouchpoint *self)
{
  return self->kpis;
}

GPtrArray *
jm_touchpoint_get_internal_step_array (JmTouchpoint *self)
{
  return self->internal_steps;
}

JmTouchpoint *
jm_touchpoint_copy (JmTouchpoint *self)
{
  JmTouchpoint *copy;

  g_return_val_if_fail (JM_IS_TOUCHPOINT (self), NULL);

  copy = g_object_new (JM_TYPE_TOUCHPOINT, NULL);
  jm_object_copy_properties (G_OBJECT (self), G_OBJECT (copy));

  for (guint i = 0; i < self->votes->len; i++)
    {
      const Vote *vote = &g_array_index (self->votes, Vote, i);
      jm_touchpoint_set_rating (copy, vote->participant, vote->rating);
    }

  for (guint i = 0; i < self->kpis->len; i++)
    {
      g_autoptr(JmKpi) kpi = g_object_new (JM_TYPE_KPI, NULL);

      jm_object_copy_properties (g_ptr_array_index (self->kpis, i), G_OBJECT (kpi));
      g_ptr_array_add (copy->kpis, g_steal_pointer (&kpi));
    }

  for (guint i = 0; i < self->internal_steps->len; i++)
    {
      g_autoptr(JmInternalStep) step = g_object_new (JM_TYPE_INTERNAL_STEP, NULL);

      jm_object_copy_properties (g_ptr_array_index (self->internal_steps, i), G_OBJECT (step));
      g_ptr_array_add (copy->internal_steps, g_steal_pointer (&step));
    }

  return copy;
}
