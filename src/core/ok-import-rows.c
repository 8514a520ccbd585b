/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first half of an import: every row of the file read, normalised and
 * checked before the database is touched, so that a bad row can stop the
 * import with its line number and nothing changed. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-import-private.h"
#include "ok-language-table.h"
#include "ok-phone.h"
#include "ok-time.h"

/* Bad rows named in the error message; the rest are counted. */
#define MAX_BAD_ROWS_SHOWN 5
/* How often the parser looks at the cancellable and reports progress. */
#define ROWS_PER_CHECK 512

/* Normalising values */

static gboolean
is_placeholder (const char *value)
{
  static const char * const placeholders[] = {
    "-", "--", "?", "geen", "onbekend", "nvt", "n.v.t.", "n/a", "na", "none", "unknown", "leeg",
  };

  for (guint i = 0; i < G_N_ELEMENTS (placeholders); i++)
    if (g_ascii_strcasecmp (value, placeholders[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Names compare without case, accents or punctuation, so that "Öztürk"
 * and "Ozturk", "M. de Vries" and "m de vries" are one; letters of other
 * scripts are kept as they are. */
char *
_ok_import_name_key (const char *name)
{
  g_autofree char *decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = g_utf8_casefold (decomposed, -1);
  GString *key = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK
          || type == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (!g_unichar_isalnum (c))
        {
          gap = TRUE;
          continue;
        }
      if (gap && key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append_unichar (key, c);
      gap = FALSE;
    }
  if (key->len == 0)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  return g_string_free (key, FALSE);
}

/* Spreadsheets drop the leading zeros of a number column: "00123" and
 * "123" are the same pupil. */
char *
_ok_import_pupil_key (const char *number)
{
  const char *p = number;

  for (const char *q = number; *q != '\0'; q++)
    if (!g_ascii_isdigit (*q))
      return g_ascii_strdown (number, -1);
  while (p[0] == '0' && p[1] != '\0')
    p++;
  return g_strdup (p);
}

char *
_ok_import_compact_key (const char *text,
                        gboolean    upper)
{
  GString *key = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p) && *p != '-')
      g_string_append_c (key, upper ? g_ascii_toupper (*p) : g_ascii_tolower (*p));
  return g_string_free (key, FALSE);
}

/* Dutch postcodes are written "1234 AB"; anything else (a foreign
 * address) is kept as written. */
static char *
normalize_postcode (const char *text)
{
  g_autofree char *compact = _ok_import_compact_key (text, TRUE);

  if (strlen (compact) == 6 && compact[0] >= '1' && compact[0] <= '9'
      && g_ascii_isdigit (compact[1]) && g_ascii_isdigit (compact[2])
      && g_ascii_isdigit (compact[3]) && g_ascii_isalpha (compact[4])
      && g_ascii_isalpha (compact[5]))
    return g_strdup_printf ("%.4s %.2s", compact, compact + 4);
  return g_strdup (text);
}

/* Dates as administrations and Dutch Excel write them (31-12-2024,
 * 31/12/2024, 31.12.2024, maybe with a time after it) or ISO 8601. */
static char *
parse_date (const char *text)
{
  g_autofree char *date = g_strndup (text, strcspn (text, " T"));
  int a = 0, b = 0, c = 0, n = 0;
  int day, month, year;
  gsize first_len, last_len;
  char s1, s2;

  if (strlen (date) > 10 || strspn (date, "0123456789-/.") != strlen (date))
    return NULL;
  if (sscanf (date, "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &n) != 5
      || date[n] != '\0' || s1 != s2 || strchr ("-/.", s1) == NULL)
    return NULL;

  first_len = strcspn (date, "-/.");
  last_len = strlen (strrchr (date, s1) + 1);
  if (first_len == 4)
    {
      year = a;
      month = b;
      day = c;
    }
  else if (last_len == 4)
    {
      day = a;
      month = b;
      year = c;
    }
  else
    return NULL;

  if (year < 1900 || year > 2200 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

static int
parse_yes_no (const char *text)
{
  static const char * const yes[] = { "ja", "j", "yes", "y", "1", "true", "waar", "x" };
  static const char * const no[] = { "nee", "n", "no", "0", "false", "onwaar" };

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_ascii_strcasecmp (text, yes[i]) == 0)
      return 1;
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_ascii_strcasecmp (text, no[i]) == 0)
      return 0;
  return -1;
}

static gboolean
is_email (const char *text)
{
  const char *at = strchr (text, '@');

  if (at == NULL || at == text || strchr (at + 1, '@') != NULL)
    return FALSE;
  if (strchr (at + 1, '.') == NULL || at[1] == '.' || g_str_has_suffix (text, "."))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || *p == ',' || *p == ';' || *p == '<' || *p == '>')
      return FALSE;
  return TRUE;
}

/* Parsing the rows */

static void
clear_pupil (gpointer data)
{
  OkImportPupil *pupil = data;

  g_strfreev (pupil->languages);
}

static void
clear_skip (gpointer data)
{
  OkImportSkip *skip = data;

  g_free (skip->reason);
}

void
_ok_importer_add_skip (OkImporter *imp,
                       guint       line,
                       gboolean    bad,
                       char       *reason)
{
  OkImportSkip skip = { line, reason, bad };

  g_array_append_val (imp->skips, skip);
  if (bad)
    imp->n_bad++;
}

static const char *
column_name (OkImporter    *imp,
             OkImportField  field)
{
  return ok_import_mapping_get_column_name (imp->mapping, imp->columns[field]);
}

/* Far above any name, e-mail address (254) or date a school keeps. */
#define MAX_FIELD_CHARS 255u

/* The trimmed value of a field, or NULL when it is empty or missing. */
static const char *
get (OkImporter         *imp,
     const char * const *fields,
     guint               n_fields,
     OkImportField       field)
{
  int column = imp->columns[field];
  const char *start, *end;

  if (column < 0 || (guint) column >= n_fields)
    return NULL;
  start = fields[column];
  while (g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }
  if (end == start)
    return NULL;
  return g_string_chunk_insert_len (imp->strings, start, end - start);
}

static const char *
get_value (OkImporter         *imp,
           const char * const *fields,
           guint               n_fields,
           OkImportField       field)
{
  const char *value = get (imp, fields, n_fields, field);

  return value != NULL && is_placeholder (value) ? NULL : value;
}

const char *
_ok_importer_intern (OkImporter *imp,
                     char       *key)
{
  const char *interned;

  if (key == NULL)
    return NULL;
  interned = g_string_chunk_insert (imp->strings, key);
  g_free (key);
  return interned;
}

static char *
read_carer (OkImporter         *imp,
            const char * const *fields,
            guint               n_fields,
            OkImportField       name_field,
            OkImportCarer      *carer)
{
  const char *phone = get_value (imp, fields, n_fields, name_field + 1);
  const char *email = get_value (imp, fields, n_fields, name_field + 2);

  carer->name = get_value (imp, fields, n_fields, name_field);
  carer->key = carer->name != NULL ? _ok_importer_intern (imp, _ok_import_name_key (carer->name)) : NULL;

  /* Text without any digit ("geheim", "zie moeder") gives no number. */
  if (phone != NULL && strpbrk (phone, "0123456789") != NULL)
    {
      carer->phone = _ok_importer_intern (imp, ok_phone_normalize (phone));
      if (carer->phone == NULL)
        return g_strdup_printf (_("“%s” is not a phone number (column “%s”)"), phone,
                                column_name (imp, name_field + 1));
    }

  if (email != NULL)
    {
      if (!is_email (email))
        return g_strdup_printf (_("“%s” is not an e-mail address (column “%s”)"), email,
                                column_name (imp, name_field + 2));
      carer->email = email;
      carer->email_key = _ok_importer_intern (imp, g_utf8_strdown (email, -1));
    }
  return NULL;
}

static char *
read_date (OkImporter          *imp,
           const char * const  *fields,
           guint                n_fields,
           OkImportField        field,
           const char         **date)
{
  const char *text = get_value (imp, fields, n_fields, field);

  *date = NULL;
  if (text == NULL)
    return NULL;
  *date = _ok_importer_intern (imp, parse_date (text));
  if (*date == NULL)
    return g_strdup_printf (_("“%s” is not a date (column “%s”); write it as dd-mm-yyyy"),
                            text, column_name (imp, field));
  return NULL;
}

/* The group as the school names it, without a leading "Groep". */
static const char *
read_group (OkImporter         *imp,
            const char * const *fields,
            guint               n_fields)
{
  const char *group = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_GROUP);

  if (group != NULL && g_ascii_strncasecmp (group, "groep", 5) == 0
      && (group[5] == ' ' || g_ascii_isdigit (group[5])))
    {
      const char *rest = group + 5;

      while (*rest == ' ')
        rest++;
      if (*rest != '\0')
        return rest;
    }
  return group;
}

static void
note_unknown_languages (OkImporter  *imp,
                        char       **unknown)
{
  for (guint i = 0; unknown[i] != NULL; i++)
    if (g_hash_table_add (imp->unknown_seen, g_strdup (unknown[i])))
      g_ptr_array_add (imp->unknown_languages, g_strdup (unknown[i]));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* Fills @pupil from one record; returns the reason when the row cannot be
 * imported. */
static char *
read_pupil (OkImporter         *imp,
            const char * const *fields,
            guint               n_fields,
            OkImportPupil      *pupil)
{
  const char *language, *interpreter, *postcode, *house, *suffix;
  g_auto(GStrv) unknown = NULL;
  char *reason;

  for (guint i = imp->n_header; i < n_fields; i++)
    if (!is_blank (fields[i]))
      return g_strdup_printf (_("the row has %u fields but the header only %u; is a "
                                "separator or a quote out of place?"),
                              n_fields, imp->n_header);
  for (guint f = 0; f < OK_IMPORT_N_FIELDS; f++)
    {
      int column = imp->columns[f];

      /* A quote out of place swallows the rest of the file into one field;
       * what is left would reach the lists and letters as a "name". */
      if (column >= 0 && (guint) column < n_fields
          && strlen (fields[column]) > MAX_FIELD_CHARS
          && g_utf8_strlen (fields[column], -1) > MAX_FIELD_CHARS)
        return g_strdup_printf (_("“%s” is longer than %u characters; perhaps a quote is out of place"),
                                column_name (imp, f), MAX_FIELD_CHARS);
    }

  pupil->pupil_number = get (imp, fields, n_fields, OK_IMPORT_FIELD_PUPIL_NUMBER);
  pupil->first_name = get (imp, fields, n_fields, OK_IMPORT_FIELD_FIRST_NAME);
  pupil->infix = get (imp, fields, n_fields, OK_IMPORT_FIELD_INFIX);
  pupil->last_name = get (imp, fields, n_fields, OK_IMPORT_FIELD_LAST_NAME);
  pupil->group_name = read_group (imp, fields, n_fields);
  pupil->interpreter = -1;

  if (pupil->pupil_number == NULL)
    return g_strdup_printf (_("“%s” is empty"), column_name (imp, OK_IMPORT_FIELD_PUPIL_NUMBER));
  if (pupil->first_name == NULL)
    return g_strdup_printf (_("“%s” is empty"), column_name (imp, OK_IMPORT_FIELD_FIRST_NAME));
  if (pupil->last_name == NULL)
    return g_strdup_printf (_("“%s” is empty"), column_name (imp, OK_IMPORT_FIELD_LAST_NAME));
  pupil->pupil_key = _ok_importer_intern (imp, _ok_import_pupil_key (pupil->pupil_number));

  reason = read_carer (imp, fields, n_fields, OK_IMPORT_FIELD_PARENT1_NAME, &pupil->carers[0]);
  if (reason == NULL)
    reason = read_carer (imp, fields, n_fields, OK_IMPORT_FIELD_PARENT2_NAME, &pupil->carers[1]);
  if (reason == NULL)
    reason = read_date (imp, fields, n_fields, OK_IMPORT_FIELD_ENROLMENT_DATE, &pupil->enrolled_from);
  if (reason == NULL)
    reason = read_date (imp, fields, n_fields, OK_IMPORT_FIELD_LEAVING_DATE, &pupil->enrolled_until);
  if (reason != NULL)
    return reason;
  if (pupil->enrolled_from != NULL && pupil->enrolled_until != NULL
      && strcmp (pupil->enrolled_until, pupil->enrolled_from) < 0)
    return g_strdup_printf (_("the leaving date %s is before the enrolment date %s"),
                            pupil->enrolled_until, pupil->enrolled_from);

  interpreter = get (imp, fields, n_fields, OK_IMPORT_FIELD_INTERPRETER);
  if (interpreter != NULL)
    {
      pupil->interpreter = parse_yes_no (interpreter);
      if (pupil->interpreter < 0)
        return g_strdup_printf (_("“%s” should be ja or nee, not “%s”"),
                                column_name (imp, OK_IMPORT_FIELD_INTERPRETER), interpreter);
    }

  postcode = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_POSTCODE);
  house = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_HOUSE_NUMBER);
  suffix = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_HOUSE_NUMBER_SUFFIX);
  if (postcode != NULL)
    {
      pupil->postcode = _ok_importer_intern (imp, normalize_postcode (postcode));
      pupil->postcode_key = _ok_importer_intern (imp, _ok_import_compact_key (postcode, TRUE));
    }
  if (house != NULL)
    {
      /* 12 + A is "12A"; 12 + 2 or "hs" keeps a space: "12 2", "12 hs". */
      if (suffix != NULL)
        pupil->house_number = _ok_importer_intern (imp, g_strdup_printf ("%s%s%s", house,
                                                                 g_utf8_strlen (suffix, -1) == 1
                                                                 && g_ascii_isalpha (suffix[0])
                                                                 ? "" : " ", suffix));
      else
        pupil->house_number = house;
      pupil->house_key = _ok_importer_intern (imp, _ok_import_compact_key (pupil->house_number, FALSE));
    }

  language = get_value (imp, fields, n_fields, OK_IMPORT_FIELD_HOME_LANGUAGE);
  pupil->languages = ok_language_parse_list (language, &unknown);
  note_unknown_languages (imp, unknown);
  return NULL;
}

static gboolean
all_empty (const char * const *fields,
           guint               n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    if (!is_blank (fields[i]))
      return FALSE;
  return TRUE;
}

static char *
raw_row (const char * const *fields,
         guint               n_fields)
{
  GString *row = g_string_new (NULL);

  /* No field holds a control character: the reader refuses binary files. */
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (row, '\037');
      g_string_append (row, fields[i]);
    }
  while (row->len > 0 && row->str[row->len - 1] == '\037')
    g_string_truncate (row, row->len - 1);
  return g_string_free (row, FALSE);
}

gboolean
_ok_importer_read (OkImporter    *imp,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(OkCsvReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  const char * const *fields;
  guint n_fields;
  gsize size;

  reader = ok_csv_reader_new (imp->bytes, imp->encoding, imp->separator, error);
  if (reader == NULL)
    return FALSE;
  size = MAX (ok_csv_reader_get_size (reader), 1);

  if (!ok_csv_reader_next (reader, &fields, &n_fields, &local_error))
    {
      if (local_error == NULL)
        g_set_error (&local_error, OK_CSV_ERROR, OK_CSV_ERROR_EMPTY, _("The file is empty."));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  imp->n_header = n_fields;

  while (ok_csv_reader_next (reader, &fields, &n_fields, &local_error))
    {
      guint line = ok_csv_reader_get_line (reader);
      OkImportPupil pupil = { 0 };
      char *raw;
      gpointer seen_line, seen_index;
      char *reason;

      if (imp->n_records % ROWS_PER_CHECK == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          imp->progress (ok_csv_reader_get_offset (reader) / (double) size, imp->progress_data);
        }

      if (all_empty (fields, n_fields))
        continue;
      imp->n_records++;

      raw = raw_row (fields, n_fields);
      if (g_hash_table_lookup_extended (imp->rows_seen, raw, NULL, &seen_line))
        {
          _ok_importer_add_skip (imp, line, FALSE,
                    g_strdup_printf (_("exact copy of line %u; imported once"),
                                     GPOINTER_TO_UINT (seen_line)));
          g_free (raw);
          continue;
        }
      g_hash_table_insert (imp->rows_seen, raw, GUINT_TO_POINTER (line));

      pupil.line = line;
      reason = read_pupil (imp, fields, n_fields, &pupil);
      if (reason == NULL
          && g_hash_table_lookup_extended (imp->pupils_seen, pupil.pupil_key, NULL, &seen_index))
        {
          OkImportPupil *other = &g_array_index (imp->pupils, OkImportPupil, GPOINTER_TO_UINT (seen_index));

          reason = g_strdup_printf (_("pupil number %s is also on line %u, with other data"),
                                    pupil.pupil_number, other->line);
        }
      if (reason != NULL)
        {
          _ok_importer_add_skip (imp, line, TRUE, reason);
          clear_pupil (&pupil);
          continue;
        }

      g_hash_table_insert (imp->pupils_seen, (gpointer) pupil.pupil_key,
                           GUINT_TO_POINTER (imp->pupils->len));
      g_array_append_val (imp->pupils, pupil);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

void
_ok_importer_set_bad_rows_error (OkImporter  *imp,
                                 GError     **error)
{
  g_autoptr(GString) message = g_string_new (NULL);
  guint shown = 0;

  for (guint i = 0; i < imp->skips->len && shown < MAX_BAD_ROWS_SHOWN; i++)
    {
      OkImportSkip *skip = &g_array_index (imp->skips, OkImportSkip, i);

      if (!skip->bad)
        continue;
      g_string_append_printf (message, _("Line %u: %s."), skip->line, skip->reason);
      g_string_append_c (message, '\n');
      shown++;
    }
  if (imp->n_bad > shown)
    {
      g_string_append_printf (message, g_dngettext (GETTEXT_PACKAGE,
                                                    "… and %u more row that cannot be imported.",
                                                    "… and %u more rows that cannot be imported.",
                                                    imp->n_bad - shown),
                              imp->n_bad - shown);
      g_string_append_c (message, '\n');
    }
  g_string_append (message, _("Nothing was imported. Correct the file, or choose to skip "
                              "the rows that cannot be imported."));
  g_set_error_literal (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_BAD_ROWS, message->str);
}

/* The importer */

void
_ok_importer_init (OkImporter           *imp,
                   GBytes               *bytes,
                   OkCsvEncoding         encoding,
                   char                  separator,
                   OkImportMapping      *mapping,
                   OkImportFlags         flags,
                   OkImportProgressFunc  progress,
                   gpointer              progress_data)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());

  memset (imp, 0, sizeof *imp);
  imp->bytes = bytes;
  imp->encoding = encoding;
  imp->separator = separator;
  imp->mapping = mapping;
  imp->flags = flags;
  imp->progress = progress;
  imp->progress_data = progress_data;
  for (guint f = 0; f < OK_IMPORT_N_FIELDS; f++)
    imp->columns[f] = ok_import_mapping_get_column (mapping, f);
  imp->strings = g_string_chunk_new (256 * 1024);
  imp->pupils = g_array_new (FALSE, TRUE, sizeof (OkImportPupil));
  g_array_set_clear_func (imp->pupils, clear_pupil);
  imp->skips = g_array_new (FALSE, TRUE, sizeof (OkImportSkip));
  g_array_set_clear_func (imp->skips, clear_skip);
  imp->rows_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->pupils_seen = g_hash_table_new (g_str_hash, g_str_equal);
  imp->unknown_languages = g_ptr_array_new_with_free_func (g_free);
  imp->unknown_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->today = g_date_time_format (now, "%Y-%m-%d");

  _ok_import_snapshot_init (&imp->snapshot);
  _ok_import_plan_init (&imp->plan);
}

/* Frees what the importer holds; the planning tables too, when it got
 * that far. */
void
_ok_importer_clear (OkImporter *imp)
{
  g_clear_pointer (&imp->works, g_hash_table_unref);
  g_clear_pointer (&imp->new_works, g_ptr_array_unref);
  g_clear_pointer (&imp->adopted, g_hash_table_unref);
  g_clear_pointer (&imp->children_by_key, g_hash_table_unref);
  g_clear_pointer (&imp->family_unnumbered, g_hash_table_unref);
  g_clear_pointer (&imp->family_languages, g_hash_table_unref);
  g_clear_pointer (&imp->family_parents, g_hash_table_unref);
  g_clear_pointer (&imp->family_index, g_hash_table_unref);
  _ok_import_plan_clear (&imp->plan);
  _ok_import_snapshot_clear (&imp->snapshot);
  g_clear_pointer (&imp->uf, g_free);
  g_clear_pointer (&imp->today, g_free);
  g_clear_pointer (&imp->unknown_seen, g_hash_table_unref);
  g_clear_pointer (&imp->unknown_languages, g_ptr_array_unref);
  g_clear_pointer (&imp->pupils_seen, g_hash_table_unref);
  g_clear_pointer (&imp->rows_seen, g_hash_table_unref);
  g_clear_pointer (&imp->skips, g_array_unref);
  g_clear_pointer (&imp->pupils, g_array_unref);
  g_clear_pointer (&imp->strings, g_string_chunk_free);
}
