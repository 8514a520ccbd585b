/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every language the app knows by its code, in one table: the Dutch name,
 * the translated name of the commonest ones, the names Dutch school
 * administrations write in "Thuistaal" (Dutch and English names, ISO
 * codes, with or without diacritics), and whether a language is written
 * from right to left or is rarely written at all. Codes are ISO 639: the
 * two-letter 639-1 code where one exists, else the 639-3 code. A name that
 * is not in the table is reported to the user, never guessed: a wrong home
 * language means a letter nobody reads. (OkLanguage, in ok-language.c, is
 * the other side: how a language a message is written in formats dates
 * and times.)
 *
 * The Dutch names are Dutch on purpose, like the theme catalogue: the app
 * speaks to Dutch schools, and bilingual letters name the language in
 * Dutch whatever the desktop's own language. */
#define G_LOG_DOMAIN "ok-language-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ok-language-table.h"

/* Tamazight and its Moroccan varieties (Tarifit, Tashelhit, Central Atlas)
 * and Sranan are spoken far more than they are read: their speakers in the
 * Netherlands mostly learnt to read in another language, or not at all. */
#define SPOKEN (1 << 0)
#define RTL    (1 << 1)

typedef struct {
  const char *code;
  const char *name;      /* Dutch display name */
  const char *aliases;   /* '|'-separated: other names and ISO 639-2/3 codes */
  guint facts;           /* SPOKEN, RTL */
  const char *english;   /* the name in the interface, translated */
  const char *check_in;  /* the name asked at the door, where people know
                          * the language by a second name */
} Language;

static const Language languages[] = {
  /* The languages met most at Dutch schools, in the order the app offers them. */
  { "nl", "Nederlands", "dutch|nld|dut|hollands", 0, N_("Dutch") },
  { "ar", "Arabisch", "arabic|ara|standaardarabisch", RTL, N_("Arabic") },
  { "tr", "Turks", "turkish|tur|turkce", 0, N_("Turkish") },
  { "ber", "Berbers (Tamazight)", "berbers|berber|tamazight|amazigh|tamazigh", SPOKEN, N_("Berber") },
  { "zgh", "Standaard-Marokkaans Tamazight", "standardmoroccantamazight|zgh", SPOKEN, N_("Tamazight"), NC_("check-in language", "Tamazight") },
  { "pl", "Pools", "polish|pol|polski", 0, N_("Polish") },
  { "uk", "Oekraïens", "ukrainian|ukr", 0, N_("Ukrainian") },
  { "ru", "Russisch", "russian|rus", 0, N_("Russian") },
  /* "Eritrees" is how Dutch administrations record Tigrinya, the first
   * language of nearly all Eritrean families in the Netherlands. */
  { "ti", "Tigrinya", "tigrinia|tigrigna|tigriniya|tigrinja|tir|eritrees", 0, N_("Tigrinya") },
  { "so", "Somalisch", "somali|som", 0, N_("Somali") },
  { "am", "Amhaars", "amharisch|amharic|amh", 0, N_("Amharic") },
  { "fa", "Perzisch (Farsi)", "perzisch|farsi|persian|fas|per", RTL, N_("Persian"), NC_("check-in language", "Persian") },
  { "prs", "Dari", "dari|afghaansperzisch", RTL, N_("Dari") },
  { "ps", "Pashto", "pasjtoe|pasjtoes|pasjto|pashtu|pushto|pus", RTL, N_("Pashto") },
  { "ku", "Koerdisch", "kurdish|kur", 0, N_("Kurdish") },
  { "en", "Engels", "english|eng", 0, N_("English") },
  { "es", "Spaans", "spanish|spa|espanol|castellano", 0, N_("Spanish") },
  { "pt", "Portugees", "portuguese|por|braziliaansportugees", 0, N_("Portuguese") },
  { "fr", "Frans", "french|fra|fre|francais", 0, N_("French") },
  { "de", "Duits", "german|deu|ger|deutsch", 0, N_("German") },
  { "it", "Italiaans", "italian|ita", 0, N_("Italian") },
  { "ro", "Roemeens", "romanian|ron|rum", 0, N_("Romanian") },
  { "bg", "Bulgaars", "bulgarian|bul", 0, N_("Bulgarian") },
  { "hu", "Hongaars", "hungarian|hun", 0, N_("Hungarian") },
  { "zh", "Chinees", "chinese|zho|chi", 0, N_("Chinese") },
  { "hi", "Hindi", "hin", 0, N_("Hindi") },
  { "ur", "Urdu", "urd", RTL, N_("Urdu") },
  { "pap", "Papiaments", "papiamento|papiamentu", 0, N_("Papiamento") },
  /* Dutch administrations write "Surinaams" for Sranan Tongo, the lingua
   * franca of Suriname; Sarnami has a row of its own. */
  { "srn", "Sranantongo", "sranan|srananton|surinaams|srantongo", SPOKEN, N_("Sranan Tongo") },
  { "fy", "Fries", "frysk|frisian|fry|westerlauwersfries", 0, N_("Frisian") },
  /* The rarer ones, by their Dutch name. */
  { "af", "Afrikaans", "afrikaans|afr" },
  { "ak", "Akan", "akan|aka" },
  { "sq", "Albanees", "albanees|albanian|sqi|alb|shqip" },
  { "hy", "Armeens", "armenian|hye|arm" },
  { "az", "Azerbeidzjaans", "azerbaijani|azeri|aze|azerbeidjaans" },
  { "bn", "Bengaals", "bengali|bangla|ben" },
  { "bs", "Bosnisch", "bosnian|bos" },
  { "tzm", "Centraal-Atlas-Tamazight", "centralatlastamazight|tzm", SPOKEN },
  { "da", "Deens", "danish|dan" },
  { "et", "Estisch", "estonian|est" },
  { "ee", "Ewe", "ewe" },
  { "fil", "Filipijns", "filipino|pilipino" },
  { "fi", "Fins", "finnish|fin" },
  { "ff", "Fula", "fulani|fulfulde|peul|pulaar|ful" },
  { "ka", "Georgisch", "georgian|kat|geo" },
  { "el", "Grieks", "greek|ell|gre" },
  { "gu", "Gujarati", "gujarati|guj" },
  { "ha", "Hausa", "hau" },
  { "he", "Hebreeuws", "hebrew|heb|ivriet", RTL },
  { "ig", "Igbo", "ibo" },
  { "id", "Indonesisch", "indonesian|ind|bahasaindonesia" },
  { "ja", "Japans", "japanese|jpn" },
  { "jv", "Javaans", "javanese|jav" },
  { "kea", "Kaapverdisch", "kaapverdiaans|kabuverdianu|capeverdeancreole" },
  { "yue", "Kantonees", "cantonese" },
  { "kk", "Kazachs", "kazakh|kaz" },
  { "rw", "Kinyarwanda", "kin" },
  { "ky", "Kirgizisch", "kyrgyz|kirghiz|kir" },
  { "rn", "Kirundi", "rundi|run" },
  { "ko", "Koreaans", "korean|kor" },
  { "hr", "Kroatisch", "croatian|hrv" },
  { "kmr", "Kurmanji", "kurmanci|kurmandji|noordkoerdisch" },
  { "lv", "Lets", "latvian|lav" },
  { "ln", "Lingala", "lin" },
  { "lt", "Litouws", "lithuanian|lit" },
  { "mk", "Macedonisch", "macedonian|mkd|mac" },
  { "ms", "Maleis", "malay|msa|may" },
  { "cmn", "Mandarijn", "mandarin|mandarijnchinees" },
  { "ary", "Marokkaans-Arabisch", "darija|moroccanarabic" },
  { "mn", "Mongools", "mongolian|mon" },
  { "dse", "Nederlandse Gebarentaal", "gebarentaal|ngt|dutchsignlanguage" },
  { "ne", "Nepalees", "nepali|nep" },
  { "no", "Noors", "norwegian|nor" },
  { "uz", "Oezbeeks", "uzbek|uzb" },
  { "om", "Oromo", "orm|afaanoromo" },
  { "pa", "Punjabi", "panjabi|pandjabi|pan" },
  { "rom", "Romani", "romanes" },
  { "hns", "Sarnami (Surinaams-Hindoestaans)", "sarnami|sarnamihindoestani|sarnamihindi|hindoestaans|surinaamshindoestaans|caribbeanhindustani" },
  { "sr", "Servisch", "serbian|srp" },
  { "hbs", "Servo-Kroatisch", "servokroatisch|serbocroatian" },
  { "sd", "Sindhi", "snd", RTL },
  { "si", "Singalees", "sinhala|sinhalese|sin" },
  { "sl", "Sloveens", "slovenian|slovene|slv" },
  { "sk", "Slowaaks", "slovak|slk|slo" },
  { "ckb", "Sorani", "centraalkoerdisch|centralkurdish", RTL },
  { "sw", "Swahili", "kiswahili|swa" },
  { "tg", "Tadzjieks", "tajik|tgk" },
  { "tl", "Tagalog", "tgl" },
  { "ta", "Tamil", "tam" },
  { "rif", "Tarifit (Riffijns)", "tarifit|tarifiyt|riffijns|rifijns|rifberbers|riffijnsberbers|riffian", SPOKEN },
  { "shi", "Tashelhit", "tachelhit|tashelhiyt|shilha|sjilha|chleuh", SPOKEN },
  { "th", "Thais", "thai|tha" },
  { "tig", "Tigre", "tigrees" },
  { "cs", "Tsjechisch", "czech|ces|cze" },
  { "ce", "Tsjetsjeens", "chechen|che" },
  { "tk", "Turkmeens", "turkmen|tuk" },
  { "tru", "Turoyo (Suryoyo)", "turoyo|suryoyo|surayt" },
  { "tw", "Twi", "twi" },
  { "vi", "Vietnamees", "vietnamese|vie" },
  { "be", "Wit-Russisch", "belarusian|belarussisch|bel" },
  { "wo", "Wolof", "wol" },
  { "yo", "Yoruba", "yor" },
  { "zza", "Zaza", "zazaki" },
  { "sv", "Zweeds", "swedish|swe" },
  /* Known only by their direction, for writing in them. */
  { "arc", NULL, NULL, RTL },
  { "dv", NULL, NULL, RTL },
  { "ks", NULL, NULL, RTL },
  { "syr", NULL, NULL, RTL },
  { "ug", NULL, NULL, RTL },
  { "yi", NULL, NULL, RTL },
};

/* The languages offered to someone at the door, most often met first. */
static const char * const check_in_codes[] = {
  "nl", "ar", "tr", "zgh", "pl", "uk", "ru", "ti", "so", "fa", "bg", "ro", "en", "es", "pt", "fr", NULL
};

/* Codes are compared without case: "NL" is "nl". */
static const Language *
find_code (const char *code,
           gsize       length)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (strlen (languages[i].code) == length && g_ascii_strncasecmp (languages[i].code, code, length) == 0)
      return &languages[i];
  return NULL;
}

static const Language *
find (const char *code)
{
  return code != NULL ? find_code (code, strlen (code)) : NULL;
}

/* Names */

/**
 * ok_language_name:
 * @code: an ISO 639 code
 *
 * Returns: the translated name of a common language; for a rarer one the
 *   Dutch name the importer knows it by, and the code itself when nobody
 *   knows it
 */
const char *
ok_language_name (const char *code)
{
  const Language *language;

  if (code == NULL)
    return "";
  language = find (code);
  if (language != NULL && language->english != NULL)
    return _(language->english);
  if (language != NULL && language->name != NULL)
    return language->name;
  return code;
}

/**
 * ok_language_dutch_name:
 * @code: an ISO 639 code
 *
 * Returns: (nullable): the Dutch name of the language, or %NULL for a code
 *   the table does not name
 */
const char *
ok_language_dutch_name (const char *code)
{
  const Language *language = find (code);

  return language != NULL ? language->name : NULL;
}

/**
 * ok_language_check_in_name:
 * @code: one of ok_language_check_in_codes()
 *
 * Returns: the name to offer someone at the door
 */
const char *
ok_language_check_in_name (const char *code)
{
  const Language *language = find (code);

  if (language != NULL && language->check_in != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, "check-in language", language->check_in);
  return ok_language_name (code);
}

char *
ok_language_list_text (const char * const *codes)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, ok_language_name (codes[i]));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/**
 * ok_language_common_codes:
 *
 * Returns: (transfer none): the languages with a translated name, in the
 *   order the app offers them
 */
const char * const *
ok_language_common_codes (void)
{
  static const char **codes;

  if (g_once_init_enter (&codes))
    {
      GPtrArray *common = g_ptr_array_new ();

      for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
        if (languages[i].english != NULL)
          g_ptr_array_add (common, (gpointer) languages[i].code);
      g_ptr_array_add (common, NULL);
      g_once_init_leave (&codes, (const char **) g_ptr_array_free (common, FALSE));
    }
  return codes;
}

const char * const *
ok_language_check_in_codes (void)
{
  return check_in_codes;
}

/* Reading names */

/* Case, diacritics, spaces and hyphens do not tell names apart:
 * "Oekraïens", "oekraiens" and "Sranan-Tongo"/"sranantongo" are one. */
static char *
name_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  g_autofree char *ascii = g_str_to_ascii (folded, "C");
  GString *key = g_string_sized_new (strlen (ascii));

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (key, g_ascii_tolower (*p));
  return g_string_free (key, FALSE);
}

/* One name for two languages would make the import guess between them. */
static void
index_name (GHashTable     *table,
            const char     *name,
            const Language *language)
{
  g_autofree char *key = name_key (name);
  const Language *known = g_hash_table_lookup (table, key);

  g_warn_if_fail (known == NULL || known == language);
  g_hash_table_insert (table, g_steal_pointer (&key), (gpointer) language);
}

static GHashTable *
name_index (void)
{
  static GHashTable *index;

  if (g_once_init_enter (&index))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
        {
          g_auto(GStrv) aliases = NULL;

          /* A language known only by its direction is no home language. */
          if (languages[i].name == NULL)
            continue;
          aliases = g_strsplit (languages[i].aliases, "|", -1);
          index_name (table, languages[i].code, &languages[i]);
          index_name (table, languages[i].name, &languages[i]);
          for (guint j = 0; aliases[j] != NULL; j++)
            index_name (table, aliases[j], &languages[i]);
        }
      g_once_init_leave (&index, table);
    }
  return index;
}

static const Language *
lookup (const char *name)
{
  g_autofree char *key = NULL;
  const Language *language;

  if (name == NULL)
    return NULL;
  key = name_key (name);
  if (*key == '\0')
    return NULL;
  language = g_hash_table_lookup (name_index (), key);
  if (language != NULL)
    return language;

  /* A language tag such as "nl-NL" or "pt_BR" names its language first. */
  if (strlen (name) > 3 && (name[2] == '-' || name[2] == '_' || name[3] == '-' || name[3] == '_'))
    {
      g_autofree char *primary = g_strndup (name, name[2] == '-' || name[2] == '_' ? 2 : 3);
      g_autofree char *primary_key = name_key (primary);

      if (strlen (primary_key) == strlen (primary))
        return g_hash_table_lookup (name_index (), primary_key);
    }
  return NULL;
}

/**
 * ok_language_from_name:
 * @name: a language name (Dutch or English) or an ISO 639 code
 *
 * Returns: (nullable): the ISO 639 code, or %NULL for an unknown name
 */
const char *
ok_language_from_name (const char *name)
{
  const Language *language = lookup (name);

  return language != NULL ? language->code : NULL;
}

static void
add_unique (GPtrArray  *array,
            const char *text)
{
  for (guint i = 0; i < array->len; i++)
    if (g_str_equal (array->pdata[i], text))
      return;
  g_ptr_array_add (array, g_strdup (text));
}

/* "Berbers (Tarifit)" is one language named twice when the whole is not
 * known; each part is then looked up on its own. */
static gboolean
parse_item (const char *item,
            GPtrArray  *codes)
{
  const Language *language = lookup (item);
  const char *open = strchr (item, '(');
  const char *close = open != NULL ? strchr (open, ')') : NULL;
  g_autofree char *outside = NULL;
  g_autofree char *inside = NULL;
  const Language *first, *second;

  if (language != NULL)
    {
      add_unique (codes, language->code);
      return TRUE;
    }
  if (open == NULL || close == NULL)
    return FALSE;

  outside = g_strstrip (g_strndup (item, open - item));
  inside = g_strstrip (g_strndup (open + 1, close - open - 1));
  first = lookup (outside);
  second = lookup (inside);
  if (first == NULL || second == NULL)
    return FALSE;
  add_unique (codes, first->code);
  add_unique (codes, second->code);
  return TRUE;
}

/**
 * ok_language_parse_list:
 * @text: one or more languages, separated by `/`, `,`, `;`, `+`, `&` or
 *   the word "en"/"and"
 * @unknown: (out) (optional) (transfer full): the names that are not known,
 *   as written
 *
 * Returns: (transfer full): the ISO 639 codes, in the order given, without
 *   repeats; empty when none is known
 */
char **
ok_language_parse_list (const char   *text,
                        char       ***unknown)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) not_known = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) normalised = g_string_new (text);
  g_auto(GStrv) items = NULL;

  g_string_replace (normalised, " en ", "/", 0);
  g_string_replace (normalised, " and ", "/", 0);
  for (char *p = normalised->str; *p != '\0'; p++)
    if (strchr (",;+&", *p) != NULL)
      *p = '/';

  items = g_strsplit (normalised->str, "/", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);

      if (*item == '\0')
        continue;
      if (!parse_item (item, codes))
        add_unique (not_known, item);
    }

  g_ptr_array_add (codes, NULL);
  if (unknown != NULL)
    {
      g_ptr_array_add (not_known, NULL);
      *unknown = (char **) g_ptr_array_free (g_steal_pointer (&not_known), FALSE);
    }
  return (char **) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

/* Facts */

/**
 * ok_language_code_is_rtl:
 * @code: a language code
 *
 * Whether a language is written from right to left, by its code alone: for
 * languages that have no data (yet), and for the direction of a text field
 * before its language is loaded. A script subtag decides when there is one.
 */
gboolean
ok_language_code_is_rtl (const char *code)
{
  const Language *language;
  const char *dash;

  if (code == NULL)
    return FALSE;
  dash = strchr (code, '-');
  if (dash != NULL && strlen (dash + 1) == 4)
    return g_ascii_strcasecmp (dash + 1, "Arab") == 0 || g_ascii_strcasecmp (dash + 1, "Hebr") == 0
           || g_ascii_strcasecmp (dash + 1, "Syrc") == 0 || g_ascii_strcasecmp (dash + 1, "Thaa") == 0;
  language = find_code (code, dash != NULL ? (gsize) (dash - code) : strlen (code));
  return language != NULL && (language->facts & RTL) != 0;
}

/**
 * ok_language_code_is_written:
 * @code: a language code
 *
 * Whether parents can be expected to read a language: not those the table
 * knows as spoken far more than read.
 */
gboolean
ok_language_code_is_written (const char *code)
{
  const Language *language;

  if (code == NULL || *code == '\0')
    return FALSE;
  language = find_code (code, strcspn (code, "-_"));
  return language == NULL || (language->facts & SPOKEN) == 0;
}
