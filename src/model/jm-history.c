/* jm-history.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The undo stack listens to JmDocument::changed and keeps every change
 * it sees in steps. A step is a list of changes applied in order; undo
 * applies their inverses newest first, redo applies them again. While
 * undoing or redoing, the changes we cause come back through ::changed:
 * the `applying` flag keeps them out of the stack.
 *
 * "modified" is derived, not stored: each step has a serial number and
 * the document is unmodified when the newest undo step is the one that
 * was newest at the last save (GtkTextHistory does the same). A step is
 * never merged into after it was saved, or the serial would lie.
 */

#define G_LOG_DOMAIN "jm-history"

#include "config.h"

#include <glib/gi18n.h>

#include "jm-history.h"

typedef struct
{
  GPtrArray *changes;   /* of JmChange, in the order applied */
  char      *label;
  char      *merge_key;
  guint      serial;
} Step;

struct _JmHistory
{
  GObject parent_instance;

  JmDocument *document;
  gulong changed_handler;

  GPtrArray *undo;      /* of Step, newest last */
  GPtrArray *redo;      /* of Step, newest last */

  Step *open_step;      /* the group being recorded, or NULL */
  guint group_depth;
  gboolean group_is_batch;  /* the outermost group is a batch of the document's */

  guint next_serial;
  guint saved_serial;   /* serial of the newest undo step at save; 0 = empty stack */
  gboolean sealed;
  gboolean applying;

  /* cached to notify only on real changes */
  gboolean was_modified;
  gboolean could_undo;
  gboolean could_redo;
};

G_DEFINE_FINAL_TYPE (JmHistory, jm_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static Step *
step_new (JmHistory  *self,
          const char *label,
          const char *merge_key)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_ptr_array_new_with_free_func ((GDestroyNotify)jm_change_free);
  step->label = g_strdup (label);
  step->merge_key = g_strdup (merge_key);
  step->serial = ++self->next_serial;

  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_ptr_array_unref (step->changes);
  g_free (step->label);
  g_free (step->merge_key);
  g_free (step);
}

static Step *
top_step (GPtrArray *stack)
{
  return stack->len ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static const char *
collection_noun (JmCollection collection)
{
  switch (collection)
    {
    case JM_COLLECTION_PERSONAS: return _("Persona");
    case JM_COLLECTION_PHASES: return _("Phase");
    case JM_COLLECTION_PARTICIPANTS: return _("Participant");
    case JM_COLLECTION_TOUCHPOINTS: return _("Touchpoint");
    case JM_COLLECTION_KPIS: return _("KPI");
    case JM_COLLECTION_INTERNAL_STEPS: return _("Internal Step");
    case JM_COLLECTION_NONE:
    default: return _("Item");
    }
}

/* A label for a change made outside any group. */
static char *
describe_change (const JmChange *change)
{
  const char *noun = collection_noun (change->collection);

  switch (change->kind)
    {
    case JM_CHANGE_INSERT:
      /* Translators: an undo label, e.g. "Add Touchpoint" */
      return g_strdup_printf (_("Add %s"), noun);
    case JM_CHANGE_REMOVE:
      /* Translators: an undo label, e.g. "Delete Phase" */
      return g_strdup_printf (_("Delete %s"), noun);
    case JM_CHANGE_MOVE:
      /* Translators: an undo label, e.g. "Move Touchpoint" */
      return g_strdup_printf (_("Move %s"), noun);
    case JM_CHANGE_RATING:
      return g_strdup (_("Rate Touchpoint"));
    case JM_CHANGE_VALUE:
    default:
      return g_strdup (_("Edit"));
    }
}

static void
update_state (JmHistory *self)
{
  Step *top = top_step (self->undo);
  gboolean modified = (top ? top->serial : 0) != self->saved_serial;
  gboolean can_undo = self->undo->len > 0;
  gboolean can_redo = self->redo->len > 0;

  /* labels change with nearly every step: always notify them */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);

  if (can_undo != self->could_undo)
    {
      self->could_undo = can_undo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
    }
  if (can_redo != self->could_redo)
    {
      self->could_redo = can_redo;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
    }
  if (modified != self->was_modified)
    {
      self->was_modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

static gboolean
can_merge_into (JmHistory  *self,
                Step       *top,
                const char *merge_key)
{
  return merge_key != NULL &&
         top != NULL &&
         !self->sealed &&
         top->serial != self->saved_serial &&
         g_strcmp0 (top->merge_key, merge_key) == 0;
}

static void
push_step (JmHistory *self,
           Step      *step)
{
  g_ptr_array_add (self->undo, step);
  g_ptr_array_set_size (self->redo, 0);
  self->sealed = FALSE;
}

static void
on_document_changed_cb (JmHistory      *self,
                        const JmChange *change,
                        JmDocument     *document)
{
  if (self->applying)
    return;

  if (self->open_step != NULL)
    {
      g_ptr_array_add (self->open_step->changes, jm_change_copy (change));
      return;
    }

  {
    g_autofree char *label = describe_change (change);
    Step *step = step_new (self, label, NULL);

    g_ptr_array_add (step->changes, jm_change_copy (change));
    push_step (self, step);
    update_state (self);
  }
}

static void
jm_history_dispose (GObject *object)
{
  JmHistory *self = (JmHistory *)object;

  g_clear_signal_handler (&self->changed_handler, self->document);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (jm_history_parent_class)->dispose (object);
}

static void
jm_history_finalize (GObject *object)
{
  JmHistory *self = (JmHistory *)object;

  g_clear_pointer (&self->open_step, step_free);
  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (jm_history_parent_class)->finalize (object);
}

static void
jm_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  JmHistory *self = JM_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, jm_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, jm_history_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, jm_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, jm_history_get_redo_label (self));
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, jm_history_get_modified (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  JmHistory *self = JM_HISTORY (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      self->changed_handler =
        g_signal_connect_object (self->document, "changed",
                                 G_CALLBACK (on_document_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jm_history_class_init (JmHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = jm_history_dispose;
  object_class->finalize = jm_history_finalize;
  object_class->get_property = jm_history_get_property;
  object_class->set_property = jm_history_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", "Document", NULL, JM_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", "Can undo", NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", "Can redo", NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", "Undo label", NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", "Redo label", NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", "Modified", NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jm_history_init (JmHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
}

JmHistory *
jm_history_new (JmDocument *document)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);

  return g_object_new (JM_TYPE_HISTORY, "document", document, NULL);
}

JmDocument *
jm_history_get_document (JmHistory *self)
{
  g_return_val_if_fail (JM_IS_HISTORY (self), NULL);
  return self->document;
}

static void
begin_group (JmHistory  *self,
             const char *label,
             const char *merge_key,
             gboolean    batch)
{
  if (self->group_depth++ > 0)
    return;

  g_assert (self->open_step == NULL);
  self->group_is_batch = batch;
  if (batch)
    jm_document_begin_batch (self->document);

  if (can_merge_into (self, top_step (self->undo), merge_key))
    {
      /* reopen the previous step and keep recording into it */
      self->open_step = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
      return;
    }

  self->open_step = step_new (self, label, merge_key);
}

void
jm_history_begin_group (JmHistory  *self,
                        const char *label,
                        const char *merge_key)
{
  g_return_if_fail (JM_IS_HISTORY (self));

  begin_group (self, label, merge_key, TRUE);
}

void
jm_history_begin_live_group (JmHistory  *self,
                             const char *label)
{
  g_return_if_fail (JM_IS_HISTORY (self));

  begin_group (self, label, NULL, FALSE);
}

void
jm_history_end_group (JmHistory *self)
{
  Step *step;

  g_return_if_fail (JM_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->open_step);
  if (self->group_is_batch)
    jm_document_end_batch (self->document);

  if (step->changes->len == 0)
    {
      step_free (step);
      return;
    }

  push_step (self, step);
  update_state (self);
}

void
jm_history_seal (JmHistory *self)
{
  g_return_if_fail (JM_IS_HISTORY (self));
  self->sealed = TRUE;
}

gboolean
jm_history_get_can_undo (JmHistory *self)
{
  g_return_val_if_fail (JM_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
jm_history_get_can_redo (JmHistory *self)
{
  g_return_val_if_fail (JM_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

const char *
jm_history_get_undo_label (JmHistory *self)
{
  Step *top;

  g_return_val_if_fail (JM_IS_HISTORY (self), NULL);
  top = top_step (self->undo);
  return top ? top->label : NULL;
}

const char *
jm_history_get_redo_label (JmHistory *self)
{
  Step *top;

  g_return_val_if_fail (JM_IS_HISTORY (self), NULL);
  top = top_step (self->redo);
  return top ? top->label : NULL;
}

void
jm_history_undo (JmHistory *self)
{
  Step *step;

  g_return_if_fail (JM_IS_HISTORY (self));
  g_return_if_fail (self->group_depth == 0);

  if (self->undo->len == 0)
    return;

  step = g_ptr_array_steal_index (self->undo, self->undo->len - 1);

  self->applying = TRUE;
  jm_document_begin_batch (self->document);
  for (guint i = step->changes->len; i > 0; i--)
    {
      g_autoptr(JmChange) inverse = jm_change_invert (g_ptr_array_index (step->changes, i - 1));
      jm_document_apply (self->document, inverse);
    }
  jm_document_end_batch (self->document);
  self->applying = FALSE;

  g_ptr_array_add (self->redo, step);
  self->sealed = TRUE;
  update_state (self);
}

void
jm_history_redo (JmHistory *self)
{
  Step *step;

  g_return_if_fail (JM_IS_HISTORY (self));
  g_return_if_fail (self->group_depth == 0);

  if (self->redo->len == 0)
    return;

  step = g_ptr_array_steal_index (self->redo, self->redo->len - 1);

  self->applying = TRUE;
  jm_document_begin_batch (self->document);
  for (guint i = 0; i < step->changes->len; i++)
    jm_document_apply (self->document, g_ptr_array_index (step->changes, i));
  jm_document_end_batch (self->document);
  self->applying = FALSE;

  g_ptr_array_add (self->undo, step);
  self->sealed = TRUE;
  update_state (self);
}

gboolean
jm_history_get_modified (JmHistory *self)
{
  Step *top;

  g_return_val_if_fail (JM_IS_HISTORY (self), FALSE);
  top = top_step (self->undo);
  return (top ? top->serial : 0) != self->saved_serial;
}

void
jm_history_mark_saved (JmHistory *self)
{
  Step *top;

  g_return_if_fail (JM_IS_HISTORY (self));

  top = top_step (self->undo);
  self->saved_serial = top ? top->serial : 0;
  update_state (self);
}

guint
jm_history_get_n_undo (JmHistory *self)
{
  g_return_val_if_fail (JM_IS_HISTORY (self), 0);
  return self->undo->len;
}
