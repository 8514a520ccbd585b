/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printed letters for families who prefer paper: the Dutch text and the
 * home language side by side on one A4 page, so that a parent and a
 * teacher can point at the same sentence. Pango lays out every script
 * (Arabic joined and right to left, Ethiopic, Cyrillic) with the Noto
 * fonts, and cairo embeds the glyphs in the PDF. */
#define G_LOG_DOMAIN "ok-letters"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ok-letters.h"

#define A4_WIDTH 595.276       /* points */
#define A4_HEIGHT 841.890
#define MARGIN 56.0            /* 2 cm */
#define GUTTER 28.0
#define BODY_SIZE 11.0
#define SMALLEST_SIZE 7.0
/* Pango picks the script's own Noto font for what Noto Sans lacks. */
#define FONT_FAMILY "Noto Sans, Noto Sans Arabic, Noto Naskh Arabic, Noto Sans Ethiopic, DejaVu Sans"

typedef struct {
  char *recipient;
  char *dutch_subject;
  char *dutch_body;
  char *language;
  char *language_name;
  gboolean rtl;
  char *subject;
  char *body;
} Page;

struct _OkLetters
{
  GObject parent_instance;

  GPtrArray *pages;
};

G_DEFINE_FINAL_TYPE (OkLetters, ok_letters, G_TYPE_OBJECT)

static void
page_free (Page *page)
{
  g_free (page->recipient);
  g_free (page->dutch_subject);
  g_free (page->dutch_body);
  g_free (page->language);
  g_free (page->language_name);
  g_free (page->subject);
  g_free (page->body);
  g_free (page);
}

static void
ok_letters_finalize (GObject *object)
{
  OkLetters *self = OK_LETTERS (object);

  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (ok_letters_parent_class)->finalize (object);
}

static void
ok_letters_class_init (OkLettersClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_letters_finalize;
}

static void
ok_letters_init (OkLetters *self)
{
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) page_free);
}

OkLetters *
ok_letters_new (void)
{
  return g_object_new (OK_TYPE_LETTERS, NULL);
}

void
ok_letters_add_page (OkLetters          *self,
                     const OkLetterPage *page)
{
  Page *copy;

  g_return_if_fail (OK_IS_LETTERS (self));
  g_return_if_fail (page != NULL);

  copy = g_new0 (Page, 1);
  copy->recipient = g_strdup (page->recipient);
  copy->dutch_subject = g_strdup (page->dutch_subject);
  copy->dutch_body = g_strdup (page->dutch_body);
  /* A Dutch family gets the Dutch text alone. */
  if (page->language != NULL && g_strcmp0 (page->language, "nl") != 0)
    {
      copy->language = g_strdup (page->language);
      copy->language_name = g_strdup (page->language_name);
      copy->rtl = page->rtl;
      copy->subject = g_strdup (page->subject);
      copy->body = g_strdup (page->body);
    }
  g_ptr_array_add (self->pages, copy);
}

/**
 * ok_letters_add_rendered:
 * @self: letters
 * @catalog: the templates
 * @template_id: the template
 * @language: the family's home language
 * @context: what to fill in, the same for both languages
 * @recipient: (nullable): the family's name, above the letter
 * @error: a template that cannot be filled in
 *
 * Adds a page with @template_id written in Dutch and in @language.
 */
gboolean
ok_letters_add_rendered (OkLetters                *self,
                         OkTemplateCatalog        *catalog,
                         const char               *template_id,
                         const char               *language,
                         const OkTemplateContext  *context,
                         const char               *recipient,
                         GError                  **error)
{
  g_autofree char *dutch_subject = NULL;
  g_autofree char *dutch_body = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  OkLanguage *home = NULL;
  OkLetterPage page = { 0, };

  g_return_val_if_fail (OK_IS_LETTERS (self), FALSE);
  g_return_val_if_fail (OK_IS_TEMPLATE_CATALOG (catalog), FALSE);

  if (!ok_template_catalog_render (catalog, template_id, "nl", context, OK_TEMPLATE_RENDER_DEFAULT,
                                   &dutch_subject, &dutch_body, error))
    return FALSE;
  if (language != NULL && g_strcmp0 (language, "nl") != 0)
    {
      if (!ok_template_catalog_render (catalog, template_id, language, context, OK_TEMPLATE_RENDER_DEFAULT,
                                       &subject, &body, error))
        return FALSE;
      home = ok_template_catalog_lookup_language (catalog, language);
    }

  page.recipient = recipient;
  page.dutch_subject = dutch_subject;
  page.dutch_body = dutch_body;
  if (home != NULL)
    {
      page.language = language;
      page.language_name = ok_language_get_name (home);
      page.rtl = ok_language_is_rtl (home);
      page.subject = subject;
      page.body = body;
    }
  ok_letters_add_page (self, &page);
  return TRUE;
}

guint
ok_letters_get_n_pages (OkLetters *self)
{
  g_return_val_if_fail (OK_IS_LETTERS (self), 0);

  return self->pages->len;
}

/* Drawing */

typedef struct {
  const char *language;
  const char *heading;
  gboolean rtl;
  const char *subject;
  const char *body;
} Column;

static PangoLayout *
new_layout (PangoContext *context,
            const char   *text,
            double        size,
            gboolean      bold,
            double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/* A context per column: its language picks the right glyph forms. The
 * direction comes from each paragraph's first strong character; a
 * right-to-left message starts every line that opens with a name or a
 * number with a RIGHT-TO-LEFT MARK for this (see ok-template.c). */
static PangoContext *
column_context (cairo_t      *cr,
                const Column *column)
{
  PangoContext *context = pango_cairo_create_context (cr);

  /* Sizes are in points on any surface, PDF or printer. */
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_language (context, pango_language_from_string (column->language));
  return context;
}

/* Draws one column at (x, y) and returns its height; with cr NULL only
 * measures. */
static double
draw_column (cairo_t      *cr,
             cairo_t      *measure,
             const Column *column,
             double        x,
             double        y,
             double        width,
             double        size)
{
  /* Pango 1.50 defines no g_autoptr cleanup for its context and layout. */
  PangoContext *context = column_context (cr != NULL ? cr : measure, column);
  PangoLayout *parts[] = {
    new_layout (context, column->heading, size * 0.8, FALSE, width),
    new_layout (context, column->subject, size * 1.15, TRUE, width),
    new_layout (context, column->body, size, FALSE, width),
  };
  double spacing[] = { size * 0.4, size, 0 };
  double top = y;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      int height;

      pango_layout_set_auto_dir (parts[i], TRUE);
      /* With auto-dir, "left" means the start of each paragraph's own
       * direction: the right margin for an Arabic one. */
      pango_layout_set_alignment (parts[i], PANGO_ALIGN_LEFT);
      pango_layout_get_size (parts[i], NULL, &height);
      if (cr != NULL)
        {
          double grey = i == 0 ? 0.35 : 0.0;

          cairo_save (cr);
          cairo_set_source_rgb (cr, grey, grey, grey);
          cairo_move_to (cr, x, y);
          pango_cairo_show_layout (cr, parts[i]);
          cairo_restore (cr);
        }
      y += (double) height / PANGO_SCALE + spacing[i];
      g_object_unref (parts[i]);
    }
  g_object_unref (context);
  return y - top;
}

/**
 * ok_letters_draw_page:
 * @self: letters
 * @page: which page, from 0
 * @cr: where to draw; (0, 0) is the top left corner of the paper
 * @width: the paper's width in points
 * @height: the paper's height in points
 *
 * Draws one letter, shrinking the type when a long text would not fit.
 */
void
ok_letters_draw_page (OkLetters *self,
                      guint      page,
                      cairo_t   *cr,
                      double     width,
                      double     height)
{
  const Page *letter;
  Column columns[2];
  guint n_columns = 1;
  double top = MARGIN, column_width, size;

  g_return_if_fail (OK_IS_LETTERS (self));
  g_return_if_fail (page < self->pages->len);
  g_return_if_fail (cr != NULL);

  letter = g_ptr_array_index (self->pages, page);
  columns[0] = (Column) { "nl", "Nederlands", FALSE, letter->dutch_subject, letter->dutch_body };
  if (letter->language != NULL)
    {
      columns[1] = (Column) { letter->language, letter->language_name, letter->rtl,
                              letter->subject, letter->body };
      n_columns = 2;
    }

  if (letter->recipient != NULL)
    {
      Column header = { "nl", NULL, FALSE, NULL, NULL };
      PangoContext *context = column_context (cr, &header);
      PangoLayout *layout = new_layout (context, letter->recipient, BODY_SIZE, TRUE, width - 2 * MARGIN);
      int layout_height;

      cairo_move_to (cr, MARGIN, top);
      pango_cairo_show_layout (cr, layout);
      pango_layout_get_size (layout, NULL, &layout_height);
      top += (double) layout_height / PANGO_SCALE + BODY_SIZE * 1.5;
      g_object_unref (layout);
      g_object_unref (context);
    }

  column_width = (width - 2 * MARGIN - (n_columns - 1) * GUTTER) / n_columns;
  for (size = BODY_SIZE; size > SMALLEST_SIZE; size -= 0.5)
    {
      gboolean fits = TRUE;

      for (guint i = 0; i < n_columns; i++)
        fits = fits && top + draw_column (NULL, cr, &columns[i], 0, 0, column_width, size) <= height - MARGIN;
      if (fits)
        break;
    }

  for (guint i = 0; i < n_columns; i++)
    draw_column (cr, NULL, &columns[i], MARGIN + i * (column_width + GUTTER), top, column_width, size);

  if (n_columns == 2)
    {
      double x = MARGIN + column_width + GUTTER / 2;

      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, x, top);
      cairo_line_to (cr, x, height - MARGIN);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

typedef struct {
  GOutputStream *stream;
  GError *error;
} Writer;

static cairo_status_t
write_to_stream (void                *user_data,
                 const unsigned char *data,
                 unsigned int         length)
{
  Writer *writer = user_data;

  if (writer->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (writer->stream, data, length, NULL, NULL, &writer->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

/**
 * ok_letters_write_pdf:
 * @self: letters
 * @path: the PDF file to write; replaced only once it is complete
 * @error: when the file cannot be written
 */
gboolean
ok_letters_write_pdf (OkLetters   *self,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  Writer writer = { NULL, NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  g_return_val_if_fail (OK_IS_LETTERS (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->pages->len == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("There are no letters to write"));
      return FALSE;
    }

  /* Through GIO rather than cairo's own file output, for a precise error
   * ("No such file or directory") and no half-written file on failure. */
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    {
      g_prefix_error (error, _("Could not write the letters to “%s”: "), path);
      return FALSE;
    }
  writer.stream = G_OUTPUT_STREAM (stream);

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &writer, A4_WIDTH, A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Ouderkamer");
  cr = cairo_create (surface);
  for (guint i = 0; i < self->pages->len; i++)
    {
      ok_letters_draw_page (self, i, cr, A4_WIDTH, A4_HEIGHT);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (writer.error != NULL || status != CAIRO_STATUS_SUCCESS)
    {
      /* Leaves the old file, if any, as it was. */
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      if (writer.error != NULL)
        g_propagate_prefixed_error (error, writer.error, _("Could not write the letters to “%s”: "), path);
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the letters to “%s”: %s"),
                     path, cairo_status_to_string (status));
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error))
    {
      g_prefix_error (error, _("Could not write the letters to “%s”: "), path);
      return FALSE;
    }
  return TRUE;
}
