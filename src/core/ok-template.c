/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The placeholder language of parent-facing templates: checking a text as a
 * coordinator types it, and filling it in. No database and no files here:
 * the catalogue supplies texts and values. */
#define G_LOG_DOMAIN "ok-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-template.h"

#define MAX_NAME 40
#define MAX_DEPTH 8

/* Unicode isolates: a value set in one keeps its own direction and does
 * not reorder the text around it, also after copying into WhatsApp. */
#define FSI "\xe2\x81\xa8"   /* U+2068 FIRST STRONG ISOLATE */
#define LRI "\xe2\x81\xa6"   /* U+2066 LEFT-TO-RIGHT ISOLATE */
#define PDI "\xe2\x81\xa9"   /* U+2069 POP DIRECTIONAL ISOLATE */
#define RLM "\xe2\x80\x8f"   /* U+200F RIGHT-TO-LEFT MARK */

G_DEFINE_QUARK (ok-template-error-quark, ok_template_error)

static const struct {
  const char *id;
  const char *name;
} templates[] = {
  { "theme-meeting-invitation", N_("Invitation to a theme meeting") },
  { "coffee-morning-invitation", N_("Invitation to the coffee mornings") },
  { "reminder", N_("Reminder") },
  { "thank-you", N_("Thank you") },
  { "we-missed-you", N_("We missed you") },
  { "welcome-new-family", N_("Welcome to a new family") },
  { "contact-parent-introduction", N_("Introduction of the contact parent") },
};

static const struct {
  const char *name;
  const char *description;
} placeholders[] = {
  { "activity_title", N_("Title of the activity, as written in Dutch") },
  { "theme", N_("Theme of the activity, in the language of the message") },
  { "weekday", N_("Day of the week of the activity") },
  { "date", N_("Date of the activity, with the day of the week") },
  { "time", N_("Start and end time of the activity") },
  { "start_time", N_("Start time of the activity") },
  { "end_time", N_("End time of the activity") },
  { "location", N_("Location of the activity") },
  { "interpreter", N_("Language of the interpreter, when one is booked") },
  { "parent_name", N_("Name of the parent") },
  { "child_name", N_("Name of the child") },
  { "sender_name", N_("Name of the sender") },
  { "contact_parent_name", N_("Name of the contact parent") },
  { "contact_parent_phone", N_("Phone number of the contact parent") },
  { "school_name", N_("Name of the school") },
};

const char * const *
ok_template_list_ids (void)
{
  static const char *ids[G_N_ELEMENTS (templates) + 1];

  if (ids[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
      ids[i] = templates[i].id;
  return ids;
}

const char *
ok_template_get_name (const char *template_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_strcmp0 (templates[i].id, template_id) == 0)
      return _(templates[i].name);
  return NULL;
}

const char * const *
ok_template_list_placeholders (void)
{
  static const char *names[G_N_ELEMENTS (placeholders) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
      names[i] = placeholders[i].name;
  return names;
}

const char *
ok_template_describe_placeholder (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    if (g_strcmp0 (placeholders[i].name, name) == 0)
      return _(placeholders[i].description);
  return NULL;
}

/* Parsing */

typedef enum {
  TOKEN_TEXT,
  TOKEN_VALUE,
  TOKEN_IF,
  TOKEN_ELSE,
  TOKEN_END,
} TokenKind;

typedef struct {
  TokenKind kind;
  gsize start;              /* bytes into the text: the literal, or the tag */
  gsize end;
  char name[MAX_NAME + 1];
} Token;

G_GNUC_PRINTF (7, 8)
static void
set_error_at (GError         **error,
              OkTemplateSpan  *span,
              const char      *text,
              gsize            start,
              gsize            end,
              int              code,
              const char      *format,
              ...)
{
  g_autofree char *message = NULL;
  guint line = 1, column = 1;
  va_list args;

  for (const char *p = text; p < text + start; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          line++;
          column = 1;
        }
      else
        column++;
    }

  if (span != NULL)
    {
      span->start = g_utf8_pointer_to_offset (text, text + start);
      span->end = g_utf8_pointer_to_offset (text, text + end);
    }

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, OK_TEMPLATE_ERROR, code, _("Line %u, column %u: %s"), line, column, message);
}

static gboolean
valid_name (const char *name,
            gsize       length)
{
  if (length == 0 || length > MAX_NAME || !g_ascii_islower (name[0]))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_islower (name[i]) && !g_ascii_isdigit (name[i]) && name[i] != '_')
      return FALSE;
  return TRUE;
}

static void
add_text (GArray *tokens,
          gsize   start,
          gsize   end)
{
  Token token = { TOKEN_TEXT, start, end, "" };

  if (end > start)
    g_array_append_val (tokens, token);
}

static gboolean
check_text_limits (const char      *text,
                   OkTemplateSpan  *span,
                   GError         **error)
{
  const char *bad = NULL;
  gsize length = strlen (text);

  if (!g_utf8_validate (text, length, &bad))
    {
      gsize at = bad - text;

      if (span != NULL)
        {
          /* The valid part is safe to count. */
          span->start = g_utf8_strlen (text, at);
          span->end = span->start + 1;
        }
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_INVALID_UTF8,
                   _("The text is not valid UTF-8 after %u characters"),
                   (guint) g_utf8_strlen (text, at));
      return FALSE;
    }
  if (length > OK_TEMPLATE_MAX_TEXT)
    {
      if (span != NULL)
        {
          span->start = 0;
          span->end = g_utf8_strlen (text, length);
        }
      g_set_error (error, OK_TEMPLATE_ERROR, OK_TEMPLATE_ERROR_TOO_LONG,
                   _("The text is too long (%zu bytes; at most %d)"),
                   length, OK_TEMPLATE_MAX_TEXT);
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_tag (const char      *text,
           gsize            open,
           gsize            close,
           Token           *token,
           OkTemplateSpan  *span,
           GError         **error)
{
  const char *inner = text + open + 1;
  gsize length = close - open - 1;

  token->start = open;
  token->end = close + 1;

  if (length == 1 && inner[0] == ':')
    {
      token->kind = TOKEN_ELSE;
      return TRUE;
    }

  if (length > 0 && (inner[0] == '?' || inner[0] == '/'))
    {
      token->kind = inner[0] == '?' ? TOKEN_IF : TOKEN_END;
      inner++;
      length--;
    }
  else
    token->kind = TOKEN_VALUE;

  if (!valid_name (inner, length))
    {
      g_autofree char *shown = g_strndup (text + open, close - open + 1);

      set_error_at (error, span, text, open, close + 1, OK_TEMPLATE_ERROR_BAD_NAME,
                    _("“%s” is not a placeholder: a name has only the letters a–z, "
                      "digits and _, as in {date}; write {{ for a brace itself"), shown);
      return FALSE;
    }
  memcpy (token->name, inner, length);
  token->name[length] = '\0';
  return TRUE;
}

typedef struct {
  guint index;              /* of the {?name} token: the array may move */
  gboolean has_else;
} Open;

/* Splits a text into literal runs and tags, checking that every brace and
 * section is closed. Only checks syntax, not which names are known. */
static gboolean
parse (const char      *text,
       GArray          *tokens,
       OkTemplateSpan  *span,
       GError         **error)
{
  Open stack[MAX_DEPTH];
  guint depth = 0;
  gsize literal = 0, i = 0;

  if (!check_text_limits (text, span, error))
    return FALSE;

  while (text[i] != '\0')
    {
      if (text[i] == '{' && text[i + 1] == '{')
        {
          add_text (tokens, literal, i + 1);
          i += 2;
          literal = i;
        }
      else if (text[i] == '}' && text[i + 1] == '}')
        {
          add_text (tokens, literal, i + 1);
          i += 2;
          literal = i;
        }
      else if (text[i] == '}')
        {
          set_error_at (error, span, text, i, i + 1, OK_TEMPLATE_ERROR_UNOPENED_BRACE,
                        _("“}” closes nothing; write }} for a brace itself"));
          return FALSE;
        }
      else if (text[i] == '{')
        {
          gsize close = i + 1;
          Token token = { 0, };

          /* A tag stays on one line, so a forgotten "}" is found where it
           * was forgotten, not at the next tag. */
          while (text[close] != '\0' && text[close] != '}' && text[close] != '{' && text[close] != '\n')
            close++;
          if (text[close] != '}')
            {
              set_error_at (error, span, text, i, i + 1, OK_TEMPLATE_ERROR_UNCLOSED_BRACE,
                            _("“{” is not closed with “}”; write {{ for a brace itself"));
              return FALSE;
            }
          if (!parse_tag (text, i, close, &token, span, error))
            return FALSE;

          add_text (tokens, literal, i);
          g_array_append_val (tokens, token);

          switch (token.kind)
            {
            case TOKEN_IF:
              if (depth == MAX_DEPTH)
                {
                  set_error_at (error, span, text, i, close + 1, OK_TEMPLATE_ERROR_MISMATCHED_SECTION,
                                _("Sections are nested more than %d deep"), MAX_DEPTH);
                  return FALSE;
                }
              stack[depth].index = tokens->len - 1;
              stack[depth].has_else = FALSE;
              depth++;
              break;

            case TOKEN_ELSE:
              if (depth == 0 || stack[depth - 1].has_else)
                {
                  set_error_at (error, span, text, i, close + 1, OK_TEMPLATE_ERROR_MISMATCHED_SECTION,
                                depth == 0
                                ? _("{:} is only allowed inside {?name}…{/name}")
                                : _("A section has only one {:}"));
                  return FALSE;
                }
              stack[depth - 1].has_else = TRUE;
              break;

            case TOKEN_END:
              {
                const Token *opened = depth > 0
                  ? &g_array_index (tokens, Token, stack[depth - 1].index)
                  : NULL;

                if (opened == NULL || strcmp (opened->name, token.name) != 0)
                  {
                    if (opened == NULL)
                      set_error_at (error, span, text, i, close + 1,
                                    OK_TEMPLATE_ERROR_MISMATCHED_SECTION,
                                    _("{/%s} closes a section that was not opened with {?%s}"),
                                    token.name, token.name);
                    else
                      set_error_at (error, span, text, i, close + 1,
                                    OK_TEMPLATE_ERROR_MISMATCHED_SECTION,
                                    _("{/%s} found where {/%s} was expected"),
                                    token.name, opened->name);
                    return FALSE;
                  }
                depth--;
              }
              break;

            case TOKEN_TEXT:
            case TOKEN_VALUE:
            default:
              break;
            }

          i = close + 1;
          literal = i;
        }
      else
        i++;
    }
  add_text (tokens, literal, i);

  if (depth > 0)
    {
      const Token *opened = &g_array_index (tokens, Token, stack[depth - 1].index);

      set_error_at (error, span, text, opened->start, opened->end, OK_TEMPLATE_ERROR_UNCLOSED_SECTION,
                    _("{?%s} is not closed with {/%s}"), opened->name, opened->name);
      return FALSE;
    }
  return TRUE;
}

/* Checking */

static gboolean
is_known (const char *name)
{
  return g_strv_contains (ok_template_list_placeholders (), name);
}

static guint
edit_distance (const char *a,
               const char *b)
{
  guint la = strlen (a), lb = strlen (b);
  g_autofree guint *row = g_new (guint, lb + 1);

  for (guint j = 0; j <= lb; j++)
    row[j] = j;
  for (guint i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (guint j = 1; j <= lb; j++)
        {
          guint above = row[j];
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }
  return row[lb];
}

/* A suggestion for a misspelt name: one at most two edits away ("datum"
 * for "date"), or else one that contains what was typed ("name" for
 * "parent_name"). */
static const char *
closest_name (const char *name)
{
  const char * const *known = ok_template_list_placeholders ();
  const char *best = NULL;
  guint best_distance = 3;

  for (guint i = 0; known[i] != NULL; i++)
    {
      guint distance = edit_distance (name, known[i]);

      if (distance < best_distance || (strstr (known[i], name) != NULL && best == NULL))
        {
          best = known[i];
          best_distance = MIN (distance, best_distance);
        }
    }
  return best;
}

static gboolean
uses (GArray     *tokens,
      TokenKind   kind,
      const char *name)
{
  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);

      if (token->kind == kind && strcmp (token->name, name) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * ok_template_check:
 * @text: a template text, as typed
 * @reference: (nullable): the Dutch text it translates
 * @span: (out) (optional): where the first problem is
 * @error: the first problem, with its line and column in the message
 *
 * Checks the syntax of @text, that it names only known placeholders, and
 * that it uses every placeholder and section of @reference. Cheap enough
 * to run on every key press.
 */
gboolean
ok_template_check (const char      *text,
                   const char      *reference,
                   OkTemplateSpan  *span,
                   GError         **error)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  g_autoptr(GArray) wanted = NULL;
  g_autoptr(GError) reference_error = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  if (!parse (text, tokens, span, error))
    return FALSE;

  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      const char *suggestion;

      if (token->kind == TOKEN_TEXT || token->kind == TOKEN_ELSE || is_known (token->name))
        continue;
      suggestion = closest_name (token->name);
      if (suggestion != NULL)
        set_error_at (error, span, text, token->start, token->end,
                      OK_TEMPLATE_ERROR_UNKNOWN_PLACEHOLDER,
                      _("{%s} is not a known placeholder; did you mean {%s}?"),
                      token->name, suggestion);
      else
        set_error_at (error, span, text, token->start, token->end,
                      OK_TEMPLATE_ERROR_UNKNOWN_PLACEHOLDER,
                      _("{%s} is not a known placeholder"), token->name);
      return FALSE;
    }

  if (reference == NULL)
    return TRUE;

  wanted = g_array_new (FALSE, FALSE, sizeof (Token));
  if (!parse (reference, wanted, NULL, &reference_error))
    {
      g_set_error (error, OK_TEMPLATE_ERROR, reference_error->code,
                   _("The Dutch text itself has an error: %s"), reference_error->message);
      return FALSE;
    }

  for (guint i = 0; i < wanted->len; i++)
    {
      const Token *token = &g_array_index (wanted, Token, i);
      gsize end = strlen (text);

      if ((token->kind != TOKEN_VALUE && token->kind != TOKEN_IF) || uses (tokens, token->kind, token->name))
        continue;
      if (token->kind == TOKEN_VALUE)
        set_error_at (error, span, text, end, end, OK_TEMPLATE_ERROR_MISSING_PLACEHOLDER,
                      _("{%s} is missing: the Dutch text uses it, so this text must too"),
                      token->name);
      else
        set_error_at (error, span, text, end, end, OK_TEMPLATE_ERROR_MISSING_PLACEHOLDER,
                      _("{?%s}…{/%s} is missing: the Dutch text shows a part only when "
                        "{%s} is known, so this text must too"),
                      token->name, token->name, token->name);
      return FALSE;
    }
  return TRUE;
}

/* Rendering */

static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
         || c == 0x200E || c == 0x200F || c == 0x061C;
}

/* A value is text from the database or a form: it must not carry its own
 * direction controls (a stray PDI would end our isolate early) nor line
 * breaks that would cut a labelled line in two. */
static char *
clean_value (const char *value)
{
  g_autoptr(GString) s = g_string_sized_new (strlen (value));

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_bidi_control (c))
        continue;
      if (g_unichar_iscntrl (c))
        c = ' ';
      g_string_append_unichar (s, c);
    }
  g_strstrip (s->str);
  s->len = strlen (s->str);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
has_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static gboolean
at_line_start (GString *out)
{
  return out->len == 0 || out->str[out->len - 1] == '\n';
}

/* In a right-to-left message every value goes into an isolate: with a
 * letter in it, the first strong letter decides its direction (a Latin
 * name, an Arabic date); without one (a time, a phone number) it is laid
 * out left to right, so "19:00–20:30" and "+31 6…" keep their order. A line
 * that starts with a value gets a right-to-left mark first, so that its
 * paragraph direction still comes out right to left. */
static void
append_value (GString    *out,
              const char *value,
              gboolean    rtl)
{
  if (!rtl)
    {
      g_string_append (out, value);
      return;
    }
  if (at_line_start (out))
    g_string_append (out, RLM);
  g_string_append (out, has_letter (value) ? FSI : LRI);
  g_string_append (out, value);
  g_string_append (out, PDI);
}

typedef struct {
  gboolean parent_active;
  gboolean condition;
  gboolean in_else;
  gboolean at_line_start;   /* the {?x} tag begins a line of the source */
  gsize out_len;            /* output length when the section opened */
} Frame;

/* Looks a value up and makes it safe to insert; NULL when there is none. */
static char *
lookup_value (GHashTable   *values,
              const char   *text,
              const Token  *token,
              GError      **error)
{
  const char *raw = values != NULL ? g_hash_table_lookup (values, token->name) : NULL;
  g_autofree char *clean = NULL;

  if (raw == NULL)
    return NULL;
  if (!g_utf8_validate (raw, -1, NULL))
    {
      set_error_at (error, NULL, text, token->start, token->end, OK_TEMPLATE_ERROR_INVALID_UTF8,
                    _("The value for {%s} is not valid UTF-8"), token->name);
      return NULL;
    }
  if (strlen (raw) > OK_TEMPLATE_MAX_VALUE)
    {
      set_error_at (error, NULL, text, token->start, token->end, OK_TEMPLATE_ERROR_TOO_LONG,
                    _("The value for {%s} is too long (%zu bytes; at most %d)"),
                    token->name, strlen (raw), OK_TEMPLATE_MAX_VALUE);
      return NULL;
    }
  clean = clean_value (raw);
  if (*clean == '\0')
    return NULL;
  return g_steal_pointer (&clean);
}

/**
 * ok_template_expand:
 * @text: a template text
 * @values: (element-type utf8 utf8) (nullable): placeholder name → value,
 *   already written in the language of @text
 * @flags: how to render
 * @error: a syntax error in @text, a value that is not text, or a
 *   placeholder outside a {?name} section that has no value
 *
 * Fills in @text. Does not check that the names are known: that is
 * ok_template_check()'s job when a text is saved.
 *
 * Returns: (transfer full): the message
 */
char *
ok_template_expand (const char             *text,
                    GHashTable             *values,
                    OkTemplateRenderFlags   flags,
                    GError                **error)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  g_autoptr(GString) out = NULL;
  gboolean rtl = (flags & OK_TEMPLATE_RENDER_RTL) != 0;
  gboolean keep = (flags & OK_TEMPLATE_RENDER_KEEP_MISSING) != 0;
  gboolean eat_newline = FALSE;
  Frame stack[MAX_DEPTH];
  guint depth = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (!parse (text, tokens, NULL, error))
    return NULL;

  out = g_string_sized_new (strlen (text) + 64);
  for (guint i = 0; i < tokens->len; i++)
    {
      const Token *token = &g_array_index (tokens, Token, i);
      gboolean active = depth == 0
        || (stack[depth - 1].parent_active && stack[depth - 1].condition != stack[depth - 1].in_else);
      gboolean eat = eat_newline;

      eat_newline = FALSE;

      switch (token->kind)
        {
        case TOKEN_TEXT:
          if (active)
            {
              gsize start = token->start;

              if (eat && text[start] == '\n')
                start++;
              g_string_append_len (out, text + start, token->end - start);
            }
          break;

        case TOKEN_VALUE:
          if (active)
            {
              g_autoptr(GError) local_error = NULL;
              g_autofree char *value = lookup_value (values, text, token, &local_error);

              if (local_error != NULL)
                {
                  g_propagate_error (error, g_steal_pointer (&local_error));
                  return NULL;
                }
              if (value != NULL)
                append_value (out, value, rtl);
              else if (keep)
                {
                  g_autofree char *shown = g_strdup_printf ("{%s}", token->name);

                  append_value (out, shown, rtl);
                }
              else
                {
                  set_error_at (error, NULL, text, token->start, token->end,
                                OK_TEMPLATE_ERROR_MISSING_VALUE,
                                _("There is nothing to fill in for {%s}"), token->name);
                  return NULL;
                }
            }
          break;

        case TOKEN_IF:
          {
            g_autoptr(GError) local_error = NULL;
            g_autofree char *value = lookup_value (values, text, token, &local_error);

            if (local_error != NULL)
              {
                g_propagate_error (error, g_steal_pointer (&local_error));
                return NULL;
              }
            /* parse() has checked the depth. */
            stack[depth].parent_active = active;
            stack[depth].condition = value != NULL;
            stack[depth].in_else = FALSE;
            stack[depth].at_line_start = token->start == 0 || text[token->start - 1] == '\n';
            stack[depth].out_len = out->len;
            depth++;
          }
          break;

        case TOKEN_ELSE:
          stack[depth - 1].in_else = TRUE;
          break;

        case TOKEN_END:
          depth--;
          if (stack[depth].at_line_start && out->len == stack[depth].out_len && at_line_start (out)
              && (text[token->end] == '\n' || text[token->end] == '\0'))
            eat_newline = TRUE;
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
