/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ok-template-catalog.h"

G_BEGIN_DECLS

/* One printed letter: the Dutch text beside the family's home language.
 * With no home language (or Dutch), the Dutch text fills the page. */
typedef struct {
  const char *recipient;       /* above the letter, e.g. the family name */
  const char *dutch_subject;
  const char *dutch_body;
  const char *language;        /* code of the home language, or NULL */
  const char *language_name;   /* the language's own name, as a heading */
  gboolean    rtl;
  const char *subject;         /* in the home language */
  const char *body;
} OkLetterPage;

#define OK_TYPE_LETTERS (ok_letters_get_type ())
G_DECLARE_FINAL_TYPE (OkLetters, ok_letters, OK, LETTERS, GObject)

/* Bilingual letters, one A4 page per family, drawn with Pango on cairo:
 * to a PDF file, or page by page into a GtkPrintOperation's context. */

OkLetters *ok_letters_new            (void);
void       ok_letters_add_page       (OkLetters                *self,
                                      const OkLetterPage       *page);
gboolean   ok_letters_add_rendered   (OkLetters                *self,
                                      OkTemplateCatalog        *catalog,
                                      const char               *template_id,
                                      const char               *language,
                                      const OkTemplateContext  *context,
                                      const char               *recipient,
                                      GError                  **error);
guint      ok_letters_get_n_pages    (OkLetters                *self);
void       ok_letters_draw_page      (OkLetters                *self,
                                      guint                     page,
                                      cairo_t                  *cr,
                                      double                    width,
                                      double                    height);
gboolean   ok_letters_write_pdf      (OkLetters                *self,
                                      const char               *path,
                                      GError                  **error);

G_END_DECLS
