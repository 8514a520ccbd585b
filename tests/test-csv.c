/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The CSV reader on files as administrations and Excel write them. */
#include "config.h"

#include <string.h>

#include "ok-csv.h"
#include "ok-test-util.h"

static OkCsvReader *
reader_for (const char    *text,
            gssize         len,
            OkCsvEncoding  encoding,
            char           separator,
            GError       **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);

  return ok_csv_reader_new (bytes, encoding, separator, error);
}

/* All records as "a|b|c" strings, with the line each starts on. */
static char *
dump (OkCsvReader *reader)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char * const *fields;
  guint n;

  while (ok_csv_reader_next (reader, &fields, &n, &error))
    {
      g_autofree char *joined = g_strjoinv ("|", (char **) fields);

      g_assert_cmpuint (n, ==, g_strv_length ((char **) fields));
      g_string_append_printf (out, "%u:%s\n", ok_csv_reader_get_line (reader), joined);
    }
  g_assert_no_error (error);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_separators (void)
{
  static const struct { const char *text; char separator; } cases[] = {
    { "a;b;c\n1;2;3\n", ';' },
    { "a,b,c\n1,2,3\n", ',' },
    { "a\tb\tc\n1\t2\t3\n", '\t' },
    /* The header decides, not commas inside names in the rows. */
    { "Naam;Groep\n\"Jansen, P.\";3\n\"Vries, de\";4\n", ';' },
    { "Naam,Groep\nJansen;P,3\n", ',' },
    /* Excel's own way of naming the separator. */
    { "sep=,\na,b;c\n1,2;3\n", ',' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OkCsvReader) reader = reader_for (cases[i].text, -1, OK_CSV_ENCODING_AUTO, 0, &error);

      g_assert_no_error (error);
      g_assert_cmpint (ok_csv_reader_get_separator (reader), ==, cases[i].separator);
    }
}

static void
test_sep_line_is_skipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = reader_for ("sep=;\r\nA;B\r\n1;2\r\n", -1, OK_CSV_ENCODING_AUTO,
                                              0, &error);
  g_autofree char *records = NULL;

  g_assert_no_error (error);
  records = dump (reader);
  g_assert_cmpstr (records, ==, "2:A|B\n3:1|2\n");
}

static void
test_quoting (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  const char *text =
    "id;name;note\r\n"
    "1;\"Jansen; P.\";\"He said \"\"hi\"\"\"\r\n"
    "2;\"two\r\nlines\";x\r\n"
    "3;;\"\"\r\n"
    "4;O\"Brien;\"quoted\"tail\r\n"
    "\r\n"
    "5;last;no newline";

  reader = reader_for (text, -1, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_no_error (error);
  records = dump (reader);
  g_assert_cmpstr (records, ==,
                   "1:id|name|note\n"
                   "2:1|Jansen; P.|He said \"hi\"\n"
                   "3:2|two\nlines|x\n"
                   "5:3||\n"
                   "6:4|O\"Brien|quotedtail\n"
                   "8:5|last|no newline\n");
}

static void
test_line_endings (void)
{
  static const char * const texts[] = {
    "a;b\r\n1;2\r\n3;4\r\n",
    "a;b\n1;2\n3;4\n",
    "a;b\r1;2\r3;4\r",
    "a;b\n1;2\r\n3;4",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OkCsvReader) reader = reader_for (texts[i], -1, OK_CSV_ENCODING_AUTO, 0, &error);
      g_autofree char *records = NULL;

      g_assert_no_error (error);
      records = dump (reader);
      g_assert_cmpstr (records, ==, "1:a|b\n2:1|2\n3:3|4\n");
    }
}

static void
test_utf8_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = reader_for ("\xef\xbb\xbfNaam;Taal\nÇelik;Turks\n", -1,
                                              OK_CSV_ENCODING_AUTO, 0, &error);
  g_autofree char *records = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (ok_csv_reader_get_encoding (reader), ==, OK_CSV_ENCODING_UTF8_BOM);
  records = dump (reader);
  g_assert_cmpstr (records, ==, "1:Naam|Taal\n2:Çelik|Turks\n");
}

static void
test_windows_1252 (void)
{
  const char *utf8 = "Naam;Plaats\r\nÇelik;Zoë’s “huis”\r\nÖztürk;€ 5\r\nFrançois;Ñúñez\r\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *cp1252 = NULL;
  g_autoptr(OkCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  gsize len = 0;

  cp1252 = g_convert (utf8, -1, "WINDOWS-1252", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_assert_false (g_utf8_validate (cp1252, len, NULL));

  reader = reader_for (cp1252, len, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ok_csv_reader_get_encoding (reader), ==, OK_CSV_ENCODING_WINDOWS_1252);
  records = dump (reader);
  g_assert_cmpstr (records, ==,
                   "1:Naam|Plaats\n2:Çelik|Zoë’s “huis”\n3:Öztürk|€ 5\n4:François|Ñúñez\n");
}

static void
test_utf16 (void)
{
  const char *utf8 = "Naam\tTaal\r\nПономаренко\tOekraïens\r\n";
  g_autoptr(GError) error = NULL;
  g_autofree char *utf16 = NULL;
  g_autoptr(GByteArray) with_bom = g_byte_array_new ();
  g_autoptr(OkCsvReader) reader = NULL;
  g_autofree char *records = NULL;
  gsize len = 0;

  utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  g_byte_array_append (with_bom, (const guint8 *) "\xff\xfe", 2);
  g_byte_array_append (with_bom, (const guint8 *) utf16, len);

  reader = reader_for ((const char *) with_bom->data, with_bom->len, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ok_csv_reader_get_encoding (reader), ==, OK_CSV_ENCODING_UTF16LE);
  g_assert_cmpint (ok_csv_reader_get_separator (reader), ==, '\t');
  records = dump (reader);
  g_assert_cmpstr (records, ==, "1:Naam|Taal\n2:Пономаренко|Oekraïens\n");
}

static void
test_forced_encoding (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = NULL;
  g_autofree char *records = NULL;

  /* Valid UTF-8 read as Windows-1252 on request: the user chose it. */
  reader = reader_for ("a;b\nÃ©;x\n", -1, OK_CSV_ENCODING_WINDOWS_1252, 0, &error);
  g_assert_no_error (error);
  records = dump (reader);
  g_assert_cmpstr (records, ==, "1:a|b\n2:ÃƒÂ©|x\n");

  g_clear_object (&reader);
  reader = reader_for ("a;b\n\xe9;x\n", -1, OK_CSV_ENCODING_UTF8, 0, &error);
  g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_ENCODING);
  g_assert_null (reader);
}

static void
test_empty (void)
{
  static const struct { const char *text; gsize len; } cases[] = {
    { "", 0 },
    { "\xef\xbb\xbf", 3 },
    { "\r\n\r\n  \n", 7 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OkCsvReader) reader = reader_for (cases[i].text, cases[i].len,
                                                  OK_CSV_ENCODING_AUTO, 0, &error);

      g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_EMPTY);
      g_assert_null (reader);
    }
}

static void
test_binary (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
  static const guint8 xlsx[] = { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = NULL;
  guint8 noise[4096];

  reader = reader_for ((const char *) png, sizeof png, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_BINARY);
  g_assert_null (reader);
  g_clear_error (&error);

  reader = reader_for ((const char *) xlsx, sizeof xlsx, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_BINARY);
  g_assert_nonnull (strstr (error->message, "CSV"));
  g_clear_error (&error);

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_test_rand_int_range (0, 256);
  /* Not a byte order mark, and surely a NUL. */
  noise[0] = 'x';
  noise[100] = 0;
  reader = reader_for ((const char *) noise, sizeof noise, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_BINARY);
  g_assert_null (reader);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = NULL;

  /* Valid UTF-8 (ë) with a stray byte on line 3: a damaged UTF-8 file,
   * not Windows-1252, and the message says where. */
  reader = reader_for ("Naam;Taal\r\nZoë;nl\r\nBad\xff;x\r\n", -1, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "Line 3"));
  g_assert_null (reader);
  g_clear_error (&error);

  /* After a BOM the file says it is UTF-8. */
  reader = reader_for ("\xef\xbb\xbfNaam\n\xe9\n", -1, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "Line 2"));
  g_clear_error (&error);

  /* Bytes Windows-1252 does not define. */
  reader = reader_for ("Naam\n\x81\x8d\n", -1, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_ENCODING);
}

static void
test_unterminated_quote (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = reader_for ("a;b\n1;2\n3;\"open\n4;5\n", -1,
                                              OK_CSV_ENCODING_AUTO, 0, &error);
  const char * const *fields;

  g_assert_no_error (error);
  g_assert_true (ok_csv_reader_next (reader, &fields, NULL, &error));
  g_assert_true (ok_csv_reader_next (reader, &fields, NULL, &error));
  g_assert_false (ok_csv_reader_next (reader, &fields, NULL, &error));
  g_assert_error (error, OK_CSV_ERROR, OK_CSV_ERROR_QUOTE);
  g_assert_nonnull (strstr (error->message, "Line 3"));
}

static void
test_rewind (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = reader_for ("a;b\n1;2\n", -1, OK_CSV_ENCODING_AUTO, 0, &error);
  g_autofree char *first = dump (reader);
  g_autofree char *second = NULL;

  ok_csv_reader_rewind (reader);
  second = dump (reader);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpuint (ok_csv_reader_get_offset (reader), ==, ok_csv_reader_get_size (reader));
}

/* 20 MB read record by record: the memory is the file's, and the time a
 * fraction of a second. */
static void
test_large_file (void)
{
  g_autoptr(GString) text = g_string_sized_new (21 * 1024 * 1024);
  g_autoptr(GError) error = NULL;
  g_autoptr(OkCsvReader) reader = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  const char * const *fields;
  guint n, records = 0, rows;

  g_string_append (text, "Leerlingnummer;Roepnaam;Achternaam;Opmerking\r\n");
  for (rows = 0; text->len < 20 * 1024 * 1024; rows++)
    g_string_append_printf (text, "%u;Zoë;\"de Vries; %u\";\"Regel één\r\nregel twee\"\r\n",
                            100000 + rows, rows);

  reader = reader_for (text->str, text->len, OK_CSV_ENCODING_AUTO, 0, &error);
  g_assert_no_error (error);
  while (ok_csv_reader_next (reader, &fields, &n, &error))
    {
      g_assert_cmpuint (n, ==, 4);
      records++;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (records, ==, rows + 1);
  g_assert_cmpuint (ok_csv_reader_get_line (reader), ==, 2 * rows);
  g_test_message ("%u records, %.1f MB in %.3f s", records, text->len / 1048576.0,
                  g_timer_elapsed (timer, NULL));
}

static void
test_names (void)
{
  g_assert_cmpstr (ok_csv_encoding_get_name (OK_CSV_ENCODING_WINDOWS_1252), ==, "Windows-1252");
  g_assert_nonnull (ok_csv_separator_get_name (';'));
  g_assert_nonnull (ok_csv_separator_get_name ('\t'));
  g_assert_null (ok_csv_separator_get_name ('x'));
}

int
main (int argc, char *argv[])
{
  ok_test_init (&argc, &argv);
  g_test_add_func ("/csv/separators", test_separators);
  g_test_add_func ("/csv/sep-line", test_sep_line_is_skipped);
  g_test_add_func ("/csv/quoting", test_quoting);
  g_test_add_func ("/csv/line-endings", test_line_endings);
  g_test_add_func ("/csv/utf8-bom", test_utf8_bom);
  g_test_add_func ("/csv/windows-1252", test_windows_1252);
  g_test_add_func ("/csv/utf16", test_utf16);
  g_test_add_func ("/csv/forced-encoding", test_forced_encoding);
  g_test_add_func ("/csv/empty", test_empty);
  g_test_add_func ("/csv/binary", test_binary);
  g_test_add_func ("/csv/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/csv/unterminated-quote", test_unterminated_quote);
  g_test_add_func ("/csv/rewind", test_rewind);
  g_test_add_func ("/csv/large-file", test_large_file);
  g_test_add_func ("/csv/names", test_names);
  return g_test_run ();
}
