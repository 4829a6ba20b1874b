/* jm-export.c
 *
 * Copyright 2026 The Journey Maps authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exports paint the same JmLayout as the canvas, always in the light
 * palette, on a PDF, SVG or image surface. The bytes go to a temporary
 * file beside the target, which is renamed over it only once everything
 * was written: a failed export never destroys an earlier one.
 */

#define G_LOG_DOMAIN "jm-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "jm-export.h"
#include "jm-layout.h"
#include "jm-painter.h"
#include "jm-report.h"

/* Paper around the map in PDF and SVG, in points */
#define EXPORT_MARGIN 16.0
/* cairo's limit for image surfaces, and a sane memory bound (1 GiB) */
#define MAX_IMAGE_SIZE 32767.0
#define MAX_IMAGE_PIXELS (256.0 * 1024 * 1024)

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

G_DEFINE_QUARK (jm-export-error-quark, jm_export_error)

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += written;
      length -= written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
set_failed (GError     **error,
            const char  *path,
            const char  *reason)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, JM_EXPORT_ERROR, JM_EXPORT_ERROR_FAILED,
               _("Could not export to “%s”: %s"), display, reason);
  return FALSE;
}

static gboolean
check_status (cairo_status_t   status,
              const Sink      *sink,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  if (status == CAIRO_STATUS_WRITE_ERROR && sink->saved_errno != 0)
    return set_failed (error, path, g_strerror (sink->saved_errno));

  return set_failed (error, path, cairo_status_to_string (status));
}

static void
paint_page (JmLayout *layout,
            cairo_t  *cr,
            double    margin)
{
  JmPaintOptions options = { .dark = FALSE };

  cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
  cairo_paint (cr);
  cairo_translate (cr, margin, margin);
  jm_painter_paint (layout, cr, &options);
}

static void
set_pdf_date (cairo_surface_t     *surface,
              cairo_pdf_metadata_t metadata,
              GDateTime           *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;

  text = g_date_time_format (date, "%Y-%m-%dT%H:%M:%S%:z");
  if (text != NULL)
    cairo_pdf_surface_set_metadata (surface, metadata, text);
}

static void
set_pdf_metadata (cairo_surface_t *surface,
                  JmDocument      *document)
{
  const char *title = jm_document_get_title (document);
  const char *owner = jm_document_get_owner (document);
  const char *description = jm_document_get_description (document);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDateTime *created = jm_document_get_created (document);

  if (title != NULL && *title != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (owner != NULL && *owner != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, owner);
  if (description != NULL && *description != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, description);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Journey Maps " PACKAGE_VERSION);
  set_pdf_date (surface, CAIRO_PDF_METADATA_CREATE_DATE, created != NULL ? created : now);
  set_pdf_date (surface, CAIRO_PDF_METADATA_MOD_DATE, jm_document_get_modified (document));
}

static cairo_status_t
write_vector (JmLayout       *layout,
              JmDocument     *document,
              JmExportFormat  format,
              Sink           *sink)
{
  double width = jm_layout_get_width (layout) + 2 * EXPORT_MARGIN;
  double height = jm_layout_get_height (layout) + 2 * EXPORT_MARGIN;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == JM_EXPORT_FORMAT_PDF)
    {
      surface = cairo_pdf_surface_create_for_stream (write_to_sink, sink, width, height);
      set_pdf_metadata (surface, document);
    }
  else
    {
      surface = cairo_svg_surface_create_for_stream (write_to_sink, sink, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }

  cr = cairo_create (surface);
  paint_page (layout, cr, EXPORT_MARGIN);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static cairo_status_t
write_png (JmLayout *layout,
           double    scale,
           Sink     *sink)
{
  int width = (int) ceil (jm_layout_get_width (layout) * scale);
  int height = (int) ceil (jm_layout_get_height (layout) * scale);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  paint_page (layout, cr, 0.0);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_to_sink, sink);
  cairo_surface_destroy (surface);

  return status;
}

/* The report: every page at its own size, one outline entry per page. */
static cairo_status_t
write_report (JmDocument            *document,
              const JmExportOptions *options,
              Sink                  *sink)
{
  g_autoptr(JmReport) report = jm_report_new (document, options, 0.0, 0.0);
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  cairo_surface_t *surface;
  double width, height;
  cairo_t *cr;

  jm_report_get_page_size (report, 0, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (write_to_sink, sink, width, height);
  set_pdf_metadata (surface, document);
  cr = cairo_create (surface);

  for (guint i = 0; i < jm_report_get_n_pages (report) && status == CAIRO_STATUS_SUCCESS; i++)
    {
      g_autofree char *link = g_strdup_printf ("page=%u", i + 1);

      jm_report_get_page_size (report, i, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                     jm_report_get_page_title (report, i), link, 0);
      jm_report_draw_page (report, i, cr);
      cairo_show_page (cr);
      status = cairo_status (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  return status;
}

static gboolean
fits_in_image (JmLayout *layout,
               double    scale)
{
  double width = ceil (jm_layout_get_width (layout) * scale);
  double height = ceil (jm_layout_get_height (layout) * scale);

  return width <= MAX_IMAGE_SIZE && height <= MAX_IMAGE_SIZE && width * height <= MAX_IMAGE_PIXELS;
}

static char *
create_temp_file (const char  *path,
                  int         *fd,
                  GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *template = g_build_filename (dir, name, NULL);
  GStatBuf existing;

  *fd = g_mkstemp_full (template, O_WRONLY, 0666);
  if (*fd < 0)
    {
      int saved_errno = errno;

      set_failed (error, path, g_strerror (saved_errno));
      return NULL;
    }

  /* Keep the permissions of the file we replace. */
  if (g_stat (path, &existing) == 0)
    fchmod (*fd, existing.st_mode & 07777);

  return g_steal_pointer (&template);
}

JmExportFormat
jm_export_format_from_filename (const char *filename)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, JM_EXPORT_FORMAT_UNKNOWN);

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return JM_EXPORT_FORMAT_UNKNOWN;

  if (g_ascii_strcasecmp (dot, ".pdf") == 0)
    return JM_EXPORT_FORMAT_PDF;
  if (g_ascii_strcasecmp (dot, ".svg") == 0)
    return JM_EXPORT_FORMAT_SVG;
  if (g_ascii_strcasecmp (dot, ".png") == 0)
    return JM_EXPORT_FORMAT_PNG;

  return JM_EXPORT_FORMAT_UNKNOWN;
}

/* @options: NULL for the map alone on one page (PDF) */
static gboolean
export_to_file (JmDocument             *document,
                const char             *path,
                JmExportFormat          format,
                double                  scale,
                const JmExportOptions  *options,
                GError                **error)
{
  g_autoptr(JmLayout) layout = NULL;
  g_autofree char *temp_path = NULL;
  Sink sink = { -1, 0 };
  cairo_status_t status;

  if (format == JM_EXPORT_FORMAT_UNKNOWN)
    format = jm_export_format_from_filename (path);

  if (format != JM_EXPORT_FORMAT_PDF && format != JM_EXPORT_FORMAT_SVG &&
      format != JM_EXPORT_FORMAT_PNG)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, JM_EXPORT_ERROR, JM_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Cannot export to “%s”: unknown file type (use .pdf, .svg or .png)"),
                   display);
      return FALSE;
    }

  g_return_val_if_fail (format != JM_EXPORT_FORMAT_PNG || scale > 0.0, FALSE);

  layout = jm_layout_new (document);

  if (format == JM_EXPORT_FORMAT_PNG && !fits_in_image (layout, scale))
    {
      g_autofree char *reason =
        g_strdup_printf (_("the map is too large for a PNG image at %.0f %%; "
                           "choose a smaller scale"), scale * 100.0);

      return set_failed (error, path, reason);
    }

  temp_path = create_temp_file (path, &sink.fd, error);
  if (temp_path == NULL)
    return FALSE;

  if (format == JM_EXPORT_FORMAT_PNG)
    status = write_png (layout, scale, &sink);
  else if (format == JM_EXPORT_FORMAT_PDF && options != NULL)
    status = write_report (document, options, &sink);
  else
    status = write_vector (layout, document, format, &sink);

  if (close (sink.fd) != 0 && status == CAIRO_STATUS_SUCCESS)
    {
      sink.saved_errno = errno;
      status = CAIRO_STATUS_WRITE_ERROR;
    }

  if (!check_status (status, &sink, path, error))
    {
      g_unlink (temp_path);
      return FALSE;
    }

  if (g_rename (temp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (temp_path);
      return set_failed (error, path, g_strerror (saved_errno));
    }

  return TRUE;
}

gboolean
jm_export_to_file (JmDocument      *document,
                   const char      *path,
                   JmExportFormat   format,
                   double           scale,
                   GError         **error)
{
  g_return_val_if_fail (JM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return export_to_file (document, path, format, scale, NULL, error);
}

gboolean
jm_export_to_file_with_options (JmDocument             *document,
                                const char             *path,
                                const JmExportOptions  *options,
                                GError                **error)
{
  g_autoptr(JmDocument) filtered = NULL;

  g_return_val_if_fail (JM_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  filtered = jm_export_options_filter_document (options, document);

  return export_to_file (filtered, path, options->format, options->scale, options, error);
}
