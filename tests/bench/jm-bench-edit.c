/* jm-bench-edit.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits of the map as a workshop makes them, with the layout following
 * the document as the canvas does. */

#include "config.h"

#include "jm-bench.h"
#include "jm-edit.h"

/* A new title, each time another, for the card @fraction into the map. */
static void
retitle_card (JmBench *b,
              double   fraction)
{
  guint n = jm_document_get_n_touchpoints (b->document);
  JmTouchpoint *tp = jm_document_get_touchpoint (b->document, (guint) (n * fraction));
  static guint serial;
  g_autofree char *title = g_strdup_printf ("Edited title %u", serial++);

  jm_document_set_string (b->document, tp, "title", title);
}

void
jm_bench_edit_relayout (gpointer data)
{
  JmBench *b = data;

  retitle_card (b, 0.5);
  jm_layout_update (b->layout);
}

/* The document's changes as the canvas follows them: each one with
 * jm_layout_apply_change(), and batches (undo steps) as batches. */
static void
on_changed (JmDocument     *document,
            const JmChange *change,
            JmLayout       *layout)
{
  jm_layout_apply_change (layout, change);
}

void
jm_bench_follow_document (JmBench *b)
{
  g_signal_connect (b->document, "changed", G_CALLBACK (on_changed), b->layout);
  g_signal_connect_swapped (b->document, "batch-started", G_CALLBACK (jm_layout_begin_batch), b->layout);
  g_signal_connect_swapped (b->document, "batch-finished", G_CALLBACK (jm_layout_end_batch), b->layout);
}

void
jm_bench_unfollow_document (JmBench *b)
{
  g_signal_handlers_disconnect_by_data (b->document, b->layout);
}

void
jm_bench_edit_apply (gpointer data)
{
  retitle_card (data, 1.0 / 3.0);
}

/* A card added in a workshop, as the canvas sees it: one change, then
 * jm_layout_apply_change(). The steps before each run are untimed: the
 * card of the run before is taken away, and a new one is made. */
void
jm_bench_take_added_away (JmBench *b)
{
  if (b->added == NULL)
    return;
  if (jm_document_get_touchpoint_index (b->document, b->added) >= 0)
    jm_document_remove (b->document, JM_COLLECTION_TOUCHPOINTS, NULL, b->added);
  g_clear_object (&b->added);
}

void
jm_bench_make_card_to_add (gpointer data)
{
  JmBench *b = data;
  JmTouchpoint *near = jm_document_get_touchpoint (b->document,
                                                   jm_document_get_n_touchpoints (b->document) / 3);
  g_autofree char *id = NULL;

  jm_bench_take_added_away (b);
  id = jm_document_make_id (b->document, JM_COLLECTION_TOUCHPOINTS, "t");
  b->added = jm_touchpoint_new (id, jm_touchpoint_get_persona (near),
                                jm_touchpoint_get_phase (near), "A card added in the workshop");
}

/* next to the card a third into the map, in its cell */
void
jm_bench_add (gpointer data)
{
  JmBench *b = data;

  jm_document_insert (b->document, JM_COLLECTION_TOUCHPOINTS, NULL, b->added,
                      jm_document_get_n_touchpoints (b->document) / 3 + 1);
}

void
jm_bench_add_card_to_remove (gpointer data)
{
  jm_bench_make_card_to_add (data);
  jm_bench_add (data);
}

void
jm_bench_remove (gpointer data)
{
  JmBench *b = data;

  jm_document_remove (b->document, JM_COLLECTION_TOUCHPOINTS, NULL, b->added);
}

/* The first persona and all its cards deleted as one undo step, as the
 * canvas follows it; and that step undone. Each run starts from the map
 * as generated: the untimed step before undoes a deletion left over. */
void
jm_bench_restore_persona (gpointer data)
{
  JmBench *b = data;

  if (jm_history_get_can_undo (b->history))
    jm_history_undo (b->history);
}

void
jm_bench_delete_persona (gpointer data)
{
  JmBench *b = data;

  jm_edit_delete_persona (b->history, jm_document_get_persona (b->document, 0));
}

void
jm_bench_delete_persona_untimed (gpointer data)
{
  jm_bench_restore_persona (data);
  jm_bench_delete_persona (data);
}

void
jm_bench_undo (gpointer data)
{
  JmBench *b = data;

  jm_history_undo (b->history);
}

