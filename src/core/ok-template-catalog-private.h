/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The catalogue's insides, shared by ok-template-catalog*.c: the object
 * and its lookups, the language files, checking and rendering. */

#include "ok-template-catalog.h"

G_BEGIN_DECLS

/* The language every template is written in first: its placeholders are
 * the contract every translation keeps. */
#define REFERENCE_LANGUAGE "nl"

struct _OkTemplateCatalog
{
  GObject parent_instance;

  GHashTable *languages;        /* code → OkLanguage */
  GHashTable *builtin_languages; /* code → OkLanguage */
  GListStore *language_model;
  GHashTable *builtin_texts;    /* "id\nlanguage" → OkTemplateText */
  GHashTable *custom_texts;     /* "id\nlanguage" → OkTemplateText */
  GHashTable *builtin_themes;   /* "slug\nlanguage" → name */
  GHashTable *custom_themes;    /* "slug\nlanguage" → name */
};

gboolean _ok_template_catalog_check_reference (OkTemplateCatalog  *self,
                                               OkTemplateText     *text,
                                               OkTemplateField    *field,
                                               OkTemplateSpan     *span,
                                               GError            **error);
gboolean _ok_template_catalog_read_document   (OkTemplateCatalog  *self,
                                               GBytes             *data,
                                               gboolean            custom,
                                               OkLanguage        **language_out,
                                               GPtrArray          *texts,
                                               GHashTable         *themes,
                                               GError            **error);

G_END_DECLS
