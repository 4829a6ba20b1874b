/* jm-layout-text.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text measuring for the layout. Every string is measured with one
 * PangoContext of fixed resolution, without hinting and with unrounded
 * glyph positions, and fonts are sized in absolute map units: so text
 * takes the same room at every zoom, on screen, in print and in every
 * export, and the painter can draw these very PangoLayouts on any
 * cairo_t.
 */

#define G_LOG_DOMAIN "jm-layout-text"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "jm-layout-private.h"

#define FONT_FAMILY "Cantarell, Sans"
#define LEGEND_ICON 14.0
#define LEGEND_ROW JM_LEGEND_ROW
#define LEGEND_PADDING 10.0
#define LEGEND_COLUMN_GAP 18.0
#define LEGEND_LABEL_MAX 220.0
#define LEGEND_WIDE_MAX 560.0
#define LEGEND_GRID_ROWS 3
#define LEGEND_GRID_ENTRIES 9

typedef struct
{
  double      size;
  PangoWeight weight;
} TextStyleInfo;

static const TextStyleInfo text_styles[] = {
  [JM_TEXT_TITLE]       = { 26.0, PANGO_WEIGHT_BOLD },
  [JM_TEXT_META]        = { 13.0, PANGO_WEIGHT_NORMAL },
  [JM_TEXT_LEGEND]      = { 12.0, PANGO_WEIGHT_NORMAL },
  [JM_TEXT_PHASE]       = { 15.0, PANGO_WEIGHT_BOLD },
  [JM_TEXT_LANE_NAME]   = { 16.0, PANGO_WEIGHT_BOLD },
  [JM_TEXT_LANE_DETAIL] = { 12.0, PANGO_WEIGHT_NORMAL },
  [JM_TEXT_CARD_TITLE]  = { 14.0, PANGO_WEIGHT_BOLD },
  [JM_TEXT_CARD_DETAIL] = { 12.0, PANGO_WEIGHT_NORMAL },
  [JM_TEXT_SMALL]       = { 11.0, PANGO_WEIGHT_NORMAL },
};

static const char * const legend_labels[JM_N_LEGEND_ENTRIES] = {
  [JM_LEGEND_DISAPPOINTMENT] = N_("Disappointment"),
  [JM_LEGEND_OK]             = N_("OK"),
  [JM_LEGEND_DELIGHT]        = N_("Delight"),
  [JM_LEGEND_OWN]            = N_("Own touchpoint"),
  [JM_LEGEND_THIRD_PARTY]    = N_("Third-party touchpoint"),
  [JM_LEGEND_SUPER]          = N_("Super-touchpoint"),
  [JM_LEGEND_HAND_SET]       = N_("Emotion set by hand"),
  [JM_LEGEND_DERIVED]        = N_("Emotion derived from ratings"),
  [JM_LEGEND_CURVE]          = N_("Emotional curve"),
  [JM_LEGEND_MIXED]          = N_("Mixed: the votes tie, no single factor"),
  [JM_LEGEND_SPLIT]          = NULL,
  [JM_LEGEND_SPREAD]         = NULL,
  [JM_LEGEND_EXPECTED]       = N_("Expected (Soll): expectation 1–5 drawn as −2 … +2"),
};

static const PangoFontDescription *
get_font (JmTextStyle style)
{
  static PangoFontDescription *fonts[G_N_ELEMENTS (text_styles)];

  g_assert (style < G_N_ELEMENTS (text_styles));

  if (g_once_init_enter (&fonts[style]))
    {
      PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

      pango_font_description_set_absolute_size (font, text_styles[style].size * PANGO_SCALE);
      pango_font_description_set_weight (font, text_styles[style].weight);
      g_once_init_leave (&fonts[style], font);
    }

  return fonts[style];
}

PangoContext *
jm_layout_text_create_context (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_base_dir (context, PANGO_DIRECTION_LTR);
  cairo_font_options_destroy (options);

  return context;
}

void
jm_text_clear (JmText *text)
{
  g_return_if_fail (text != NULL);

  g_clear_object (&text->layout);
  text->x = text->y = text->width = text->height = 0.0;
}

/* Shaped text is kept per layout context, keyed by everything that
 * decides its shape: so a relayout re-measures only text that changed,
 * and repeated strings (counts, channels, owners, labels) are shaped
 * once. Entries no JmText holds any more are swept now and then. */
typedef struct
{
  char        *string;
  JmTextStyle  style;
  int          width;      /* Pango units, −1 for none */
  int          max_lines;
} TextKey;

typedef struct
{
  TextKey      key;
  PangoLayout *layout;
  double       width, height;
} TextEntry;

typedef struct
{
  GHashTable *entries;     /* TextKey → TextEntry (the key is inside) */
  guint       swept_size;
} TextCache;

static GQuark
text_cache_quark (void)
{
  return g_quark_from_static_string ("jm-text-cache");
}

static guint
text_key_hash (gconstpointer data)
{
  const TextKey *key = data;

  return g_str_hash (key->string) ^ ((guint) key->style * 2654435761u) ^
         ((guint) key->width * 40503u) ^ ((guint) key->max_lines << 24);
}

static gboolean
text_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TextKey *ka = a, *kb = b;

  return ka->style == kb->style && ka->width == kb->width &&
         ka->max_lines == kb->max_lines && strcmp (ka->string, kb->string) == 0;
}

static void
text_entry_free (gpointer data)
{
  TextEntry *entry = data;

  g_free (entry->key.string);
  g_clear_object (&entry->layout);
  g_free (entry);
}

static void
text_cache_free (gpointer data)
{
  TextCache *cache = data;

  g_hash_table_unref (cache->entries);
  g_free (cache);
}

static gboolean
entry_unused (gpointer key,
              gpointer value,
              gpointer user_data)
{
  TextEntry *entry = value;

  return g_atomic_int_get (&G_OBJECT (entry->layout)->ref_count) == 1;
}

void
jm_text_cache_sweep (PangoContext *context)
{
  TextCache *cache = g_object_get_qdata (G_OBJECT (context), text_cache_quark ());

  if (cache == NULL)
    return;

  g_hash_table_foreach_remove (cache->entries, entry_unused, NULL);
  cache->swept_size = g_hash_table_size (cache->entries);
}

/* The cache's layouts hold their context, so a context with a cache is
 * never freed: the context's owner drops the cache when it lets the
 * context go, or every shaped text of the map leaks with it. */
void
jm_text_cache_disable (PangoContext *context)
{
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  g_object_set_qdata (G_OBJECT (context), text_cache_quark (), NULL);
}

void
jm_text_cache_enable (PangoContext *context)
{
  TextCache *cache;

  g_return_if_fail (PANGO_IS_CONTEXT (context));

  if (g_object_get_qdata (G_OBJECT (context), text_cache_quark ()) != NULL)
    return;

  cache = g_new0 (TextCache, 1);
  cache->entries = g_hash_table_new_full (text_key_hash, text_key_equal, NULL, text_entry_free);
  g_object_set_qdata_full (G_OBJECT (context), text_cache_quark (), cache, text_cache_free);
}

static PangoLayout *
shape_text (PangoContext *context,
            JmTextStyle   style,
            const char   *string,
            double        width,
            int           max_lines,
            double       *text_width,
            double       *text_height)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, get_font (style));
  if (width > 0.0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -MAX (max_lines, 1));
    }
  pango_layout_set_text (layout, string, -1);

  pango_layout_get_extents (layout, NULL, &logical);
  *text_width = (double) logical.width / PANGO_SCALE;
  *text_height = (double) logical.height / PANGO_SCALE;

  return layout;
}

void
jm_text_set (JmText       *text,
             PangoContext *context,
             JmTextStyle   style,
             const char   *string,
             double        width,
             int           max_lines)
{
  TextCache *cache;
  TextKey key;
  TextEntry *entry;

  g_return_if_fail (text != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  jm_text_clear (text);
  if (string == NULL || *string == '\0')
    return;

  cache = g_object_get_qdata (G_OBJECT (context), text_cache_quark ());
  if (cache == NULL)
    {
      text->layout = shape_text (context, style, string, width, max_lines,
                                 &text->width, &text->height);
      return;
    }

  key = (TextKey) { (char *) string, style, width > 0.0 ? (int) (width * PANGO_SCALE) : -1,
                    width > 0.0 ? MAX (max_lines, 1) : 0 };
  entry = g_hash_table_lookup (cache->entries, &key);
  if (entry == NULL)
    {
      if (g_hash_table_size (cache->entries) > 2 * cache->swept_size + 256)
        jm_text_cache_sweep (context);

      entry = g_new0 (TextEntry, 1);
      entry->key = key;
      entry->key.string = g_strdup (string);
      entry->layout = shape_text (context, style, string, width, max_lines,
                                  &entry->width, &entry->height);
      g_hash_table_add (cache->entries, entry);
    }

  text->layout = g_object_ref (entry->layout);
  text->width = entry->width;
  text->height = entry->height;
}

/* Every layout context is set up the same way (see above), so a line
 * height measured once holds for all of them. */
double
jm_text_line_height (PangoContext *context,
                     JmTextStyle   style)
{
  static double heights[G_N_ELEMENTS (text_styles)];

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), 0.0);
  g_return_val_if_fail (style < G_N_ELEMENTS (text_styles), 0.0);

  if (heights[style] == 0.0)
    {
      g_auto(JmText) probe = { 0 };

      jm_text_set (&probe, context, style, "Ag", -1.0, 1);
      heights[style] = probe.height;
    }

  return heights[style];
}

void
jm_text_translate (JmText *text,
                   double  dx,
                   double  dy)
{
  g_return_if_fail (text != NULL);

  text->x += dx;
  text->y += dy;
}

void
jm_rect_translate (JmRect *rect,
                   double  dx,
                   double  dy)
{
  g_return_if_fail (rect != NULL);

  rect->x += dx;
  rect->y += dy;
}

/* The explanations of the split-room mark and the spread band come
 * from the model, where the rules are; they are long, so they get rows
 * of their own across the whole legend. */
static const char *
get_legend_label (JmLegendKind kind)
{
  if (kind == JM_LEGEND_SPLIT)
    return jm_rating_summary_describe_split ();
  if (kind == JM_LEGEND_SPREAD)
    return jm_rating_summary_describe_spread ();

  return _(legend_labels[kind]);
}

static void
measure_legend_entry (JmLegendEntry *entry,
                      PangoContext  *context,
                      JmLegendKind   kind,
                      double         x,
                      double         top,
                      double         label_max)
{
  entry->kind = kind;
  jm_text_set (&entry->label, context, JM_TEXT_LEGEND, get_legend_label (kind), label_max, 1);
  entry->icon = (JmRect) { x, top + (LEGEND_ROW - LEGEND_ICON) / 2.0, LEGEND_ICON, LEGEND_ICON };
  entry->label.x = x + LEGEND_ICON + 6.0;
  entry->label.y = top + (LEGEND_ROW - entry->label.height) / 2.0;
}

void
jm_legend_measure (JmLegendEntry *entries,
                   PangoContext  *context,
                   double        *width,
                   double        *height)
{
  const guint n_wide = JM_N_LEGEND_ENTRIES - LEGEND_GRID_ENTRIES;
  double x = LEGEND_PADDING, wide_w = 0.0;

  g_return_if_fail (entries != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  for (guint column = 0; column < 3; column++)
    {
      double label_w = 0.0;

      for (guint row = 0; row < LEGEND_GRID_ROWS; row++)
        {
          JmLegendEntry *entry = &entries[column * LEGEND_GRID_ROWS + row];

          measure_legend_entry (entry, context, column * LEGEND_GRID_ROWS + row, x,
                                LEGEND_PADDING + row * LEGEND_ROW, LEGEND_LABEL_MAX);
          label_w = MAX (label_w, entry->label.width);
        }

      x += LEGEND_ICON + 6.0 + label_w + (column < 2 ? LEGEND_COLUMN_GAP : 0.0);
    }

  for (guint i = 0; i < n_wide; i++)
    {
      JmLegendEntry *entry = &entries[LEGEND_GRID_ENTRIES + i];

      measure_legend_entry (entry, context, LEGEND_GRID_ENTRIES + i, LEGEND_PADDING,
                            LEGEND_PADDING + (LEGEND_GRID_ROWS + i) * LEGEND_ROW, LEGEND_WIDE_MAX);
      wide_w = MAX (wide_w, LEGEND_PADDING + LEGEND_ICON + 6.0 + entry->label.width);
    }

  *width = MAX (x, wide_w) + LEGEND_PADDING;
  *height = 2 * LEGEND_PADDING + (LEGEND_GRID_ROWS + n_wide) * LEGEND_ROW;
}

void
jm_legend_place (JmLegendEntry *entries,
                 double         x,
                 double         y)
{
  g_return_if_fail (entries != NULL);

  for (guint i = 0; i < JM_N_LEGEND_ENTRIES; i++)
    {
      jm_rect_translate (&entries[i].icon, x, y);
      jm_text_translate (&entries[i].label, x, y);
    }
}

gboolean
jm_rect_intersects (const JmRect *a,
                    const JmRect *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
jm_rect_contains (const JmRect *rect,
                  double        x,
                  double        y)
{
  g_return_val_if_fail (rect != NULL, FALSE);

  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}
