/* jm-report.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report is laid out once into pages of items (text, rules, marks,
 * pieces of the map); drawing a page replays its items and adds the
 * frame every page has: the map title, owner and date above, a legend
 * and "Page n of N" below. The map is fitted to the first page unless
 * its smallest text would fall below JM_REPORT_MIN_TEXT_SIZE; then it is
 * tiled over several pages that overlap a little, with crop marks and
 * an index of the tiles.
 */

#define G_LOG_DOMAIN "jm-report"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "jm-painter-private.h"
#include "jm-report-private.h"

#define CROP_MARK (JM_REPORT_CROP_ZONE - 1.0)
/* The tile index in the page header, one cell per tile: below the top
 * margin and above the header's rule, 2 points clear of each, and no
 * wider than the owner and date leave room for */
#define INDEX_CELL 7.0
#define INDEX_MIN_CELL 3.0
#define INDEX_TOP (JM_REPORT_MARGIN + 2.0)
#define INDEX_MAX_HEIGHT (JM_REPORT_HEADER - 10.0)
#define INDEX_MAX_WIDTH 140.0

struct _JmReport
{
  GObject          parent_instance;

  JmDocument      *document;   /* filtered */
  JmExportOptions *options;
  JmLayout        *map;
  PangoContext    *context;    /* the map layout's, so text measures alike */
  double           page_width, page_height;
  GPtrArray       *pages;      /* of JmReportPage */
  guint            n_map_pages;
  double           smallest_text;
  char            *meta;       /* owner and date for the header */
  PangoLayout     *legend[5];
};

G_DEFINE_FINAL_TYPE (JmReport, jm_report, G_TYPE_OBJECT)

static const JmColor *
text_color (void)
{
  return &jm_palette_get (FALSE)->text;
}

static const JmColor *
secondary_color (void)
{
  return &jm_palette_get (FALSE)->text_secondary;
}

static void
item_free (gpointer data)
{
  JmReportItem *item = data;

  g_clear_object (&item->text);
  g_clear_object (&item->map);
  g_free (item);
}

static void
page_free (gpointer data)
{
  JmReportPage *page = data;

  g_free (page->title);
  g_free (page->heading);
  g_ptr_array_unref (page->items);
  g_free (page);
}

static void
jm_report_finalize (GObject *object)
{
  JmReport *self = JM_REPORT (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->legend); i++)
    g_clear_object (&self->legend[i]);
  g_clear_object (&self->context);
  g_clear_object (&self->map);
  g_clear_object (&self->document);
  g_clear_pointer (&self->options, jm_export_options_free);
  g_free (self->meta);

  G_OBJECT_CLASS (jm_report_parent_class)->finalize (object);
}

static void
jm_report_class_init (JmReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = jm_report_finalize;
}

static void
jm_report_init (JmReport *self)
{
  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->smallest_text = G_MAXDOUBLE;
}

static void
record_text_size (JmReport *self,
                  double    size)
{
  self->smallest_text = MIN (self->smallest_text, size);
}

PangoContext *
jm_report_get_pango_context (JmReport *report)
{
  return report->context;
}

JmDocument *
jm_report_get_document (JmReport *report)
{
  return report->document;
}

void
jm_report_get_content_size (JmReport *report,
                            double   *width,
                            double   *height)
{
  *width = report->page_width - 2 * JM_REPORT_MARGIN;
  *height = report->page_height - 2 * JM_REPORT_MARGIN - JM_REPORT_HEADER - JM_REPORT_FOOTER;
}

JmReportPage *
jm_report_add_page (JmReport   *report,
                    const char *title,
                    const char *heading)
{
  JmReportPage *page = g_new0 (JmReportPage, 1);

  page->title = g_strdup (title);
  page->heading = g_strdup (heading != NULL ? heading : title);
  page->width = report->page_width;
  page->height = report->page_height;
  page->items = g_ptr_array_new_with_free_func (item_free);
  g_ptr_array_add (report->pages, page);

  return page;
}

PangoLayout *
jm_report_make_text (JmReport   *report,
                     const char *text,
                     double      size,
                     gboolean    bold,
                     double      width)
{
  PangoLayout *layout = pango_layout_new (report->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell, Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  if (width > 0.0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  record_text_size (report, size);

  return layout;
}

static JmReportItem *
page_add_item (JmReportPage     *page,
               JmReportItemKind  kind,
               double            x,
               double            y,
               double            width,
               double            height,
               const JmColor    *color)
{
  JmReportItem *item = g_new0 (JmReportItem, 1);

  item->kind = kind;
  item->x = x;
  item->y = y;
  item->width = width;
  item->height = height;
  if (color != NULL)
    item->color = *color;
  g_ptr_array_add (page->items, item);

  return item;
}

JmReportItem *
jm_report_page_add_text (JmReportPage  *page,
                         PangoLayout   *text,
                         double         x,
                         double         y,
                         const JmColor *color)
{
  PangoRectangle logical;
  JmReportItem *item;

  pango_layout_get_extents (text, NULL, &logical);
  item = page_add_item (page, JM_REPORT_ITEM_TEXT, x, y,
                        pango_units_to_double (logical.width),
                        pango_units_to_double (logical.height), color);
  item->text = text;

  return item;
}

JmReportItem *
jm_report_page_add_rect (JmReportPage     *page,
                         JmReportItemKind  kind,
                         double            x,
                         double            y,
                         double            width,
                         double            height,
                         const JmColor    *color)
{
  return page_add_item (page, kind, x, y, width, height, color);
}

void
jm_report_page_add_map (JmReport     *report,
                        JmReportPage *page,
                        JmLayout     *map,
                        const JmRect *source,
                        double        x,
                        double        y,
                        double        scale)
{
  JmReportItem *item = page_add_item (page, JM_REPORT_ITEM_MAP, x, y,
                                      source->width * scale, source->height * scale, NULL);

  item->map = g_object_ref (map);
  item->source = *source;
  item->scale = scale;
  record_text_size (report, JM_REPORT_MAP_SMALLEST_TEXT * scale);
}

void
jm_report_flow_init (JmReportFlow *flow,
                     JmReport     *report,
                     const char   *title,
                     const char   *heading)
{
  double width, height;

  jm_report_get_content_size (report, &width, &height);
  flow->report = report;
  flow->title = title;
  flow->page = jm_report_add_page (report, title, heading);
  flow->x = JM_REPORT_MARGIN;
  flow->y = JM_REPORT_MARGIN + JM_REPORT_HEADER;
  flow->width = width;
  flow->bottom = flow->y + height;
}

gboolean
jm_report_flow_is_at_top (const JmReportFlow *flow)
{
  return flow->y <= JM_REPORT_MARGIN + JM_REPORT_HEADER;
}

void
jm_report_flow_need (JmReportFlow *flow,
                     double        height)
{
  g_autofree char *heading = NULL;

  if (flow->y + height <= flow->bottom || jm_report_flow_is_at_top (flow))
    return;

  /* Translators: the heading of a page that goes on with a section, e.g. "Summary (continued)" */
  heading = g_strdup_printf (_("%s (continued)"), flow->title);
  flow->page = jm_report_add_page (flow->report, heading, heading);
  flow->y = JM_REPORT_MARGIN + JM_REPORT_HEADER;
}

static void
make_meta (JmReport *self)
{
  const char *owner = jm_document_get_owner (self->document);
  GDateTime *date = jm_document_get_modified (self->document);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = NULL;

  if (date == NULL)
    date = jm_document_get_created (self->document);
  if (date == NULL)
    date = now;
  /* Translators: a date in a report's page header, see strftime(3) */
  day = g_date_time_format (date, _("%-d %B %Y"));

  if (owner != NULL && *owner != '\0')
    /* Translators: in a report's page header: the map owner and the date of the map */
    self->meta = g_strdup_printf (_("Map owner: %s · %s"), owner, day);
  else
    self->meta = g_steal_pointer (&day);
}

/* "Fit to content": the map page as large as the map, at 100 %; the
 * other pages keep the paper. But Acrobat shows nothing of a page over
 * JM_REPORT_MAX_PAGE on a side, which a map of a thousand touchpoints
 * can be: a larger map goes on pages of at most that size, fitted or
 * tiled as on paper. */
static guint
add_fitted_map_pages (JmReport *self)
{
  JmRect source = { 0, 0, jm_layout_get_width (self->map), jm_layout_get_height (self->map) };
  JmReportPage *page;

  self->page_width = source.width + 2 * JM_REPORT_MARGIN;
  self->page_height = source.height + 2 * JM_REPORT_MARGIN + JM_REPORT_HEADER + JM_REPORT_FOOTER;
  if (self->page_width > JM_REPORT_MAX_PAGE || self->page_height > JM_REPORT_MAX_PAGE)
    {
      self->page_width = MIN (self->page_width, JM_REPORT_MAX_PAGE);
      self->page_height = MIN (self->page_height, JM_REPORT_MAX_PAGE);
      return jm_report_add_map_pages (self, self->map);
    }

  page = jm_report_add_page (self, _("Map"), NULL);
  jm_report_page_add_map (self, page, self->map, &source, JM_REPORT_MARGIN,
                          JM_REPORT_MARGIN + JM_REPORT_HEADER, 1.0);
  return 1;
}

JmReport *
jm_report_new (JmDocument            *document,
               const JmExportOptions *options,
               double                 page_width,
               double                 page_height)
{
  static const char * const legend_labels[] = {
    N_("Disappointment"), N_("OK"), N_("Delight"), N_("Emotional curve"), N_("Super-touchpoint"),
  };
  JmReport *self;
  /* On given paper (a printer's), "fit to content" has no meaning. */
  gboolean fit = options->page_size == JM_PAGE_SIZE_FIT && (page_width <= 0.0 || page_height <= 0.0);

  g_return_val_if_fail (JM_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (JM_TYPE_REPORT, NULL);
  self->options = jm_export_options_copy (options);
  self->document = jm_export_options_filter_document (options, document);
  self->map = jm_layout_new (self->document);
  self->context = g_object_ref (jm_layout_get_pango_context (self->map));
  make_meta (self);

  for (guint i = 0; i < G_N_ELEMENTS (legend_labels); i++)
    self->legend[i] = jm_report_make_text (self, _(legend_labels[i]), JM_REPORT_TEXT_SMALL,
                                           FALSE, -1);

  if (page_width <= 0.0 || page_height <= 0.0)
    {
      if (!jm_page_size_get_dimensions (options->page_size, options->orientation,
                                        &page_width, &page_height))
        jm_page_size_get_dimensions (JM_PAGE_SIZE_A4, options->orientation,
                                     &page_width, &page_height);
    }

  if (fit)
    self->n_map_pages = add_fitted_map_pages (self);

  self->page_width = page_width;
  self->page_height = page_height;
  if (!fit)
    self->n_map_pages = jm_report_add_map_pages (self, self->map);

  if (!options->map_only)
    {
      for (guint i = 0; i < jm_document_get_n_personas (self->document); i++)
        jm_report_add_persona_pages (self, jm_document_get_persona (self->document, i));
      jm_report_add_summary_pages (self);
    }

  return self;
}

guint
jm_report_get_n_pages (JmReport *self)
{
  g_return_val_if_fail (JM_IS_REPORT (self), 0);

  return self->pages->len;
}

guint
jm_report_get_n_map_pages (JmReport *self)
{
  g_return_val_if_fail (JM_IS_REPORT (self), 0);

  return self->n_map_pages;
}

double
jm_report_get_smallest_text_size (JmReport *self)
{
  g_return_val_if_fail (JM_IS_REPORT (self), 0.0);

  return self->smallest_text;
}

void
jm_report_get_page_size (JmReport *self,
                         guint     page,
                         double   *width,
                         double   *height)
{
  JmReportPage *p;

  g_return_if_fail (JM_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);

  p = g_ptr_array_index (self->pages, page);
  *width = p->width;
  *height = p->height;
}

const char *
jm_report_get_page_title (JmReport *self,
                          guint     page)
{
  g_return_val_if_fail (JM_IS_REPORT (self), NULL);
  g_return_val_if_fail (page < self->pages->len, NULL);

  return ((JmReportPage *) g_ptr_array_index (self->pages, page))->title;
}

/* The items drawn on @page, in order (of JmReportItem). */
GPtrArray *
jm_report_get_page_items (JmReport *self,
                          guint     page)
{
  g_return_val_if_fail (JM_IS_REPORT (self), NULL);
  g_return_val_if_fail (page < self->pages->len, NULL);

  return ((JmReportPage *) g_ptr_array_index (self->pages, page))->items;
}

/* Where a tile page shows the grid of tiles with its own filled, and
 * how large a cell is: as large as INDEX_CELL, smaller where the grid
 * would not fit in the header. A grid whose cells would be too small
 * to tell apart (a map of a thousand touchpoints is tiled into dozens
 * of rows on A4) is left out: the page heading names the row and
 * column. */
gboolean
jm_report_get_tile_index (JmReport *self,
                          guint     page,
                          JmRect   *rect,
                          double   *cell)
{
  JmReportPage *p;
  double size;

  g_return_val_if_fail (JM_IS_REPORT (self), FALSE);
  g_return_val_if_fail (page < self->pages->len, FALSE);
  g_return_val_if_fail (rect != NULL && cell != NULL, FALSE);

  p = g_ptr_array_index (self->pages, page);
  if (!p->tile)
    return FALSE;

  size = MIN (INDEX_CELL, MIN (INDEX_MAX_WIDTH / p->n_columns, INDEX_MAX_HEIGHT / p->n_rows));
  if (size < INDEX_MIN_CELL)
    return FALSE;

  *cell = size;
  *rect = (JmRect) { p->width - JM_REPORT_MARGIN - p->n_columns * size, INDEX_TOP,
                     p->n_columns * size, p->n_rows * size };
  return TRUE;
}

/* Drawing */

static void
show_text (cairo_t       *cr,
           PangoLayout   *text,
           double         x,
           double         y,
           const JmColor *color)
{
  cairo_move_to (cr, x, y);
  jm_color_set_source (cr, color);
  pango_cairo_show_layout (cr, text);
}

static double
text_width (PangoLayout *text)
{
  PangoRectangle logical;

  pango_layout_get_extents (text, NULL, &logical);
  return pango_units_to_double (logical.width);
}

static void
draw_map_item (const JmReportItem *item,
               cairo_t            *cr)
{
  JmPaintOptions options = { .dark = FALSE };
  JmRect clip = item->source;

  options.clip = &clip;
  cairo_save (cr);
  cairo_rectangle (cr, item->x, item->y, item->width, item->height);
  cairo_clip (cr);
  cairo_translate (cr, item->x, item->y);
  cairo_scale (cr, item->scale, item->scale);
  cairo_translate (cr, -item->source.x, -item->source.y);
  jm_painter_paint (item->map, cr, &options);
  cairo_restore (cr);
}

static void
draw_item (const JmReportItem *item,
           cairo_t            *cr)
{
  const JmPalette *palette = jm_palette_get (FALSE);

  switch (item->kind)
    {
    case JM_REPORT_ITEM_TEXT:
      show_text (cr, item->text, item->x, item->y, &item->color);
      break;

    case JM_REPORT_ITEM_RECT:
      cairo_rectangle (cr, item->x, item->y, item->width, item->height);
      jm_color_set_source (cr, &item->color);
      cairo_fill (cr);
      break;

    case JM_REPORT_ITEM_LINE:
      cairo_move_to (cr, item->x, item->y);
      cairo_line_to (cr, item->x + item->width, item->y + item->height);
      cairo_set_line_width (cr, 0.6);
      jm_color_set_source (cr, &item->color);
      cairo_stroke (cr);
      break;

    case JM_REPORT_ITEM_MARK:
      jm_painter_draw_rating_mark (cr, palette, item->mark, item->x + item->width / 2.0,
                                   item->y + item->height / 2.0, MIN (item->width, item->height));
      break;

    case JM_REPORT_ITEM_MAP:
      draw_map_item (item, cr);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_legend (JmReport *self,
             cairo_t  *cr,
             double    x,
             double    y)
{
  const JmPalette *palette = jm_palette_get (FALSE);
  double cy = y + 5.0;

  for (guint i = 0; i < G_N_ELEMENTS (self->legend); i++)
    {
      if (i < 3)
        jm_painter_draw_rating_mark (cr, palette, i, x + 4.0, cy, 8.0);
      else if (i == 4)
        {
          JmRect star = { x - 1.0, cy - 5.5, 11.0, 11.0 };

          jm_painter_draw_star (cr, palette, &star);
        }
      else
        {
          cairo_move_to (cr, x - 2.0, cy + 3.0);
          cairo_curve_to (cr, x + 4.0, cy + 3.0, x + 4.0, cy - 3.0, x + 10.0, cy - 3.0);
          cairo_set_line_width (cr, 1.5);
          jm_color_set_source (cr, &palette->text_secondary);
          cairo_stroke (cr);
        }
      show_text (cr, self->legend[i], x + 12.0, y, &palette->text_secondary);
      x += 12.0 + text_width (self->legend[i]) + 14.0;
    }
}

/* The grid of tiles in @index, cells of @cell points, this one filled;
 * its lines in one path, which a PDF page of hundreds of cells writes
 * as one stroke. */
static void
draw_tile_index (const JmReportPage *page,
                 const JmRect       *index,
                 double              cell,
                 cairo_t            *cr)
{
  cairo_rectangle (cr, index->x + page->column * cell + 0.5, index->y + page->row * cell + 0.5,
                   cell - 1.0, cell - 1.0);
  jm_color_set_source (cr, &jm_palette_get (FALSE)->accent);
  cairo_fill (cr);

  for (guint row = 0; row < page->n_rows; row++)
    for (guint column = 0; column < page->n_columns; column++)
      cairo_rectangle (cr, index->x + column * cell + 0.5, index->y + row * cell + 0.5,
                       cell - 1.0, cell - 1.0);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, MIN (0.5, cell / 8.0));
  cairo_stroke (cr);
}

static void
draw_tile_marks (const JmReportPage *page,
                 cairo_t            *cr)
{
  const JmRect *cut = &page->cut;
  double xs[2] = { cut->x, cut->x + cut->width };
  double ys[2] = { cut->y, cut->y + cut->height };

  /* Crop marks beside the map piece, in line with the edges of the
   * tile's own part, and a dashed line where it overlaps its neighbours. */
  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);
  for (guint i = 0; i < 2; i++)
    {
      double left = page->image.x, right = page->image.x + page->image.width;
      double top = page->image.y, bottom = page->image.y + page->image.height;

      cairo_move_to (cr, left - 2.0, ys[i]);
      cairo_line_to (cr, left - CROP_MARK, ys[i]);
      cairo_move_to (cr, right + 2.0, ys[i]);
      cairo_line_to (cr, right + CROP_MARK, ys[i]);
      cairo_move_to (cr, xs[i], top - 2.0);
      cairo_line_to (cr, xs[i], top - CROP_MARK);
      cairo_move_to (cr, xs[i], bottom + 2.0);
      cairo_line_to (cr, xs[i], bottom + CROP_MARK);
    }
  cairo_stroke (cr);

  {
    static const double dash[] = { 4.0, 3.0 };

    cairo_save (cr);
    cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
    cairo_set_source_rgba (cr, 0.0, 0.0, 0.0, 0.45);
    cairo_rectangle (cr, cut->x, cut->y, cut->width, cut->height);
    cairo_stroke (cr);
    cairo_restore (cr);
  }
}

static void
draw_frame (JmReport           *self,
            const JmReportPage *page,
            guint               page_number,
            cairo_t            *cr)
{
  const char *title = jm_document_get_title (self->document);
  double right = page->width - JM_REPORT_MARGIN;
  JmRect index;
  double cell;
  gboolean has_index = jm_report_get_tile_index (self, page_number, &index, &cell);
  double index_width = has_index ? index.width + 8.0 : 0.0;
  g_autoptr(PangoLayout) title_text = NULL;
  g_autoptr(PangoLayout) heading = NULL;
  g_autoptr(PangoLayout) meta = NULL;
  g_autoptr(PangoLayout) number = NULL;
  g_autofree char *number_string = NULL;
  double footer_y = page->height - JM_REPORT_MARGIN - JM_REPORT_FOOTER + 8.0;

  meta = jm_report_make_text (self, self->meta, JM_REPORT_TEXT_FOOTER, FALSE, -1);
  title_text = jm_report_make_text (self, title != NULL && *title != '\0' ? title : _("Untitled map"),
                                    11.0, TRUE,
                                    page->width - 2 * JM_REPORT_MARGIN - text_width (meta)
                                    - index_width - 16.0);
  pango_layout_set_ellipsize (title_text, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (title_text, -1);
  heading = jm_report_make_text (self, page->heading, JM_REPORT_TEXT_BODY, FALSE, -1);

  show_text (cr, title_text, JM_REPORT_MARGIN, JM_REPORT_MARGIN, text_color ());
  show_text (cr, heading, JM_REPORT_MARGIN, JM_REPORT_MARGIN + 15.0, secondary_color ());
  show_text (cr, meta, right - index_width - text_width (meta), JM_REPORT_MARGIN + 2.0,
             secondary_color ());

  cairo_set_line_width (cr, 0.6);
  jm_color_set_source (cr, &jm_palette_get (FALSE)->grid);
  cairo_move_to (cr, JM_REPORT_MARGIN, JM_REPORT_MARGIN + JM_REPORT_HEADER - 6.0);
  cairo_line_to (cr, right, JM_REPORT_MARGIN + JM_REPORT_HEADER - 6.0);
  cairo_move_to (cr, JM_REPORT_MARGIN, footer_y - 6.0);
  cairo_line_to (cr, right, footer_y - 6.0);
  cairo_stroke (cr);

  draw_legend (self, cr, JM_REPORT_MARGIN, footer_y);

  /* Translators: the page number in a report's footer */
  number_string = g_strdup_printf (_("Page %u of %u"), page_number + 1, self->pages->len);
  number = jm_report_make_text (self, number_string, JM_REPORT_TEXT_FOOTER, FALSE, -1);
  show_text (cr, number, right - text_width (number), footer_y, secondary_color ());

  if (page->tile)
    draw_tile_marks (page, cr);
  if (has_index)
    draw_tile_index (page, &index, cell, cr);
}

void
jm_report_draw_page (JmReport *self,
                     guint     page,
                     cairo_t  *cr)
{
  JmReportPage *p;

  g_return_if_fail (JM_IS_REPORT (self));
  g_return_if_fail (page < self->pages->len);
  g_return_if_fail (cr != NULL);

  p = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_rectangle (cr, 0, 0, p->width, p->height);
  cairo_fill (cr);

  for (guint i = 0; i < p->items->len; i++)
    draw_item (g_ptr_array_index (p->items, i), cr);
  draw_frame (self, p, page, cr);
  cairo_restore (cr);
}
