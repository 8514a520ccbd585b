/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reads CSV as the Dutch school administrations and Excel really write it:
 * RFC 4180 quoting, `;`, `,` or tab, CRLF, LF or a lone CR, and UTF-8
 * (with or without BOM), UTF-16 with BOM or Windows-1252. The whole file is
 * decoded once up front, because one Windows-1252 byte near the end decides
 * the encoding of the first line too; records are then handed out one at a
 * time from reused buffers, so a large file costs its size and no more. */
#define G_LOG_DOMAIN "ok-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-csv.h"

/* Enough to see a header and a screenful of rows when guessing the
 * separator, without scanning a whole file three times. */
#define SNIFF_WINDOW (64 * 1024)
#define SNIFF_RECORDS 20

struct _OkCsvReader
{
  GObject parent_instance;

  GBytes *text;          /* UTF-8, without byte order mark */
  const char *data;
  gsize size;
  gsize start;           /* the first record, after an Excel "sep=" line */
  guint start_line;

  OkCsvEncoding encoding;
  char separator;

  gsize pos;
  guint line;
  guint record_line;

  GString *buffer;       /* the fields of the current record, NUL-separated */
  GArray *starts;        /* gsize offsets into buffer */
  GPtrArray *fields;
};

G_DEFINE_FINAL_TYPE (OkCsvReader, ok_csv_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (ok-csv-error-quark, ok_csv_error)

typedef enum {
  RECORD_END,
  RECORD_OK,
  RECORD_UNTERMINATED,
} RecordStatus;

static void
ok_csv_reader_finalize (GObject *object)
{
  OkCsvReader *self = OK_CSV_READER (object);

  g_clear_pointer (&self->text, g_bytes_unref);
  g_string_free (self->buffer, TRUE);
  g_clear_pointer (&self->starts, g_array_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);

  G_OBJECT_CLASS (ok_csv_reader_parent_class)->finalize (object);
}

static void
ok_csv_reader_class_init (OkCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_csv_reader_finalize;
}

static void
ok_csv_reader_init (OkCsvReader *self)
{
  self->buffer = g_string_sized_new (256);
  self->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->fields = g_ptr_array_new ();
}

const char *
ok_csv_encoding_get_name (OkCsvEncoding encoding)
{
  switch (encoding)
    {
    case OK_CSV_ENCODING_AUTO:
      return _("automatic");
    case OK_CSV_ENCODING_UTF8:
      return "UTF-8";
    case OK_CSV_ENCODING_UTF8_BOM:
      return _("UTF-8 with BOM");
    case OK_CSV_ENCODING_UTF16LE:
      return "UTF-16LE";
    case OK_CSV_ENCODING_UTF16BE:
      return "UTF-16BE";
    case OK_CSV_ENCODING_WINDOWS_1252:
      return "Windows-1252";
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ok_csv_separator_get_name (char separator)
{
  switch (separator)
    {
    case ';':
      return _("semicolon");
    case ',':
      return _("comma");
    case '\t':
      return _("tab");
    default:
      return NULL;
    }
}

/* One record from data[*pos]: fields go into buffer, their offsets into
 * starts. Lenient where Excel and friends are sloppy (a quote inside an
 * unquoted field is kept, text after a closing quote is appended), strict
 * only where the data would otherwise be lost: a quote that never ends. */
static RecordStatus
parse_record (const char *data,
              gsize       size,
              gsize      *pos,
              guint      *line,
              char        separator,
              GString    *buffer,
              GArray     *starts,
              gboolean   *blank)
{
  gsize p = *pos;

  g_string_truncate (buffer, 0);
  g_array_set_size (starts, 0);
  *blank = TRUE;

  if (p >= size)
    return RECORD_END;

  for (;;)
    {
      gsize field_start = buffer->len;
      gsize run;

      g_array_append_val (starts, field_start);

      if (p < size && data[p] == '"')
        {
          *blank = FALSE;
          p++;
          for (;;)
            {
              if (p >= size)
                {
                  *pos = p;
                  return RECORD_UNTERMINATED;
                }
              run = p;
              while (p < size && data[p] != '"' && data[p] != '\r' && data[p] != '\n')
                p++;
              g_string_append_len (buffer, data + run, p - run);
              if (p >= size)
                continue;
              if (data[p] == '"')
                {
                  if (p + 1 < size && data[p + 1] == '"')
                    {
                      g_string_append_c (buffer, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              /* A line break inside quotes is part of the value. */
              if (data[p] == '\r' && p + 1 < size && data[p + 1] == '\n')
                p++;
              p++;
              (*line)++;
              g_string_append_c (buffer, '\n');
            }
        }

      run = p;
      while (p < size && data[p] != separator && data[p] != '\r' && data[p] != '\n')
        p++;
      if (p > run)
        {
          *blank = FALSE;
          g_string_append_len (buffer, data + run, p - run);
        }
      g_string_append_c (buffer, '\0');

      if (p >= size)
        break;
      if (data[p] == separator)
        {
          *blank = FALSE;
          p++;
          continue;
        }
      if (data[p] == '\r' && p + 1 < size && data[p + 1] == '\n')
        p++;
      p++;
      (*line)++;
      break;
    }

  *pos = p;
  return RECORD_OK;
}

/* Scores a separator on the first records: the header must split into
 * several columns, and the rows below should split into as many. */
static void
score_separator (OkCsvReader *self,
                 char         separator,
                 guint       *header_fields,
                 guint       *consistent)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize size = MIN (self->size, self->start + SNIFF_WINDOW);
  gsize pos = self->start;
  guint line = self->start_line;
  guint records = 0;
  gboolean blank;

  *header_fields = 0;
  *consistent = 0;

  while (records < SNIFF_RECORDS)
    {
      RecordStatus status = parse_record (self->data, size, &pos, &line, separator,
                                          buffer, starts, &blank);

      if (status != RECORD_OK)
        break;
      if (blank)
        continue;
      if (records == 0)
        *header_fields = starts->len;
      else if (starts->len == *header_fields)
        (*consistent)++;
      records++;
    }
}

static char
detect_separator (OkCsvReader *self)
{
  static const char candidates[] = { ';', ',', '\t' };
  char best = ';';
  guint best_header = 0, best_consistent = 0;

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      guint header, consistent;

      score_separator (self, candidates[i], &header, &consistent);
      if (header < 2)
        continue;
      if (best_header < 2
          || consistent > best_consistent
          || (consistent == best_consistent && header > best_header))
        {
          best = candidates[i];
          best_header = header;
          best_consistent = consistent;
        }
    }
  return best;
}

/* Excel reads and writes a first line "sep=;" naming the separator. */
static void
skip_separator_line (OkCsvReader *self)
{
  const char *d = self->data;
  gsize n = self->size;
  char sep;
  gsize end;

  if (n < 5 || g_ascii_strncasecmp (d, "sep=", 4) != 0)
    return;
  sep = d[4];
  if (sep != ';' && sep != ',' && sep != '\t' && sep != '|')
    return;
  end = 5;
  if (end < n && d[end] != '\r' && d[end] != '\n')
    return;
  if (end < n && d[end] == '\r')
    end++;
  if (end < n && d[end] == '\n')
    end++;

  if (self->separator == 0)
    self->separator = sep;
  self->start = end;
  self->start_line = 2;
}

static OkCsvEncoding
detect_bom (const guint8 *raw,
            gsize         len,
            gsize        *bom_len)
{
  if (len >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF)
    {
      *bom_len = 3;
      return OK_CSV_ENCODING_UTF8_BOM;
    }
  if (len >= 2 && raw[0] == 0xFF && raw[1] == 0xFE)
    {
      *bom_len = 2;
      return OK_CSV_ENCODING_UTF16LE;
    }
  if (len >= 2 && raw[0] == 0xFE && raw[1] == 0xFF)
    {
      *bom_len = 2;
      return OK_CSV_ENCODING_UTF16BE;
    }
  *bom_len = 0;
  return OK_CSV_ENCODING_AUTO;
}

/* Workbooks and documents people pick by mistake get their own message:
 * "save it as CSV" is what they need to hear. */
static gboolean
check_not_binary (const char  *text,
                  gsize        len,
                  GError     **error)
{
  static const struct { const char *magic; gsize len; } workbooks[] = {
    { "PK\003\004", 4 },                      /* .xlsx, .ods (zip) */
    { "\320\317\021\340\241\261\032\341", 8 }, /* .xls (OLE) */
  };

  for (guint i = 0; i < G_N_ELEMENTS (workbooks); i++)
    if (len >= workbooks[i].len && memcmp (text, workbooks[i].magic, workbooks[i].len) == 0)
      {
        g_set_error (error, OK_CSV_ERROR, OK_CSV_ERROR_BINARY,
                     _("This is a spreadsheet workbook, not a CSV file. Open it in the "
                       "spreadsheet program, save it as “CSV (semicolon separated)” and "
                       "import that file."));
        return FALSE;
      }

  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar) text[i];

      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        continue;
      g_set_error (error, OK_CSV_ERROR, OK_CSV_ERROR_BINARY,
                   _("This is not a CSV file: it contains binary data. Export the pupils "
                     "from the administration as CSV (semicolon or comma separated) and "
                     "try again."));
      return FALSE;
    }
  return TRUE;
}

static guint
line_of (const char *text,
         const char *where)
{
  guint line = 1;

  for (const char *p = text; p < where; p++)
    if (*p == '\n' || (*p == '\r' && (p + 1 >= where || p[1] != '\n')))
      line++;
  return line;
}

/* Valid UTF-8 next to invalid bytes is a damaged UTF-8 file; Windows-1252
 * text practically never forms a valid multi-byte UTF-8 sequence. */
static gboolean
has_multibyte_utf8 (const char *text,
                    gsize       len)
{
  const char *end = text + len;

  for (const char *p = text; p < end; p++)
    {
      guchar c = (guchar) *p;

      if (c >= 0xC2 && c <= 0xF4)
        {
          gunichar u = g_utf8_get_char_validated (p, end - p);

          if (u != (gunichar) -1 && u != (gunichar) -2 && u >= 0x80)
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
set_utf8_error (const char  *text,
                gsize        len,
                GError     **error)
{
  const char *bad = NULL;

  g_utf8_validate_len (text, len, &bad);
  g_set_error (error, OK_CSV_ERROR, OK_CSV_ERROR_ENCODING,
               _("Line %u is not valid UTF-8 text. Save the file again as “CSV UTF-8” "
                 "and try again."), line_of (text, bad));
  return FALSE;
}

static GBytes *
convert_to_utf8 (const char     *text,
                 gsize           len,
                 const char     *charset,
                 GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize written = 0;
  char *converted;

  converted = g_convert (text, len, "UTF-8", charset, NULL, &written, &local_error);
  if (converted == NULL)
    {
      g_set_error (error, OK_CSV_ERROR, OK_CSV_ERROR_ENCODING,
                   _("The file is not valid %s text (%s). Save it again as “CSV UTF-8” and "
                     "try again."), charset, local_error->message);
      return NULL;
    }
  return g_bytes_new_take (converted, written);
}

static gboolean
is_blank_text (const char *text,
               gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (text[i]))
      return FALSE;
  return TRUE;
}

static GBytes *
decode (GBytes         *bytes,
        OkCsvEncoding  *encoding,
        GError        **error)
{
  gsize len = 0, bom_len = 0;
  const char *raw = g_bytes_get_data (bytes, &len);
  OkCsvEncoding bom;
  const char *text;

  bom = detect_bom ((const guint8 *) raw, len, &bom_len);
  if (*encoding == OK_CSV_ENCODING_AUTO)
    *encoding = bom;
  else if (bom != *encoding && !(bom == OK_CSV_ENCODING_UTF8_BOM && *encoding == OK_CSV_ENCODING_UTF8))
    bom_len = 0;
  if (*encoding == OK_CSV_ENCODING_UTF8 && bom == OK_CSV_ENCODING_UTF8_BOM)
    *encoding = OK_CSV_ENCODING_UTF8_BOM;

  text = raw + bom_len;
  len -= bom_len;
  /* DOS tools end a text file with Ctrl-Z. */
  if (len > 0 && text[len - 1] == '\032'
      && *encoding != OK_CSV_ENCODING_UTF16LE && *encoding != OK_CSV_ENCODING_UTF16BE)
    len--;

  if (len == 0 || is_blank_text (text, len))
    {
      g_set_error (error, OK_CSV_ERROR, OK_CSV_ERROR_EMPTY, _("The file is empty."));
      return NULL;
    }

  if (*encoding == OK_CSV_ENCODING_UTF16LE || *encoding == OK_CSV_ENCODING_UTF16BE)
    {
      g_autoptr(GBytes) utf8 = convert_to_utf8 (text, len,
                                                *encoding == OK_CSV_ENCODING_UTF16LE
                                                ? "UTF-16LE" : "UTF-16BE", error);
      gsize utf8_len = 0;
      const char *utf8_text;

      if (utf8 == NULL)
        return NULL;
      utf8_text = g_bytes_get_data (utf8, &utf8_len);
      if (!check_not_binary (utf8_text, utf8_len, error))
        return NULL;
      return g_steal_pointer (&utf8);
    }

  if (!check_not_binary (text, len, error))
    return NULL;

  if (*encoding == OK_CSV_ENCODING_AUTO)
    {
      if (g_utf8_validate_len (text, len, NULL))
        *encoding = OK_CSV_ENCODING_UTF8;
      else if (has_multibyte_utf8 (text, len))
        {
          set_utf8_error (text, len, error);
          return NULL;
        }
      else
        *encoding = OK_CSV_ENCODING_WINDOWS_1252;
    }

  if (*encoding == OK_CSV_ENCODING_WINDOWS_1252)
    return convert_to_utf8 (text, len, "WINDOWS-1252", error);

  if (!g_utf8_validate_len (text, len, NULL))
    {
      set_utf8_error (text, len, error);
      return NULL;
    }
  return g_bytes_new_from_bytes (bytes, text - raw, len);
}

/**
 * ok_csv_reader_new:
 * @bytes: the file's contents
 * @encoding: %OK_CSV_ENCODING_AUTO to detect it, or the encoding to use
 * @separator: 0 to detect it, or `;`, `,` or a tab
 * @error: return location for an %OK_CSV_ERROR
 *
 * Decodes the whole file and prepares to hand out its records.
 *
 * Returns: (transfer full): a reader, or %NULL when the file is empty,
 *   binary or in an encoding that cannot be read
 */
OkCsvReader *
ok_csv_reader_new (GBytes         *bytes,
                   OkCsvEncoding   encoding,
                   char            separator,
                   GError        **error)
{
  g_autoptr(OkCsvReader) self = NULL;
  g_autoptr(GBytes) text = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  text = decode (bytes, &encoding, error);
  if (text == NULL)
    return NULL;

  self = g_object_new (OK_TYPE_CSV_READER, NULL);
  self->text = g_steal_pointer (&text);
  self->data = g_bytes_get_data (self->text, &self->size);
  self->encoding = encoding;
  self->separator = separator;
  self->start_line = 1;

  skip_separator_line (self);
  if (self->separator == 0)
    self->separator = detect_separator (self);

  ok_csv_reader_rewind (self);
  return g_steal_pointer (&self);
}

OkCsvEncoding
ok_csv_reader_get_encoding (OkCsvReader *self)
{
  g_return_val_if_fail (OK_IS_CSV_READER (self), OK_CSV_ENCODING_AUTO);

  return self->encoding;
}

char
ok_csv_reader_get_separator (OkCsvReader *self)
{
  g_return_val_if_fail (OK_IS_CSV_READER (self), 0);

  return self->separator;
}

/**
 * ok_csv_reader_next:
 * @self: a reader
 * @fields: (out) (transfer none): the fields of the record, %NULL-terminated;
 *   valid until the next call
 * @n_fields: (out) (optional): the number of fields
 * @error: return location for an %OK_CSV_ERROR
 *
 * Reads the next record, skipping blank lines.
 *
 * Returns: %TRUE with a record; %FALSE at the end of the file (@error
 *   unset) or on a quoted field that never ends (@error set)
 */
gboolean
ok_csv_reader_next (OkCsvReader          *self,
                    const char * const  **fields,
                    guint                *n_fields,
                    GError              **error)
{
  g_return_val_if_fail (OK_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (fields != NULL, FALSE);

  for (;;)
    {
      guint line = self->line;
      gboolean blank;
      RecordStatus status;

      status = parse_record (self->data, self->size, &self->pos, &self->line,
                             self->separator, self->buffer, self->starts, &blank);
      if (status != RECORD_END)
        self->record_line = line;
      if (status == RECORD_END)
        {
          *fields = NULL;
          if (n_fields != NULL)
            *n_fields = 0;
          return FALSE;
        }
      if (status == RECORD_UNTERMINATED)
        {
          g_set_error (error, OK_CSV_ERROR, OK_CSV_ERROR_QUOTE,
                       _("Line %u: a field starts with a quote (\") that is never closed."),
                       self->record_line);
          *fields = NULL;
          if (n_fields != NULL)
            *n_fields = 0;
          return FALSE;
        }
      if (!blank)
        break;
    }

  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < self->starts->len; i++)
    g_ptr_array_add (self->fields, self->buffer->str + g_array_index (self->starts, gsize, i));
  g_ptr_array_add (self->fields, NULL);

  *fields = (const char * const *) self->fields->pdata;
  if (n_fields != NULL)
    *n_fields = self->starts->len;
  return TRUE;
}

/* The line the last record began on, counted from 1 as an editor shows it. */
guint
ok_csv_reader_get_line (OkCsvReader *self)
{
  g_return_val_if_fail (OK_IS_CSV_READER (self), 0);

  return self->record_line;
}

gsize
ok_csv_reader_get_offset (OkCsvReader *self)
{
  g_return_val_if_fail (OK_IS_CSV_READER (self), 0);

  return self->pos;
}

gsize
ok_csv_reader_get_size (OkCsvReader *self)
{
  g_return_val_if_fail (OK_IS_CSV_READER (self), 0);

  return self->size;
}

void
ok_csv_reader_rewind (OkCsvReader *self)
{
  g_return_if_fail (OK_IS_CSV_READER (self));

  self->pos = self->start;
  self->line = self->start_line;
  self->record_line = self->start_line;
}

static gboolean
is_phone_number (const char *text)
{
  if (*text == '+')
    text++;
  if (!g_ascii_isdigit (*text))
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text) && strchr (" -()", *text) == NULL)
      return FALSE;
  return TRUE;
}

void
ok_csv_append_field (GString    *out,
                     const char *text)
{
  g_autoptr(GString) field = g_string_new (NULL);

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;
  if (text[0] != '\0' && strchr ("=+-@", text[0]) != NULL && !is_phone_number (text))
    g_string_append_c (field, '\'');
  g_string_append (field, text);
  if (strpbrk (field->str, ",;\"\r\n") != NULL)
    {
      g_string_replace (field, "\"", "\"\"", 0);
      g_string_prepend_c (field, '"');
      g_string_append_c (field, '"');
    }
  g_string_append_len (out, field->str, field->len);
}
