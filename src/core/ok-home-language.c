/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Home languages of families: what Dutch school administrations write in
 * "Thuistaal" (Dutch names, English names, ISO codes, with or without
 * diacritics), mapped to ISO 639 codes: the two-letter 639-1 code where
 * one exists, else the 639-3 code. A name that is not in the table is
 * reported to the user, never guessed: a wrong home language means a
 * letter nobody reads. (OkLanguage, in ok-language.c, is the other side:
 * how a language a message is written in formats dates and times.)
 *
 * The display names are Dutch on purpose, like the theme catalogue: the
 * app speaks to Dutch schools, and bilingual letters name the language in
 * Dutch whatever the desktop's own language. */
#define G_LOG_DOMAIN "ok-home-language"

#include "config.h"

#include <string.h>

#include "ok-home-language.h"

typedef struct {
  const char *code;
  const char *name;      /* Dutch display name */
  const char *aliases;   /* '|'-separated: other names and ISO 639-2/3 codes */
} Language;

static const Language languages[] = {
  { "af", "Afrikaans", "afrikaans|afr" },
  { "ak", "Akan", "akan|aka" },
  { "sq", "Albanees", "albanees|albanian|sqi|alb|shqip" },
  { "am", "Amhaars", "amharisch|amharic|amh" },
  { "ar", "Arabisch", "arabic|ara|standaardarabisch" },
  { "hy", "Armeens", "armenian|hye|arm" },
  { "az", "Azerbeidzjaans", "azerbaijani|azeri|aze|azerbeidjaans" },
  { "bn", "Bengaals", "bengali|bangla|ben" },
  { "ber", "Berbers (Tamazight)", "berbers|berber|tamazight|amazigh|tamazigh" },
  { "bs", "Bosnisch", "bosnian|bos" },
  { "bg", "Bulgaars", "bulgarian|bul" },
  { "tzm", "Centraal-Atlas-Tamazight", "centralatlastamazight|tzm" },
  { "zh", "Chinees", "chinese|zho|chi" },
  { "prs", "Dari", "dari|afghaansperzisch" },
  { "da", "Deens", "danish|dan" },
  { "de", "Duits", "german|deu|ger|deutsch" },
  { "en", "Engels", "english|eng" },
  { "et", "Estisch", "estonian|est" },
  { "ee", "Ewe", "ewe" },
  { "fil", "Filipijns", "filipino|pilipino" },
  { "fi", "Fins", "finnish|fin" },
  { "fr", "Frans", "french|fra|fre|francais" },
  { "fy", "Fries", "frysk|frisian|fry|westerlauwersfries" },
  { "ff", "Fula", "fulani|fulfulde|peul|pulaar|ful" },
  { "ka", "Georgisch", "georgian|kat|geo" },
  { "el", "Grieks", "greek|ell|gre" },
  { "gu", "Gujarati", "gujarati|guj" },
  { "ha", "Hausa", "hau" },
  { "he", "Hebreeuws", "hebrew|heb|ivriet" },
  { "hi", "Hindi", "hin" },
  { "hu", "Hongaars", "hungarian|hun" },
  { "ig", "Igbo", "ibo" },
  { "id", "Indonesisch", "indonesian|ind|bahasaindonesia" },
  { "it", "Italiaans", "italian|ita" },
  { "ja", "Japans", "japanese|jpn" },
  { "jv", "Javaans", "javanese|jav" },
  { "kea", "Kaapverdisch", "kaapverdiaans|kabuverdianu|capeverdeancreole" },
  { "yue", "Kantonees", "cantonese" },
  { "kk", "Kazachs", "kazakh|kaz" },
  { "rw", "Kinyarwanda", "kin" },
  { "ky", "Kirgizisch", "kyrgyz|kirghiz|kir" },
  { "rn", "Kirundi", "rundi|run" },
  { "ku", "Koerdisch", "kurdish|kur" },
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
  { "nl", "Nederlands", "dutch|nld|dut|hollands" },
  { "dse", "Nederlandse Gebarentaal", "gebarentaal|ngt|dutchsignlanguage" },
  { "ne", "Nepalees", "nepali|nep" },
  { "no", "Noors", "norwegian|nor" },
  { "uk", "Oekraïens", "ukrainian|ukr" },
  { "uz", "Oezbeeks", "uzbek|uzb" },
  { "om", "Oromo", "orm|afaanoromo" },
  { "pap", "Papiaments", "papiamento|papiamentu" },
  { "ps", "Pashto", "pasjtoe|pasjtoes|pasjto|pashtu|pushto|pus" },
  { "fa", "Perzisch (Farsi)", "perzisch|farsi|persian|fas|per" },
  { "pl", "Pools", "polish|pol|polski" },
  { "pt", "Portugees", "portuguese|por|braziliaansportugees" },
  { "pa", "Punjabi", "panjabi|pandjabi|pan" },
  { "ro", "Roemeens", "romanian|ron|rum" },
  { "rom", "Romani", "romanes" },
  { "ru", "Russisch", "russian|rus" },
  { "hns", "Sarnami (Surinaams-Hindoestaans)", "sarnami|sarnamihindoestani|sarnamihindi|hindoestaans|surinaamshindoestaans|caribbeanhindustani" },
  { "sr", "Servisch", "serbian|srp" },
  { "hbs", "Servo-Kroatisch", "servokroatisch|serbocroatian" },
  { "sd", "Sindhi", "snd" },
  { "si", "Singalees", "sinhala|sinhalese|sin" },
  { "sl", "Sloveens", "slovenian|slovene|slv" },
  { "sk", "Slowaaks", "slovak|slk|slo" },
  { "so", "Somalisch", "somali|som" },
  { "ckb", "Sorani", "centraalkoerdisch|centralkurdish" },
  { "es", "Spaans", "spanish|spa|espanol|castellano" },
  /* Dutch administrations write "Surinaams" for Sranan Tongo, the lingua
   * franca of Suriname; Sarnami has its own names above. */
  { "srn", "Sranantongo", "sranan|srananton|surinaams|srantongo" },
  { "zgh", "Standaard-Marokkaans Tamazight", "standardmoroccantamazight|zgh" },
  { "sw", "Swahili", "kiswahili|swa" },
  { "tg", "Tadzjieks", "tajik|tgk" },
  { "tl", "Tagalog", "tgl" },
  { "ta", "Tamil", "tam" },
  { "rif", "Tarifit (Riffijns)", "tarifit|tarifiyt|riffijns|rifijns|rifberbers|riffijnsberbers|riffian" },
  { "shi", "Tashelhit", "tachelhit|tashelhiyt|shilha|sjilha|chleuh" },
  { "th", "Thais", "thai|tha" },
  { "tig", "Tigre", "tigrees" },
  /* "Eritrees" is how Dutch administrations record Tigrinya, the first
   * language of nearly all Eritrean families in the Netherlands. */
  { "ti", "Tigrinya", "tigrinia|tigrigna|tigriniya|tigrinja|tir|eritrees" },
  { "cs", "Tsjechisch", "czech|ces|cze" },
  { "ce", "Tsjetsjeens", "chechen|che" },
  { "tr", "Turks", "turkish|tur|turkce" },
  { "tk", "Turkmeens", "turkmen|tuk" },
  { "tru", "Turoyo (Suryoyo)", "turoyo|suryoyo|surayt" },
  { "tw", "Twi", "twi" },
  { "ur", "Urdu", "urd" },
  { "vi", "Vietnamees", "vietnamese|vie" },
  { "be", "Wit-Russisch", "belarusian|belarussisch|bel" },
  { "wo", "Wolof", "wol" },
  { "yo", "Yoruba", "yor" },
  { "zza", "Zaza", "zazaki" },
  { "sv", "Zweeds", "swedish|swe" },
};

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

static GHashTable *
name_index (void)
{
  static GHashTable *index;

  if (g_once_init_enter (&index))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
        {
          g_auto(GStrv) aliases = g_strsplit (languages[i].aliases, "|", -1);

          g_hash_table_insert (table, name_key (languages[i].code), (gpointer) &languages[i]);
          g_hash_table_insert (table, name_key (languages[i].name), (gpointer) &languages[i]);
          for (guint j = 0; aliases[j] != NULL; j++)
            g_hash_table_insert (table, name_key (aliases[j]), (gpointer) &languages[i]);
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
 * ok_home_language_from_name:
 * @name: a language name (Dutch or English) or an ISO 639 code
 *
 * Returns: (nullable): the ISO 639 code, or %NULL for an unknown name
 */
const char *
ok_home_language_from_name (const char *name)
{
  const Language *language = lookup (name);

  return language != NULL ? language->code : NULL;
}

/**
 * ok_home_language_display_name:
 * @code: an ISO 639 code
 *
 * Returns: (nullable): the Dutch name of the language, or %NULL for a code
 *   the table does not know
 */
const char *
ok_home_language_display_name (const char *code)
{
  if (code == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_ascii_strcasecmp (languages[i].code, code) == 0)
      return languages[i].name;
  return NULL;
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
 * ok_home_language_parse_list:
 * @text: one or more languages, separated by `/`, `,`, `;`, `+`, `&` or
 *   the word "en"/"and"
 * @unknown: (out) (optional) (transfer full): the names that are not known,
 *   as written
 *
 * Returns: (transfer full): the ISO 639 codes, in the order given, without
 *   repeats; empty when none is known
 */
char **
ok_home_language_parse_list (const char   *text,
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
