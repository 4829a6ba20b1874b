/* test-inspector.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-edit.h"
#include "jm-file.h"
#include "jm-inspector-private.h"
#include "jm-ui-test.h"

typedef struct
{
  GtkWindow    *window;
  JmInspector  *inspector;
  JmDocument   *document;
  JmHistory    *history;
  JmTouchpoint *t1;          /* "Sees an ad": 1 KPI, 1 internal step, votes of u1, u2 */
  guint         selection_notified;
} Fixture;

static void
on_selection_notify_cb (Fixture *f)
{
  f->selection_notified++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GFile) file = jm_ui_test_source_file ("tests/data/full.journey");
  g_autoptr(GError) error = NULL;

  f->document = jm_file_load (file, &error);
  g_assert_no_error (error);
  f->history = jm_history_new (f->document);
  f->t1 = jm_document_find_touchpoint (f->document, "t1");
  g_assert_nonnull (f->t1);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (f->window, GTK_APPLICATION (jm_ui_test_get_application ()));
  gtk_window_set_default_size (f->window, 360, 900);
  f->inspector = JM_INSPECTOR (jm_inspector_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->inspector));
  jm_inspector_set_history (f->inspector, f->history);
  g_signal_connect_swapped (f->inspector, "notify::selection",
                            G_CALLBACK (on_selection_notify_cb), f);
  gtk_window_present (f->window);
  jm_ui_test_iterate (20);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gpointer inspector = f->inspector;

  g_object_add_weak_pointer (G_OBJECT (inspector), &inspector);
  gtk_window_destroy (f->window);
  jm_ui_test_iterate (10);
  /* nothing (a row, a signal handler) keeps the panel alive */
  g_assert_null (inspector);

  g_clear_object (&f->history);
  g_assert_finalize_object (f->document);
}

static void
select_touchpoint (Fixture *f)
{
  jm_inspector_set_selection (f->inspector, G_OBJECT (f->t1));
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "touchpoint");
}

static GtkWidget *
field (Fixture    *f,
       const char *name)
{
  GtkWidget *widget = jm_inspector_get_field (f->inspector, name);

  g_assert_nonnull (widget);
  return widget;
}

/* Types @text at the end of an editable, as a keyboard would. */
static void
type_text (GtkWidget  *editable,
           const char *text)
{
  int position = g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (editable)), -1);

  gtk_editable_insert_text (GTK_EDITABLE (editable), text, -1, &position);
}

static void
test_shows_selection (Fixture       *f,
                      gconstpointer  data)
{
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "map");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "title_row"))), ==,
                   "Online shop – first purchase");

  select_touchpoint (f);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "title_row"))), ==, "Sees an ad");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "channel_row"))), ==, "social media");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "owner_row"))), ==, "Marketing");
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (field (f, "owned_switch"))));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (field (f, "super_switch"))));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (f, "status_row"))), ==,
                    JM_STATUS_VALIDATED_INTERNAL);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (f, "expectation_row"))), ==, 4);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (f, "performance_row"))), ==, 3);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (field (f, "emotion_scale"))), ==, 1.0);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "kpis"), ==, 1);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "steps"), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (jm_inspector_get_row_field (f->inspector, "kpis", 0, "name_row"))),
                   ==, "CTR");

  jm_inspector_set_selection (f->inspector, G_OBJECT (jm_document_find_persona (f->document, "p1")));
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "persona");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "name_row"))), ==, "Anna");

  jm_inspector_set_selection (f->inspector, G_OBJECT (jm_document_find_phase (f->document, "ph1")));
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "phase");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "name_row"))), ==, "Awareness");
}

static void
test_typing_is_one_step (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *title;
  guint n_undo;

  select_touchpoint (f);
  title = field (f, "title_row");
  n_undo = jm_history_get_n_undo (f->history);

  type_text (title, " today");
  g_assert_cmpstr (jm_touchpoint_get_title (f->t1), ==, "Sees an ad today");
  type_text (title, "!");
  g_assert_cmpstr (jm_touchpoint_get_title (f->t1), ==, "Sees an ad today!");
  g_assert_cmpuint (jm_history_get_n_undo (f->history), ==, n_undo + 1);
  g_assert_cmpstr (jm_history_get_undo_label (f->history), ==, "Rename Touchpoint");

  /* another field is another step */
  type_text (field (f, "feeling_row"), " and happy");
  g_assert_cmpstr (jm_touchpoint_get_feeling (f->t1), ==, "curious and happy");
  g_assert_cmpuint (jm_history_get_n_undo (f->history), ==, n_undo + 2);

  jm_history_undo (f->history);
  jm_history_undo (f->history);
  g_assert_cmpstr (jm_touchpoint_get_title (f->t1), ==, "Sees an ad");
  /* the field follows the undo */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Sees an ad");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (f, "feeling_row"))), ==, "curious");

  /* emptying a field removes the value */
  gtk_editable_set_text (GTK_EDITABLE (field (f, "feeling_row")), "");
  g_assert_null (jm_touchpoint_get_feeling (f->t1));
}

static void
test_focus_leave_seals (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *title;
  guint n_undo;

  select_touchpoint (f);
  title = field (f, "title_row");
  gtk_widget_grab_focus (title);
  n_undo = jm_history_get_n_undo (f->history);

  type_text (title, "1");
  gtk_widget_grab_focus (field (f, "channel_row"));
  gtk_widget_grab_focus (title);
  type_text (title, "2");
  g_assert_cmpstr (jm_touchpoint_get_title (f->t1), ==, "Sees an ad12");
  g_assert_cmpuint (jm_history_get_n_undo (f->history), ==, n_undo + 2);
}

static void
test_text_view_and_switches (Fixture       *f,
                             gconstpointer  data)
{
  GtkTextBuffer *buffer;

  select_touchpoint (f);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (f, "action_view")));
  gtk_text_buffer_set_text (buffer, "Scrolls\nand taps", -1);
  g_assert_cmpstr (jm_touchpoint_get_action (f->t1), ==, "Scrolls\nand taps");

  gtk_switch_set_active (GTK_SWITCH (field (f, "super_switch")), TRUE);
  g_assert_true (jm_touchpoint_get_super (f->t1));
  gtk_switch_set_active (GTK_SWITCH (field (f, "owned_switch")), FALSE);
  g_assert_false (jm_touchpoint_get_owned (f->t1));

  adw_combo_row_set_selected (ADW_COMBO_ROW (field (f, "status_row")), JM_STATUS_VALIDATED_CUSTOMER);
  g_assert_cmpint (jm_touchpoint_get_status (f->t1), ==, JM_STATUS_VALIDATED_CUSTOMER);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (f, "expectation_row")), 0);
  g_assert_cmpint (jm_touchpoint_get_expectation (f->t1), ==, JM_SCORE_UNSET);
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (f, "performance_row")), 5);
  g_assert_cmpint (jm_touchpoint_get_performance (f->t1), ==, 5);

  /* each click is its own step */
  jm_history_undo (f->history);
  g_assert_cmpint (jm_touchpoint_get_performance (f->t1), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (f, "performance_row"))), ==, 3);
  g_assert_cmpint (jm_touchpoint_get_expectation (f->t1), ==, JM_SCORE_UNSET);
}

static void
test_emotion (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *scale, *derive;
  guint n_undo;

  select_touchpoint (f);
  scale = field (f, "emotion_scale");
  derive = field (f, "derive_switch");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (derive)));

  /* a drag: snapped to half steps, one undo step */
  n_undo = jm_history_get_n_undo (f->history);
  gtk_range_set_value (GTK_RANGE (scale), -0.4);
  gtk_range_set_value (GTK_RANGE (scale), -1.3);
  g_assert_true (jm_touchpoint_get_has_emotion (f->t1));
  g_assert_cmpfloat (jm_touchpoint_get_emotion (f->t1), ==, -1.5);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, -1.5);
  g_assert_cmpuint (jm_history_get_n_undo (f->history), ==, n_undo + 1);

  /* derived: the mean of delight and OK, dimmed */
  gtk_switch_set_active (GTK_SWITCH (derive), TRUE);
  g_assert_false (jm_touchpoint_get_has_emotion (f->t1));
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 1.0);
  g_assert_true (gtk_widget_has_css_class (scale, "derived"));

  /* a new vote moves the derived value */
  jm_document_set_rating (f->document, f->t1, "u3", JM_RATING_DISAPPOINTMENT);
  g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (scale)), 0.0, 1e-9);

  /* setting by hand again keeps the curve where it was */
  gtk_switch_set_active (GTK_SWITCH (derive), FALSE);
  g_assert_true (jm_touchpoint_get_has_emotion (f->t1));
  g_assert_cmpfloat (jm_touchpoint_get_emotion (f->t1), ==, 0.0);
  g_assert_false (gtk_widget_has_css_class (scale, "derived"));

  /* an outside change shows */
  jm_edit_set_emotion (f->history, f->t1, 2.0);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 2.0);
}

static void
test_kpis (Fixture       *f,
           gconstpointer  data)
{
  JmKpi *kpi;
  GtkWidget *spin;

  select_touchpoint (f);
  g_assert_cmpuint (jm_touchpoint_get_n_kpis (f->t1), ==, 1);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (jm_inspector_get_row_field (f->inspector, "kpis", 0, NULL))),
                   ==, "1.9 % of 2.5 %");

  g_signal_emit_by_name (field (f, "add_kpi_button"), "clicked");
  g_assert_cmpuint (jm_touchpoint_get_n_kpis (f->t1), ==, 2);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "kpis"), ==, 2);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (jm_inspector_get_row_field (f->inspector, "kpis", 1, NULL))));
  kpi = jm_touchpoint_get_kpi (f->t1, 1);

  type_text (jm_inspector_get_row_field (f->inspector, "kpis", 1, "name_row"), "Conversion");
  type_text (jm_inspector_get_row_field (f->inspector, "kpis", 1, "unit_row"), "%");
  g_assert_cmpstr (jm_kpi_get_name (kpi), ==, "Conversion");
  g_assert_cmpstr (jm_kpi_get_unit (kpi), ==, "%");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (jm_inspector_get_row_field (f->inspector, "kpis", 1, NULL))),
                   ==, "Conversion");

  spin = jm_inspector_get_row_field (f->inspector, "kpis", 1, "target_spin");
  g_assert_false (gtk_widget_get_sensitive (spin));
  gtk_switch_set_active (GTK_SWITCH (jm_inspector_get_row_field (f->inspector, "kpis", 1, "target_switch")), TRUE);
  g_assert_true (jm_kpi_get_has_target (kpi));
  g_assert_true (gtk_widget_get_sensitive (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 3.5);
  g_assert_cmpfloat (jm_kpi_get_target (kpi), ==, 3.5);
  g_assert_false (jm_kpi_get_has_actual (kpi));

  /* the existing KPI shows its values and follows outside changes */
  spin = jm_inspector_get_row_field (f->inspector, "kpis", 0, "actual_spin");
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 1.9);
  jm_document_set_double (f->document, jm_touchpoint_get_kpi (f->t1, 0), "actual", 2.25);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, 2.25);

  /* the spin button shows two decimals; passing through it changes nothing */
  jm_document_set_double (f->document, jm_touchpoint_get_kpi (f->t1, 0), "actual", 2.2549);
  {
    guint n_undo = jm_history_get_n_undo (f->history);

    gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
    g_assert_cmpfloat (jm_kpi_get_actual (jm_touchpoint_get_kpi (f->t1, 0)), ==, 2.2549);
    g_assert_cmpuint (jm_history_get_n_undo (f->history), ==, n_undo);
  }

  /* remove the first: the second row stays */
  g_signal_emit_by_name (jm_inspector_get_row_field (f->inspector, "kpis", 0, "remove_button"), "clicked");
  g_assert_cmpuint (jm_touchpoint_get_n_kpis (f->t1), ==, 1);
  g_assert_true (jm_touchpoint_get_kpi (f->t1, 0) == kpi);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "kpis"), ==, 1);
  g_assert_cmpstr (jm_history_get_undo_label (f->history), ==, "Remove KPI");

  jm_history_undo (f->history);
  g_assert_cmpuint (jm_touchpoint_get_n_kpis (f->t1), ==, 2);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "kpis"), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (jm_inspector_get_row_field (f->inspector, "kpis", 0, "name_row"))),
                   ==, "CTR");
}

static void
test_internal_steps (Fixture       *f,
                     gconstpointer  data)
{
  JmInternalStep *step;

  select_touchpoint (f);
  g_signal_emit_by_name (field (f, "add_step_button"), "clicked");
  g_assert_cmpuint (jm_touchpoint_get_n_internal_steps (f->t1), ==, 2);
  step = jm_touchpoint_get_internal_step (f->t1, 1);

  type_text (jm_inspector_get_row_field (f->inspector, "steps", 1, "title_row"), "Ship parcel");
  type_text (jm_inspector_get_row_field (f->inspector, "steps", 1, "owner_row"), "Logistics");
  g_assert_cmpstr (jm_internal_step_get_title (step), ==, "Ship parcel");
  g_assert_cmpstr (jm_internal_step_get_owner (step), ==, "Logistics");

  g_signal_emit_by_name (jm_inspector_get_row_field (f->inspector, "steps", 1, "remove_button"), "clicked");
  g_assert_cmpuint (jm_touchpoint_get_n_internal_steps (f->t1), ==, 1);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "steps"), ==, 1);
}

static void
test_persona (Fixture       *f,
              gconstpointer  data)
{
  JmPersona *persona = jm_document_find_persona (f->document, "p1");
  GdkRGBA red = { 1.0, 0.0, 0.0, 1.0 };
  GdkRGBA shown;
  GtkWidget *button;

  jm_inspector_set_selection (f->inspector, G_OBJECT (persona));
  button = field (f, "color_button");
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &shown);
  g_assert_cmpfloat_with_epsilon (shown.blue, 0xe4 / 255.0, 1e-6);

  /* what the colour dialog does when the user picks */
  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (button), &red);
  g_signal_emit_by_name (button, "color-set");
  g_assert_cmpstr (jm_persona_get_color (persona), ==, "#ff0000");
  g_assert_cmpstr (jm_history_get_undo_label (f->history), ==, "Change Persona Colour");

  jm_history_undo (f->history);
  g_assert_cmpstr (jm_persona_get_color (persona), ==, "#3584e4");
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &shown);
  g_assert_cmpfloat_with_epsilon (shown.red, 0x35 / 255.0, 1e-6);

  type_text (field (f, "name_row"), "lena");
  g_assert_cmpstr (jm_persona_get_name (persona), ==, "Annalena");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field (f, "goal_view"))),
                            "Find a gift", -1);
  g_assert_cmpstr (jm_persona_get_goal (persona), ==, "Find a gift");
}

static void
test_map_and_participants (Fixture       *f,
                           gconstpointer  data)
{
  JmParticipant *ben = jm_document_find_participant (f->document, "u1");
  GtkWidget *row;

  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "map");
  type_text (field (f, "owner_row"), " (CX)");
  g_assert_cmpstr (jm_document_get_owner (f->document), ==, "Mia Schmidt (CX)");

  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "participants"), ==, 3);
  g_signal_emit_by_name (field (f, "add_participant_button"), "clicked");
  g_assert_cmpuint (jm_document_get_n_participants (f->document), ==, 4);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "participants"), ==, 4);
  gtk_editable_set_text (GTK_EDITABLE (jm_inspector_get_row_field (f->inspector, "participants", 3, "name_row")),
                         "Emil");
  gtk_editable_set_text (GTK_EDITABLE (jm_inspector_get_row_field (f->inspector, "participants", 3, "role_row")),
                         "Sales");
  g_assert_cmpstr (jm_participant_get_name (jm_document_get_participant (f->document, 3)), ==, "Emil");
  g_assert_cmpstr (jm_participant_get_role (jm_document_get_participant (f->document, 3)), ==, "Sales");

  /* delete Ben: his votes go with him, undo brings them back */
  row = jm_inspector_get_row_field (f->inspector, "participants", 0, NULL);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Service · 2 votes");
  g_assert_cmpint (jm_touchpoint_get_rating (f->t1, "u1"), ==, JM_RATING_DELIGHT);
  g_assert_true (gtk_widget_activate_action (row, "participant.delete", NULL));
  g_assert_null (jm_document_find_participant (f->document, "u1"));
  g_assert_cmpint (jm_touchpoint_get_rating (f->t1, "u1"), ==, JM_RATING_NONE);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "participants"), ==, 3);

  jm_history_undo (f->history);
  g_assert_true (jm_document_find_participant (f->document, "u1") == ben);
  g_assert_cmpint (jm_touchpoint_get_rating (f->t1, "u1"), ==, JM_RATING_DELIGHT);
  g_assert_cmpuint (jm_inspector_get_n_rows (f->inspector, "participants"), ==, 4);
  g_assert_true (jm_inspector_row_get_item (jm_inspector_get_row_field (f->inspector, "participants", 0, NULL)) == ben);

  /* duplicate */
  row = jm_inspector_get_row_field (f->inspector, "participants", 1, NULL);
  g_assert_true (gtk_widget_activate_action (row, "participant.duplicate", NULL));
  g_assert_cmpuint (jm_document_get_n_participants (f->document), ==, 5);
  g_assert_cmpstr (jm_participant_get_role (jm_document_get_participant (f->document, 2)), ==, "Marketing");
}

/* Each participant's row shows their count of votes, kept up as votes
 * are given and as touchpoints with votes go; a vote recounts only its
 * own participant's row. */
static void
assert_vote_counts (Fixture *f)
{
  for (guint p = 0; p < jm_document_get_n_participants (f->document); p++)
    {
      JmParticipant *participant = jm_document_get_participant (f->document, p);
      GtkWidget *row = jm_inspector_get_row_field (f->inspector, "participants", p, NULL);
      g_autofree char *count = NULL;
      guint n = 0;

      for (guint i = 0; i < jm_document_get_n_touchpoints (f->document); i++)
        n += jm_touchpoint_get_rating (jm_document_get_touchpoint (f->document, i),
                                       jm_participant_get_id (participant)) != JM_RATING_NONE;
      count = g_strdup_printf (n == 1 ? "%u vote" : "%u votes", n);
      g_assert_true (g_str_has_suffix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), count));
    }
}

static void
test_rows_count_votes (Fixture       *f,
                       gconstpointer  data)
{
  assert_vote_counts (f);
  for (guint i = 0; i < jm_document_get_n_touchpoints (f->document); i++)
    for (guint p = 0; p < jm_document_get_n_participants (f->document); p++)
      {
        JmParticipant *participant = jm_document_get_participant (f->document, p);

        jm_document_set_rating (f->document, jm_document_get_touchpoint (f->document, i),
                                jm_participant_get_id (participant), (i + p) % 4);
        assert_vote_counts (f);
      }

  jm_document_remove (f->document, JM_COLLECTION_TOUCHPOINTS, NULL, f->t1);
  assert_vote_counts (f);
  jm_document_set_string (f->document, G_OBJECT (jm_document_get_participant (f->document, 1)),
                          "role", "Sales");
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (
    ADW_EXPANDER_ROW (jm_inspector_get_row_field (f->inspector, "participants", 1, NULL))), "Sales · "));
  jm_history_undo (f->history);
  jm_history_undo (f->history);
  assert_vote_counts (f);
}

/* An undo step of many changes is shown once, at its end: the map's
 * page counts each participant's votes over the whole map. */
static void
test_batch_shown_at_end (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *row = jm_inspector_get_row_field (f->inspector, "participants", 0, NULL);
  guint updates = 0;

  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Service · 2 votes");
  g_signal_connect (row, "notify::subtitle", G_CALLBACK (jm_ui_test_count_notify_cb), &updates);

  jm_history_begin_group (f->history, "Clear Votes", NULL);
  for (guint i = 0; i < jm_document_get_n_touchpoints (f->document); i++)
    jm_document_set_rating (f->document, jm_document_get_touchpoint (f->document, i), "u1",
                            JM_RATING_NONE);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Service · 2 votes");
  jm_history_end_group (f->history);

  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Service · 0 votes");
  g_assert_cmpuint (updates, ==, 1);

  jm_history_undo (f->history);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Service · 2 votes");
  g_assert_cmpuint (updates, ==, 2);
  g_signal_handlers_disconnect_by_data (row, &updates);
}

static void
test_selection_leaves_document (Fixture       *f,
                                gconstpointer  data)
{
  JmTouchpoint *added;

  select_touchpoint (f);
  f->selection_notified = 0;
  jm_edit_delete_touchpoints (f->history, &f->t1, 1);
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "map");
  g_assert_null (jm_inspector_get_selection (f->inspector));
  g_assert_cmpuint (f->selection_notified, ==, 1);
  jm_history_undo (f->history);

  /* the undo of an addition */
  added = jm_edit_add_touchpoint (f->history, jm_document_get_persona (f->document, 0),
                                  jm_document_get_phase (f->document, 0), -1, "New");
  jm_inspector_set_selection (f->inspector, G_OBJECT (added));
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "touchpoint");
  jm_history_undo (f->history);
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "map");

  /* deleting a persona takes its touchpoints along */
  jm_inspector_set_selection (f->inspector, G_OBJECT (f->t1));
  jm_edit_delete_persona (f->history, jm_document_find_persona (f->document, "p1"));
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "map");
}

static void
test_follows_document (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *title;

  select_touchpoint (f);
  title = field (f, "title_row");

  jm_document_set_string (f->document, f->t1, "title", "Sees a billboard");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Sees a billboard");
  jm_document_set_string (f->document, f->t1, "quick-win", "Bigger price tag");
  {
    g_autofree char *text = jm_inspector_dup_widget_text (field (f, "quick_win_view"));
    g_assert_cmpstr (text, ==, "Bigger price tag");
  }
  jm_document_set_boolean (f->document, f->t1, "super", TRUE);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (field (f, "super_switch"))));

  /* typing: the field keeps its cursor, the model has the text */
  gtk_editable_set_position (GTK_EDITABLE (title), 4);
  {
    int position = 4;

    gtk_editable_insert_text (GTK_EDITABLE (title), "X", 1, &position);
  }
  g_assert_cmpstr (jm_touchpoint_get_title (f->t1), ==, "SeesX a billboard");
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (title)), ==, 4);

  /* an edit of another touchpoint changes nothing here */
  jm_document_set_string (f->document, jm_document_find_touchpoint (f->document, "t2"),
                          "title", "Other");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "SeesX a billboard");

  /* a new history (another map) shows the map page */
  {
    g_autoptr(JmDocument) other = jm_document_new ();
    g_autoptr(JmHistory) other_history = jm_history_new (other);

    jm_inspector_set_history (f->inspector, other_history);
    g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "map");
    g_assert_null (jm_inspector_get_selection (f->inspector));
  }

  /* a selection that comes before its history (the window binds both) */
  jm_inspector_set_history (f->inspector, NULL);
  jm_inspector_set_selection (f->inspector, G_OBJECT (f->t1));
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "map");
  jm_inspector_set_history (f->inspector, f->history);
  g_assert_cmpstr (jm_inspector_get_page_name (f->inspector), ==, "touchpoint");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "SeesX a billboard");
}

static gboolean
contains (GPtrArray  *strings,
          const char *text)
{
  guint count = 0;

  for (guint i = 0; i < strings->len; i++)
    count += g_strcmp0 (g_ptr_array_index (strings, i), text) == 0;

  g_assert_cmpuint (count, <=, 1);
  return count == 1;
}

static void
test_suggestions (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) channels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_free);

  jm_inspector_suggest_channels (f->document, channels, NULL);
  g_assert_true (contains (channels, "social media"));
  g_assert_true (contains (channels, "phone"));
  g_assert_true (contains (channels, "Website"));
  /* "Phone" is the map's "phone" already */
  g_assert_false (contains (channels, "Phone"));

  /* picking a suggestion sets the field, as one step */
  select_touchpoint (f);
  {
    guint n_undo = jm_history_get_n_undo (f->history);

    g_assert_true (gtk_widget_activate_action (field (f, "channel_row"), "suggest.pick", "s", "Website"));
    g_assert_cmpstr (jm_touchpoint_get_channel (f->t1), ==, "Website");
    g_assert_cmpuint (jm_history_get_n_undo (f->history), ==, n_undo + 1);
    g_assert_true (gtk_widget_activate_action (field (f, "owner_row"), "suggest.pick", "s", "Payment provider"));
    g_assert_cmpstr (jm_touchpoint_get_owner (f->t1), ==, "Payment provider");
    g_assert_cmpuint (jm_history_get_n_undo (f->history), ==, n_undo + 2);
  }

  jm_inspector_suggest_owners (f->document, owners, NULL);
  g_assert_true (contains (owners, "Mia Schmidt"));
  g_assert_true (contains (owners, "Marketing"));
  g_assert_true (contains (owners, "Payment provider"));
  g_assert_cmpuint (owners->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  jm_ui_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/inspector/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("shows-selection", test_shows_selection);
  ADD ("typing-is-one-step", test_typing_is_one_step);
  ADD ("focus-leave-seals", test_focus_leave_seals);
  ADD ("text-view-and-switches", test_text_view_and_switches);
  ADD ("emotion", test_emotion);
  ADD ("kpis", test_kpis);
  ADD ("internal-steps", test_internal_steps);
  ADD ("persona", test_persona);
  ADD ("map-and-participants", test_map_and_participants);
  ADD ("rows-count-votes", test_rows_count_votes);
  ADD ("batch-shown-at-end", test_batch_shown_at_end);
  ADD ("selection-leaves-document", test_selection_leaves_document);
  ADD ("follows-document", test_follows_document);
  ADD ("suggestions", test_suggestions);

#undef ADD

  return jm_ui_test_run ();
}
