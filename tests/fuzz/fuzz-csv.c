/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target for everything an untrusted CSV file reaches before
 * the database: decoding, separator detection, record splitting, the
 * column mapping, the preview, and the phone and language parsers on
 * every field. Build with -Dfuzzing=true (clang) and run
 *   build-fuzz/tests/fuzz/fuzz-csv CORPUS tests/data/import */
#include "config.h"

#include <stdint.h>

#include "ok-csv.h"
#include "ok-import.h"
#include "ok-language-table.h"
#include "ok-phone.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
read_all (GBytes        *bytes,
          OkCsvEncoding  encoding,
          char           separator)
{
  g_autoptr(OkCsvReader) reader = ok_csv_reader_new (bytes, encoding, separator, NULL);
  g_autoptr(OkImportMapping) mapping = NULL;
  const char * const *fields;
  guint n_fields;

  if (reader == NULL)
    return;
  if (!ok_csv_reader_next (reader, &fields, &n_fields, NULL))
    return;
  mapping = ok_import_mapping_new (fields);
  g_strfreev (ok_import_mapping_dup_unknown_columns (mapping));
  ok_import_mapping_check (mapping, NULL);

  while (ok_csv_reader_next (reader, &fields, &n_fields, NULL))
    for (guint i = 0; i < n_fields; i++)
      {
        g_auto(GStrv) unknown = NULL;

        g_free (ok_phone_normalize (fields[i]));
        g_strfreev (ok_language_parse_list (fields[i], &unknown));
        ok_language_from_name (fields[i]);
        ok_import_field_from_header (fields[i]);
      }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(OkImport) import = ok_import_new ();

  read_all (bytes, OK_CSV_ENCODING_AUTO, 0);
  read_all (bytes, OK_CSV_ENCODING_WINDOWS_1252, '\t');
  ok_import_load_bytes (import, bytes, NULL);
  return 0;
}
