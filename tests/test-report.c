/* test-report.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The PDF report as a manager gets it: read back with poppler's
 * command line tools (pdfinfo, pdftotext), like a reader would.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "jm-export.h"
#include "jm-file.h"
#include "jm-rating-summary.h"
#include "jm-report-private.h"
#include "jm-test-util.h"

static char *tmpdir;

/* A map of @n_personas lanes and @n_phases phases, one card in each
 * phase, the lanes taking turns: wider or taller than any paper. */
static JmDocument *
build_map (guint n_personas,
           guint n_phases)
{
  JmDocument *document = jm_document_new ();

  jm_document_set_title (document, "Wide map");
  jm_document_set_owner (document, "Mia Schulz");
  for (guint i = 0; i < n_personas; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Persona %u", i + 1);
      g_autoptr(JmPersona) persona = jm_persona_new (id, i == 0 ? "Anna" : i == 1 ? "Bernd" : name);

      jm_document_insert (document, JM_COLLECTION_PERSONAS, NULL, persona, -1);
    }
  for (guint i = 0; i < n_phases; i++)
    {
      g_autofree char *id = g_strdup_printf ("ph%u", i + 1);
      g_autofree char *name = g_strdup_printf ("Phase %u", i + 1);
      g_autoptr(JmPhase) phase = jm_phase_new (id, name);
      g_autofree char *tp_id = g_strdup_printf ("t%u", i + 1);
      g_autofree char *persona_id = g_strdup_printf ("p%u", i % n_personas + 1);
      g_autofree char *title = g_strdup_printf ("Step %u", i + 1);
      g_autoptr(JmTouchpoint) touchpoint = jm_touchpoint_new (tp_id, persona_id, id, title);

      jm_document_insert (document, JM_COLLECTION_PHASES, NULL, phase, -1);
      jm_touchpoint_set_emotion (touchpoint, i % 3 - 1.0);
      jm_touchpoint_set_owner (touchpoint, "Service");
      jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint, -1);
    }

  return document;
}

/* A map far wider than any paper: @n_phases phases, two personas. */
static JmDocument *
build_wide_map (guint n_phases)
{
  return build_map (2, n_phases);
}

static char *
run (const char * const *argv)
{
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int status;

  g_assert_nonnull (program);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &output, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return output;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext != NULL && pdfinfo != NULL)
    return TRUE;

  g_test_skip ("poppler-utils is not installed");
  return FALSE;
}

static char *
page_text (const char *path,
           guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page);
  const char *argv[] = { "pdftotext", "-layout", "-f", number, "-l", number, path, "-", NULL };

  return run (argv);
}

static guint
count_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run (argv);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("Pages:"), NULL, 10);
}

static char *
export (JmDocument            *document,
        const JmExportOptions *options,
        const char            *name)
{
  char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (jm_export_to_file_with_options (document, path, options, &error));
  g_assert_no_error (error);

  return path;
}

/* The page (1-based) whose outline title is @title, 0 if none */
static guint
find_page (JmReport   *report,
           const char *title)
{
  for (guint i = 0; i < jm_report_get_n_pages (report); i++)
    if (g_strcmp0 (jm_report_get_page_title (report, i), title) == 0)
      return i + 1;

  return 0;
}

static JmTouchpoint *
find_top_pain_point (JmDocument *document)
{
  JmTouchpoint *top = NULL;
  double best = 0.0;

  for (guint i = 0; i < jm_document_get_n_touchpoints (document); i++)
    {
      JmTouchpoint *touchpoint = jm_document_get_touchpoint (document, i);
      JmRatingSummary summary;
      double share;

      jm_touchpoint_get_rating_summary (touchpoint, &summary);
      if (summary.total == 0)
        continue;
      share = (double) summary.counts[JM_RATING_DISAPPOINTMENT - 1] / summary.total;
      if (share > best)
        {
          best = share;
          top = touchpoint;
        }
    }

  return top;
}

/* The smallest font size of any word on any page, in points, from
 * pdftotext's word boxes: a box is the font's ascent plus descent high,
 * so the boxes are calibrated on the footer's "Page", set in
 * JM_REPORT_TEXT_FOOTER points. */
static double
smallest_word (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *html = run (argv);
  double smallest = G_MAXDOUBLE, page_height = 0.0;
  const char *p = html;
  guint n_words = 0;

  while ((p = strstr (p, "<word ")) != NULL)
    {
      const char *ymin = strstr (p, "yMin=\"");
      const char *ymax = strstr (p, "yMax=\"");
      double height = g_ascii_strtod (ymax + 6, NULL) - g_ascii_strtod (ymin + 6, NULL);

      if (page_height == 0.0 && g_str_has_prefix (strchr (p, '>'), ">Page</word>"))
        page_height = height;
      smallest = MIN (smallest, height);
      n_words++;
      p++;
    }
  g_assert_cmpuint (n_words, >, 20);
  g_assert_cmpfloat (page_height, >, 0.0);
  g_test_message ("%u words, the smallest %.2f pt high, \"Page\" %.2f pt", n_words, smallest,
                  page_height);

  return smallest / page_height * JM_REPORT_TEXT_FOOTER;
}

/* How often @needle is in the binary @data */
static guint
count_in (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);
  guint count = 0;

  for (gsize i = 0; i + n <= length; i++)
    count += memcmp (data + i, needle, n) == 0;

  return count;
}

static void
test_sample_report (void)
{
  g_autoptr(JmDocument) document = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  g_autoptr(JmReport) report = jm_report_new (document, options, 0, 0);
  g_autofree char *path = export (document, options, "sample.pdf");
  g_autofree char *info = NULL;
  g_autofree char *first = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *page_label = NULL;
  guint n_pages = jm_report_get_n_pages (report);
  guint summary_page = find_page (report, "Summary");
  JmTouchpoint *pain = find_top_pain_point (document);
  gsize length;

  /* map page(s), a page per persona, the summary */
  g_assert_cmpuint (n_pages, >=, jm_report_get_n_map_pages (report) + 3 + 1);
  g_assert_cmpuint (summary_page, >, 0);
  g_assert_cmpfloat (jm_report_get_smallest_text_size (report), >=, JM_REPORT_MIN_TEXT_SIZE);

  if (!have_poppler ())
    return;

  g_assert_cmpuint (count_pages (path), ==, n_pages);
  {
    const char *argv[] = { "pdfinfo", path, NULL };

    info = run (argv);
  }
  g_assert_nonnull (strstr (info, jm_document_get_title (document)));
  g_assert_nonnull (strstr (info, jm_document_get_owner (document)));
  g_assert_nonnull (strstr (info, "Journey Maps " PACKAGE_VERSION));

  first = page_text (path, 1);
  page_label = g_strdup_printf ("Page 1 of %u", n_pages);
  g_assert_nonnull (strstr (first, page_label));
  g_assert_nonnull (strstr (first, "Disappointment"));

  /* Each persona has a page with its name and its profile. */
  for (guint i = 0; i < jm_document_get_n_personas (document); i++)
    {
      JmPersona *persona = jm_document_get_persona (document, i);
      g_autofree char *title = g_strdup_printf ("Persona: %s", jm_persona_get_name (persona));
      guint page = find_page (report, title);
      g_autofree char *text = NULL;
      g_autofree char *goal_start = g_strndup (jm_persona_get_goal (persona), 20);

      g_assert_cmpuint (page, >, 0);
      text = page_text (path, page);
      g_assert_nonnull (strstr (text, jm_persona_get_name (persona)));
      g_assert_nonnull (strstr (text, goal_start));
      for (guint j = 0; j < jm_document_get_n_personas (document); j++)
        if (j != i)
          {
            g_autofree char *other = g_strdup_printf ("Persona: %s",
                                                      jm_persona_get_name (jm_document_get_persona (document, j)));

            g_assert_null (strstr (text, other));
          }
    }

  /* The summary names the worst touchpoint and who owns it. */
  g_assert_nonnull (pain);
  summary = page_text (path, summary_page);
  g_assert_nonnull (strstr (summary, "Top pain points"));
  g_assert_nonnull (strstr (summary, jm_touchpoint_get_title (pain)));
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };
    g_autofree char *all = run (argv);

    /* KPIs that miss their target are marked */
    g_assert_nonnull (strstr (all, "Off target"));
    g_assert_nonnull (strstr (all, "Responsibilities"));
  }

  /* An outline entry per page; cairo writes them as plain strings. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (count_in (contents, length, "/Outlines"), >=, 1);
  g_assert_cmpuint (count_in (contents, length, "/Title (Summary)"), ==, 1);
  g_assert_cmpuint (count_in (contents, length, "/Title (Persona: Lena)"), ==, 1);
  /* non-ASCII titles are UTF-16; one more /Title for the document info */
  g_assert_cmpuint (count_in (contents, length, "/Title "), ==, n_pages + 1);

  g_assert_cmpfloat (smallest_word (path), >=, JM_REPORT_MIN_TEXT_SIZE - 0.05);
}

static void
test_tiling (void)
{
  g_autoptr(JmDocument) document = build_wide_map (14);
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  g_autoptr(JmReport) report = jm_report_new (document, options, 0, 0);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  guint n_tiles = jm_report_get_n_map_pages (report);
  g_autofree char *title = g_strdup_printf ("Map, part 2 of %u — row 1, column 2", n_tiles);

  /* Fitting 14 phases on A4 would shrink the text below the minimum. */
  g_assert_cmpuint (n_tiles, >, 1);
  g_assert_cmpstr (jm_report_get_page_title (report, 1), ==, title);
  g_assert_cmpfloat (jm_report_get_smallest_text_size (report), >=, JM_REPORT_MIN_TEXT_SIZE);

  /* On A2 the same map fits one page. */
  options->page_size = JM_PAGE_SIZE_A2;
  {
    g_autoptr(JmReport) large = jm_report_new (document, options, 0, 0);

    g_assert_cmpuint (jm_report_get_n_map_pages (large), <, n_tiles);
  }
  options->page_size = JM_PAGE_SIZE_A4;

  path = export (document, options, "wide.pdf");

  if (!have_poppler ())
    return;
  text = page_text (path, 2);
  g_assert_nonnull (strstr (text, title));
  /* No word is set smaller than the minimum, whatever pdftotext measures. */
  g_assert_cmpfloat (smallest_word (path), >=, JM_REPORT_MIN_TEXT_SIZE - 0.05);
}

/* Whether nothing is drawn across @page between its header's rule
 * and the map below it, at the right, where the tile index sits. */
static gboolean
header_gap_is_clear (JmReport *report,
                     guint     page)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean clear = TRUE;
  guint32 *pixels;
  int stride;

  jm_report_get_page_size (report, page, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) ceil (width), (int) ceil (height));
  cr = cairo_create (surface);
  jm_report_draw_page (report, page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = (guint32 *) (void *) cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface) / 4;
  for (int y = JM_REPORT_MARGIN + JM_REPORT_HEADER - 4; y < JM_REPORT_MARGIN + JM_REPORT_HEADER; y++)
    for (int x = width / 2; x < width - JM_REPORT_MARGIN; x++)
      clear &= (pixels[y * stride + x] & 0xffffff) == 0xffffff;

  cairo_surface_destroy (surface);
  return clear;
}

/* The index of tiles in a tile page's header stays in the header,
 * however many tiles: smaller cells for a taller grid, and none where
 * they would be too small to tell apart. It never runs down over the
 * map. */
static void
test_tile_index_fits (void)
{
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  gboolean saw_full = FALSE, saw_shrunk = FALSE, saw_none = FALSE;

  for (guint n_personas = 2; n_personas <= 40; n_personas += 3)
    {
      g_autoptr(JmDocument) document = build_map (n_personas, 14);
      g_autoptr(JmReport) report = jm_report_new (document, options, 0, 0);
      guint n_tiles = jm_report_get_n_map_pages (report);
      double width, height, cell;
      JmRect index;

      g_assert_cmpuint (n_tiles, >, 1);
      jm_report_get_page_size (report, 0, &width, &height);
      for (guint page = 0; page < n_tiles; page++)
        {
          if (!jm_report_get_tile_index (report, page, &index, &cell))
            {
              saw_none = TRUE;
              continue;
            }

          /* below the top margin, clear of the rule under the header */
          g_assert_cmpfloat (index.y, >=, JM_REPORT_MARGIN);
          g_assert_cmpfloat (index.y + index.height, <=, JM_REPORT_MARGIN + JM_REPORT_HEADER - 8.0);
          g_assert_cmpfloat (index.x, >, width / 2);
          g_assert_cmpfloat (index.x + index.width, <=, width - JM_REPORT_MARGIN);
          g_assert_cmpfloat (cell, >=, 3.0);
          saw_full |= cell == 7.0;
          saw_shrunk |= cell < 7.0;
        }
      /* a page with the index, and the last tile */
      g_assert_true (header_gap_is_clear (report, 0));
      g_assert_true (header_gap_is_clear (report, n_tiles - 1));
      /* the rest of the report has none */
      g_assert_false (jm_report_get_tile_index (report, n_tiles, &index, &cell));
    }

  g_assert_true (saw_full);
  g_assert_true (saw_shrunk);
  g_assert_true (saw_none);
}

static void
test_page_options (void)
{
  g_autoptr(JmDocument) document = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  double width, height;

  options->orientation = JM_ORIENTATION_PORTRAIT;
  {
    g_autoptr(JmReport) report = jm_report_new (document, options, 0, 0);

    jm_report_get_page_size (report, 0, &width, &height);
    g_assert_cmpfloat (fabs (width - 595.276), <, 0.01);
    g_assert_cmpfloat (fabs (height - 841.89), <, 0.01);
  }

  options->page_size = JM_PAGE_SIZE_FIT;
  options->map_only = TRUE;
  {
    g_autoptr(JmReport) report = jm_report_new (document, options, 0, 0);

    /* the whole map at 100 % on one page */
    g_assert_cmpuint (jm_report_get_n_pages (report), ==, 1);
    jm_report_get_page_size (report, 0, &width, &height);
    g_assert_cmpfloat (width, >, 1000.0);
  }

  options->page_size = JM_PAGE_SIZE_A3;
  options->orientation = JM_ORIENTATION_LANDSCAPE;
  {
    g_autoptr(JmReport) report = jm_report_new (document, options, 0, 0);

    g_assert_cmpuint (jm_report_get_n_pages (report), ==, jm_report_get_n_map_pages (report));
    jm_report_get_page_size (report, 0, &width, &height);
    g_assert_cmpfloat (fabs (width - 1190.551), <, 0.01);
  }
}

/* "Fit to content" makes the map page as large as the map, but never
 * larger than Acrobat will show (14,400 points a side): a taller map
 * is fitted or tiled onto pages of that size, all of it there. */
static void
test_fit_stays_within_max_page (void)
{
  g_autoptr(JmDocument) document = build_map (70, 6);
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  g_autoptr(JmReport) report = NULL;
  g_autoptr(JmLayout) layout = jm_layout_new (document);
  g_autofree char *path = NULL;
  double width, height, a4_width, a4_height;
  guint n_map_pages;

  /* the map alone is taller than the largest page */
  g_assert_cmpfloat (jm_layout_get_height (layout), >, JM_REPORT_MAX_PAGE);

  options->page_size = JM_PAGE_SIZE_FIT;
  report = jm_report_new (document, options, 0, 0);
  n_map_pages = jm_report_get_n_map_pages (report);
  for (guint page = 0; page < n_map_pages; page++)
    {
      jm_report_get_page_size (report, page, &width, &height);
      g_assert_cmpfloat (width, <=, JM_REPORT_MAX_PAGE);
      g_assert_cmpfloat (height, <=, JM_REPORT_MAX_PAGE);
      /* as large as the map allows, not paper */
      g_assert_cmpfloat (height, ==, JM_REPORT_MAX_PAGE);
    }
  g_assert_cmpfloat (jm_report_get_smallest_text_size (report), >=, JM_REPORT_MIN_TEXT_SIZE);

  /* the persona pages and the summary keep the paper */
  jm_page_size_get_dimensions (JM_PAGE_SIZE_A4, options->orientation, &a4_width, &a4_height);
  jm_report_get_page_size (report, n_map_pages, &width, &height);
  g_assert_cmpfloat (width, ==, a4_width);
  g_assert_cmpfloat (height, ==, a4_height);

  options->map_only = TRUE;
  path = export (document, options, "tall-fit.pdf");
  if (!have_poppler ())
    return;
  /* the first lane and the last are on the map's pages */
  {
    g_autofree char *first = page_text (path, 1);
    g_autofree char *last = page_text (path, n_map_pages);

    g_assert_cmpuint (count_pages (path), ==, n_map_pages);
    g_assert_nonnull (strstr (first, "Anna"));
    g_assert_nonnull (strstr (last, "Persona 70"));
  }
}

/* Anna's lane over three phases, taller than any page, its columns
 * unlike: many short cards in the first phase, fewer and taller ones
 * in the second, whose breaks leave more of each page empty, so that
 * it runs on a page longer than the first though it is shorter. */
static JmDocument *
build_tall_lane_map (void)
{
  JmDocument *document = build_map (2, 3);

  for (guint i = 0; i < 77; i++)
    {
      guint phase_number = i < 45 ? 1 : 2;
      g_autofree char *id = g_strdup_printf ("tall%u", i);
      g_autofree char *phase = g_strdup_printf ("ph%u", phase_number);
      g_autoptr(JmTouchpoint) touchpoint = jm_touchpoint_new (id, "p1", phase, "Step");

      jm_touchpoint_set_action (touchpoint, phase_number == 2 ? "Reads the long terms and conditions "
                                                                "twice, then calls the hotline to ask "
                                                                "about them"
                                                              : "Clicks");
      jm_document_insert (document, JM_COLLECTION_TOUCHPOINTS, NULL, touchpoint, -1);
    }

  return document;
}

static gboolean
rect_inside (const JmRect *inner,
             const JmRect *outer)
{
  return inner->x >= outer->x - 0.01 && inner->x + inner->width <= outer->x + outer->width + 0.01 &&
         inner->y >= outer->y - 0.01 && inner->y + inner->height <= outer->y + outer->height + 0.01;
}

/* A persona's lane too tall for a page goes on over the next pages
 * with the phase headers at the top of each, every phase column
 * broken between its cards: no card is cut in two, and every card is
 * shown whole. */
static void
test_persona_lane_breaks_between_cards (void)
{
  g_autoptr(JmDocument) document = build_tall_lane_map ();
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  g_autoptr(JmReport) report = jm_report_new (document, options, 0, 0);
  JmLayout *lane_map = NULL;
  g_autofree gboolean *shown = NULL;
  guint n_lane_pages = 0;

  for (guint page = 0; page < jm_report_get_n_pages (report); page++)
    {
      GPtrArray *items = jm_report_get_page_items (report, page);
      gboolean has_heading = FALSE, has_cards = FALSE;

      if (!g_str_has_prefix (jm_report_get_page_title (report, page), "Persona: Anna"))
        continue;

      for (guint i = 0; i < items->len; i++)
        {
          const JmReportItem *item = g_ptr_array_index (items, i);
          const JmRect *source = &item->source;

          if (item->kind != JM_REPORT_ITEM_MAP)
            continue;
          /* a piece of the map, never an empty or upturned one */
          g_assert_cmpfloat (source->height, >, 0.0);
          if (lane_map == NULL)
            {
              lane_map = item->map;
              shown = g_new0 (gboolean, jm_layout_get_n_cards (lane_map));
            }
          g_assert_true (item->map == lane_map);

          for (guint c = 0; c < jm_layout_get_n_columns (lane_map); c++)
            {
              const JmRect *header = &jm_layout_get_column (lane_map, c)->header;

              has_heading |= rect_inside (header, source);
            }
          for (guint k = 0; k < jm_layout_get_n_cards (lane_map); k++)
            {
              const JmRect *card = &jm_layout_get_card (lane_map, k)->rect;
              gboolean across = card->x < source->x + source->width && source->x < card->x + card->width;
              gboolean apart = card->y + card->height <= source->y + 0.01 ||
                               card->y >= source->y + source->height - 0.01;

              if (!across || apart)
                continue;
              /* on the page, whole */
              g_assert_true (rect_inside (card, source));
              shown[k] = TRUE;
              has_cards = TRUE;
            }
        }

      if (has_cards)
        {
          n_lane_pages++;
          g_assert_true (has_heading);
        }
    }

  /* the lane went on over pages, and showed all its cards */
  g_assert_cmpuint (n_lane_pages, >=, 3);
  for (guint k = 0; k < jm_layout_get_n_cards (lane_map); k++)
    g_assert_true (shown[k]);
}

static void
test_personas (void)
{
  g_autoptr(JmDocument) document = jm_test_load_data (JM_TEST_SAMPLE, NULL);
  g_autoptr(JmExportOptions) options = jm_export_options_new ();
  JmPersona *second = jm_document_get_persona (document, 1);
  const char *ids[] = { jm_persona_get_id (second), NULL };
  g_autoptr(JmReport) report = NULL;
  g_autofree char *path = NULL;
  g_autofree char *all = NULL;

  jm_export_options_set_personas (options, ids);
  report = jm_report_new (document, options, 0, 0);
  g_assert_cmpuint (find_page (report, "Persona: Lena"), ==, 0);
  g_assert_cmpuint (find_page (report, "Persona: Markus"), >, 0);

  path = export (document, options, "markus.pdf");
  if (!have_poppler ())
    return;
  {
    const char *argv[] = { "pdftotext", path, "-", NULL };

    all = run (argv);
  }
  g_assert_nonnull (strstr (all, "Markus"));
  g_assert_null (strstr (all, "Lena"));
  g_assert_null (strstr (all, "Sabine"));
  /* the original is untouched */
  g_assert_cmpuint (jm_document_get_n_personas (document), ==, 3);
}

static void
test_page_size_strings (void)
{
  JmPageSize size;
  JmOrientation orientation;

  g_assert_true (jm_page_size_from_string ("A3", &size));
  g_assert_cmpint (size, ==, JM_PAGE_SIZE_A3);
  g_assert_true (jm_page_size_from_string ("fit", &size));
  g_assert_cmpint (size, ==, JM_PAGE_SIZE_FIT);
  g_assert_false (jm_page_size_from_string ("b5", &size));
  g_assert_cmpstr (jm_page_size_to_string (JM_PAGE_SIZE_LETTER), ==, "letter");
  g_assert_true (jm_orientation_from_string ("Portrait", &orientation));
  g_assert_cmpint (orientation, ==, JM_ORIENTATION_PORTRAIT);
  g_assert_false (jm_orientation_from_string ("sideways", &orientation));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("test-report-XXXXXX", NULL);

  g_test_add_func ("/report/sample", test_sample_report);
  g_test_add_func ("/report/tiling", test_tiling);
  g_test_add_func ("/report/tile-index-fits", test_tile_index_fits);
  g_test_add_func ("/report/page-options", test_page_options);
  g_test_add_func ("/report/fit-stays-within-max-page", test_fit_stays_within_max_page);
  g_test_add_func ("/report/personas", test_personas);
  g_test_add_func ("/report/persona-lane-breaks-between-cards", test_persona_lane_breaks_between_cards);
  g_test_add_func ("/report/page-size-strings", test_page_size_strings);

  status = g_test_run ();

  jm_test_remove_tree (tmpdir);
  g_free (tmpdir);

  return status;
}
