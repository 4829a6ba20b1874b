/* test-types.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "jm-types.h"

static void
test_rating_strings (void)
{
  JmRating rating = JM_RATING_NONE;

  for (JmRating r = JM_RATING_DISAPPOINTMENT; r <= JM_RATING_DELIGHT; r++)
    {
      g_assert_true (jm_rating_from_string (jm_rating_to_string (r), &rating));
      g_assert_cmpint (rating, ==, r);
    }

  g_assert_cmpstr (jm_rating_to_string (JM_RATING_OK), ==, "ok");
  g_assert_null (jm_rating_to_string (JM_RATING_NONE));
  g_assert_false (jm_rating_from_string ("OK", &rating));
  g_assert_false (jm_rating_from_string ("meh", &rating));
  g_assert_false (jm_rating_from_string (NULL, &rating));
}

static void
test_rating_emotion (void)
{
  g_assert_cmpfloat (jm_rating_to_emotion (JM_RATING_DISAPPOINTMENT), ==, -2.0);
  g_assert_cmpfloat (jm_rating_to_emotion (JM_RATING_OK), ==, 0.0);
  g_assert_cmpfloat (jm_rating_to_emotion (JM_RATING_DELIGHT), ==, 2.0);
}

static void
test_status_strings (void)
{
  JmStatus status = JM_STATUS_DRAFT;

  g_assert_true (jm_status_from_string ("validated-customer", &status));
  g_assert_cmpint (status, ==, JM_STATUS_VALIDATED_CUSTOMER);
  g_assert_cmpstr (jm_status_to_string (JM_STATUS_VALIDATED_INTERNAL), ==, "validated-internal");
  g_assert_false (jm_status_from_string ("done", &status));
  g_assert_cmpint (status, ==, JM_STATUS_VALIDATED_CUSTOMER);
}

static void
test_color (void)
{
  g_assert_true (jm_color_is_valid ("#3584e4"));
  g_assert_true (jm_color_is_valid ("#ABCDEF"));
  g_assert_false (jm_color_is_valid ("3584e4"));
  g_assert_false (jm_color_is_valid ("#3584e"));
  g_assert_false (jm_color_is_valid ("#3584e4ff"));
  g_assert_false (jm_color_is_valid ("#35g4e4"));
  g_assert_false (jm_color_is_valid ("blue"));
  g_assert_false (jm_color_is_valid (NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/types/rating/strings", test_rating_strings);
  g_test_add_func ("/types/rating/emotion", test_rating_emotion);
  g_test_add_func ("/types/status/strings", test_status_strings);
  g_test_add_func ("/types/color", test_color);

  return g_test_run ();
}
