/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Template texts are plain text with placeholders:
 *
 *   {date}                      a value, filled in by the renderer
 *   {?location}…{/location}     shown only when location has a value
 *   {?parent_name}…{:}…{/parent_name}   with a part shown when it has none
 *   {{ and }}                   a brace itself
 *
 * A skipped section that fills a line on its own takes its line break with
 * it, so "{?location}Waar: {location}{/location}" leaves no blank line. */

#define OK_TEMPLATE_ERROR (ok_template_error_quark ())

typedef enum {
  OK_TEMPLATE_ERROR_INVALID_UTF8,
  OK_TEMPLATE_ERROR_TOO_LONG,
  OK_TEMPLATE_ERROR_UNCLOSED_BRACE,      /* "{" without its "}" */
  OK_TEMPLATE_ERROR_UNOPENED_BRACE,      /* "}" without its "{" */
  OK_TEMPLATE_ERROR_BAD_NAME,            /* "{}", "{two words}" */
  OK_TEMPLATE_ERROR_UNKNOWN_PLACEHOLDER,
  OK_TEMPLATE_ERROR_MISSING_PLACEHOLDER, /* in the Dutch text, not in this one */
  OK_TEMPLATE_ERROR_UNCLOSED_SECTION,    /* {?x} without {/x} */
  OK_TEMPLATE_ERROR_MISMATCHED_SECTION,  /* {/x} or {:} out of place */
  OK_TEMPLATE_ERROR_MISSING_VALUE,       /* rendering: nothing to fill in */
  OK_TEMPLATE_ERROR_NOT_FOUND,           /* no such template or language */
  OK_TEMPLATE_ERROR_INVALID_FILE,        /* a language file that cannot be used */
} OkTemplateError;

typedef enum {
  OK_TEMPLATE_RENDER_DEFAULT = 0,
  /* Leave a placeholder without a value as it is, for previews. */
  OK_TEMPLATE_RENDER_KEEP_MISSING = 1 << 0,
  /* Wrap every value in Unicode isolates, for right-to-left languages. */
  OK_TEMPLATE_RENDER_RTL = 1 << 1,
} OkTemplateRenderFlags;

/* Where a problem is, in characters (not bytes) from the start of the
 * text, as a GtkTextBuffer counts; end is past the last character. */
typedef struct {
  guint start;
  guint end;
} OkTemplateSpan;

/* Limits in bytes: beyond them a text or value is refused, not cut. */
#define OK_TEMPLATE_MAX_TEXT  20000
#define OK_TEMPLATE_MAX_VALUE 2000

/* What a message is about, filled in by the caller; every field may be
 * NULL. Strings are borrowed for the duration of the call. */
typedef struct {
  const char *activity_title;
  const char *theme;                /* slug from the theme catalogue */
  GDateTime  *starts_at;
  GDateTime  *ends_at;
  const char *location;
  const char *interpreter;          /* code of the language interpreted */
  const char *parent_name;
  const char *child_name;
  const char *sender_name;
  const char *contact_parent_name;
  const char *contact_parent_phone;
  const char *school_name;
} OkTemplateContext;

GQuark               ok_template_error_quark          (void);

const char * const  *ok_template_list_ids             (void);
const char          *ok_template_get_name             (const char             *template_id);
const char * const  *ok_template_list_placeholders    (void);
const char          *ok_template_describe_placeholder (const char             *name);

gboolean             ok_template_check                (const char             *text,
                                                       const char             *reference,
                                                       OkTemplateSpan         *span,
                                                       GError                **error);
char                *ok_template_expand               (const char             *text,
                                                       GHashTable             *values,
                                                       OkTemplateRenderFlags   flags,
                                                       GError                **error);

G_END_DECLS
