/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes data/locale/CODE.json, the date and language-name data the
 * templates use, from the CLDR data in the system's ICU. Ouderkamer itself
 * never uses ICU or the system locales: this is run by hand when a language
 * is added, and its output is committed.
 *
 *   cc scripts/cldr-locale-data.c -o /tmp/cldr $(pkg-config --cflags --libs icu-i18n)
 *   /tmp/cldr data/locale
 *
 * Choices made here, not by CLDR: the Gregorian calendar and Latin digits
 * for every language (CLDR's default for fa is the Persian calendar and
 * Persian digits, for ar Arabic-Indic digits; a Dutch school's dates, phone
 * numbers and addresses are in Latin digits, and two kinds of digit in one
 * message confuse more than they help); English as written in the
 * Netherlands (en_NL), European Portuguese (pt_PT), Tigrinya as in Eritrea
 * (ti_ER); Somali month names in their standalone form, which later CLDR
 * releases use in dates too. */
#include <stdio.h>
#include <string.h>
#include <unicode/udat.h>
#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

static const struct {
  const char *code;
  const char *icu;
  const char *time_range;   /* CLDR's interval format for two times */
  int standalone_months;
} languages[] = {
  { "nl", "nl", "{0}–{1}", 0 },
  { "en", "en_NL", "{0}–{1}", 0 },
  { "ar", "ar", "{0}–{1}", 0 },
  { "tr", "tr", "{0}–{1}", 0 },
  { "pl", "pl", "{0}–{1}", 0 },
  { "uk", "uk", "{0}–{1}", 0 },
  { "ru", "ru", "{0}–{1}", 0 },
  { "ti", "ti_ER", "{0} – {1}", 0 },
  { "so", "so", "{0}–{1}", 1 },
  { "fa", "fa", "{0} تا {1}", 0 },
  { "bg", "bg", "{0} – {1}", 0 },
  { "ro", "ro", "{0}–{1}", 0 },
  { "es", "es", "{0}–{1}", 0 },
  { "pt", "pt_PT", "{0} – {1}", 0 },
  { "fr", "fr", "{0} – {1}", 0 },
};

static void
put_string (FILE        *out,
            const UChar *text,
            int          length)
{
  char buffer[1024];
  UErrorCode status = U_ZERO_ERROR;

  u_strToUTF8 (buffer, sizeof buffer, NULL, text, length, &status);
  fputc ('"', out);
  for (const char *c = buffer; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        fputc ('\\', out);
      fputc (*c, out);
    }
  fputc ('"', out);
}

static void
put_symbols (FILE                     *out,
             UDateFormat              *format,
             const char               *key,
             UDateFormatSymbolType     type,
             int                       first)
{
  int count = udat_countSymbols (format, type);

  fprintf (out, "  \"%s\": [", key);
  for (int i = first; i < count; i++)
    {
      UChar buffer[256];
      UErrorCode status = U_ZERO_ERROR;
      int length = udat_getSymbols (format, type, i, buffer, 256, &status);

      put_string (out, buffer, length);
      if (i < count - 1)
        fputs (", ", out);
    }
  fputs ("],\n", out);
}

int
main (int   argc,
      char *argv[])
{
  const int n = sizeof languages / sizeof languages[0];

  if (argc != 2)
    {
      fprintf (stderr, "Usage: %s DATA/LOCALE-FOLDER\n", argv[0]);
      return 2;
    }

  for (int i = 0; i < n; i++)
    {
      char locale[64], path[512];
      UChar buffer[256];
      UErrorCode status = U_ZERO_ERROR;
      UDateFormat *date, *time;
      ULocaleDisplayNames *names;
      FILE *out;
      int length;

      snprintf (locale, sizeof locale, "%s@calendar=gregorian;numbers=latn", languages[i].icu);
      snprintf (path, sizeof path, "%s/%s.json", argv[1], languages[i].code);
      out = fopen (path, "w");
      if (out == NULL)
        {
          perror (path);
          return 1;
        }

      date = udat_open (UDAT_NONE, UDAT_FULL, locale, NULL, 0, NULL, 0, &status);
      time = udat_open (UDAT_SHORT, UDAT_NONE, locale, NULL, 0, NULL, 0, &status);
      names = uldn_open (languages[i].icu, ULDN_STANDARD_NAMES, &status);
      if (U_FAILURE (status))
        {
          fprintf (stderr, "%s: %s\n", languages[i].icu, u_errorName (status));
          return 1;
        }

      fprintf (out, "{\n  \"code\": \"%s\",\n  \"name\": ", languages[i].code);
      length = uldn_languageDisplayName (names, languages[i].code, buffer, 256, &status);
      put_string (out, buffer, length);
      fprintf (out, ",\n  \"direction\": \"%s\",\n",
               uloc_isRightToLeft (languages[i].icu) ? "rtl" : "ltr");
      fputs ("  \"date\": ", out);
      length = udat_toPattern (date, 0, buffer, 256, &status);
      put_string (out, buffer, length);
      fputs (",\n  \"time\": ", out);
      length = udat_toPattern (time, 0, buffer, 256, &status);
      put_string (out, buffer, length);
      fprintf (out, ",\n  \"time_range\": \"%s\",\n", languages[i].time_range);
      put_symbols (out, date, "am_pm", UDAT_AM_PMS, 0);
      /* ICU counts weekdays from 1 (Sunday). */
      put_symbols (out, date, "weekdays", UDAT_WEEKDAYS, 1);
      put_symbols (out, date, "months",
                   languages[i].standalone_months ? UDAT_STANDALONE_MONTHS : UDAT_MONTHS, 0);

      fputs ("  \"languages\": {\n", out);
      for (int j = 0; j < n; j++)
        {
          length = uldn_languageDisplayName (names, languages[j].code, buffer, 256, &status);
          fprintf (out, "    \"%s\": ", languages[j].code);
          put_string (out, buffer, length);
          fputs (j < n - 1 ? ",\n" : "\n", out);
        }
      fputs ("  }\n}\n", out);

      if (U_FAILURE (status))
        {
          fprintf (stderr, "%s: %s\n", languages[i].icu, u_errorName (status));
          return 1;
        }
      uldn_close (names);
      udat_close (time);
      udat_close (date);
      fclose (out);
    }
  return 0;
}
