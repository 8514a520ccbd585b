/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OK_CSV_ERROR (ok_csv_error_quark ())

typedef enum {
  OK_CSV_ERROR_EMPTY,      /* no bytes, or only a byte order mark */
  OK_CSV_ERROR_BINARY,     /* not text: a workbook, a picture, … */
  OK_CSV_ERROR_ENCODING,   /* text, but in no encoding we can read */
  OK_CSV_ERROR_QUOTE,      /* a quoted field that never ends */
} OkCsvError;

typedef enum {
  OK_CSV_ENCODING_AUTO,
  OK_CSV_ENCODING_UTF8,
  OK_CSV_ENCODING_UTF8_BOM,
  OK_CSV_ENCODING_UTF16LE,
  OK_CSV_ENCODING_UTF16BE,
  OK_CSV_ENCODING_WINDOWS_1252,
} OkCsvEncoding;

#define OK_TYPE_CSV_READER (ok_csv_reader_get_type ())
G_DECLARE_FINAL_TYPE (OkCsvReader, ok_csv_reader, OK, CSV_READER, GObject)

GQuark         ok_csv_error_quark          (void);
/* Writing: RFC 4180 quoting, and a leading =, +, - or @ prefixed with '
 * so that a spreadsheet does not run the text as a formula (phone numbers
 * such as +31612345678 excepted). */
void           ok_csv_append_field         (GString        *out,
                                            const char     *text);

const char    *ok_csv_encoding_get_name    (OkCsvEncoding   encoding);
const char    *ok_csv_separator_get_name   (char            separator);

OkCsvReader   *ok_csv_reader_new           (GBytes         *bytes,
                                            OkCsvEncoding   encoding,
                                            char            separator,
                                            GError        **error);

OkCsvEncoding  ok_csv_reader_get_encoding  (OkCsvReader    *self);
char           ok_csv_reader_get_separator (OkCsvReader    *self);

gboolean       ok_csv_reader_next          (OkCsvReader    *self,
                                            const char * const **fields,
                                            guint          *n_fields,
                                            GError        **error);
guint          ok_csv_reader_get_line      (OkCsvReader    *self);
gsize          ok_csv_reader_get_offset    (OkCsvReader    *self);
gsize          ok_csv_reader_get_size      (OkCsvReader    *self);
void           ok_csv_reader_rewind        (OkCsvReader    *self);

G_END_DECLS
