/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Which column of an export holds which field. Every administration names
 * its columns a little differently ("Ouder1 Telefoon", "Mobiel verzorger 1",
 * "Telefoonnummer ouder/verzorger 1"), so headers are compared without
 * case, diacritics, spaces or punctuation, and caregiver columns are read
 * as role + number + kind in any order. The user can correct the result. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-import.h"
#include "ok-import-mapping.h"

struct _OkImportMapping
{
  GObject parent_instance;

  GPtrArray *names;              /* the header as written */
  GArray *fields;                /* OkImportField per column */
};

G_DEFINE_FINAL_TYPE (OkImportMapping, ok_import_mapping, G_TYPE_OBJECT)

typedef struct {
  const char *header;            /* canonical header */
  const char *label;             /* for the column chooser */
  gboolean required;
} FieldInfo;

static const FieldInfo field_info[OK_IMPORT_N_FIELDS] = {
  [OK_IMPORT_FIELD_PUPIL_NUMBER] = { "Leerlingnummer", N_("Pupil number"), TRUE },
  [OK_IMPORT_FIELD_FIRST_NAME] = { "Roepnaam", N_("First name"), TRUE },
  [OK_IMPORT_FIELD_INFIX] = { "Tussenvoegsel", N_("Name prefix"), FALSE },
  [OK_IMPORT_FIELD_LAST_NAME] = { "Achternaam", N_("Last name"), TRUE },
  [OK_IMPORT_FIELD_GROUP] = { "Groep", N_("Group"), FALSE },
  [OK_IMPORT_FIELD_PARENT1_NAME] = { "Ouder1 Naam", N_("Parent 1: name"), FALSE },
  [OK_IMPORT_FIELD_PARENT1_PHONE] = { "Ouder1 Telefoon", N_("Parent 1: phone"), FALSE },
  [OK_IMPORT_FIELD_PARENT1_EMAIL] = { "Ouder1 E-mail", N_("Parent 1: e-mail"), FALSE },
  [OK_IMPORT_FIELD_PARENT2_NAME] = { "Ouder2 Naam", N_("Parent 2: name"), FALSE },
  [OK_IMPORT_FIELD_PARENT2_PHONE] = { "Ouder2 Telefoon", N_("Parent 2: phone"), FALSE },
  [OK_IMPORT_FIELD_PARENT2_EMAIL] = { "Ouder2 E-mail", N_("Parent 2: e-mail"), FALSE },
  [OK_IMPORT_FIELD_HOME_LANGUAGE] = { "Thuistaal", N_("Home language"), FALSE },
  [OK_IMPORT_FIELD_INTERPRETER] = { "Tolk", N_("Interpreter needed"), FALSE },
  [OK_IMPORT_FIELD_POSTCODE] = { "Postcode", N_("Postcode"), FALSE },
  [OK_IMPORT_FIELD_HOUSE_NUMBER] = { "Huisnummer", N_("House number"), FALSE },
  [OK_IMPORT_FIELD_LEAVING_DATE] = { "Uitschrijfdatum", N_("Leaving date"), FALSE },
  [OK_IMPORT_FIELD_HOUSE_NUMBER_SUFFIX] = { "Toevoeging", N_("House number suffix"), FALSE },
  [OK_IMPORT_FIELD_ENROLMENT_DATE] = { "Inschrijfdatum", N_("Enrolment date"), FALSE },
};

/* Other names for the fields that are not a caregiver's, best first: when
 * an export has both "Roepnaam" and "Voornamen", the first is the one
 * used and the other is reported as not imported. */
static const struct {
  OkImportField field;
  const char *keys;
} synonyms[] = {
  { OK_IMPORT_FIELD_PUPIL_NUMBER,
    "leerlingnummer|leerlingnr|llnr|lnr|stamnummer|leerlingid|pupilnumber|studentnumber|pupilid|studentid" },
  { OK_IMPORT_FIELD_FIRST_NAME,
    "roepnaam|roepnaamleerling|voornaam|voornaamleerling|firstname|givenname|voornamen" },
  { OK_IMPORT_FIELD_INFIX,
    "tussenvoegsel|tussenvoegsels|tussenvoegselleerling|voorvoegsel|voorvoegsels|infix|prefix" },
  { OK_IMPORT_FIELD_LAST_NAME,
    "achternaam|achternaamleerling|familienaam|geslachtsnaam|lastname|surname|familyname" },
  { OK_IMPORT_FIELD_GROUP,
    "groep|klas|groepnaam|klasnaam|stamgroep|basisgroep|stamklas|group|class|jaargroep" },
  { OK_IMPORT_FIELD_HOME_LANGUAGE,
    "thuistaal|thuistalen|taal|moedertaal|spreektaalthuis|taalthuis|homelanguage|language" },
  { OK_IMPORT_FIELD_INTERPRETER,
    "tolk|tolknodig|tolkgewenst|tolkbenodigd|interpreter|interpreterneeded" },
  { OK_IMPORT_FIELD_POSTCODE, "postcode|postalcode|zipcode|zip" },
  { OK_IMPORT_FIELD_HOUSE_NUMBER, "huisnummer|huisnr|housenumber" },
  { OK_IMPORT_FIELD_HOUSE_NUMBER_SUFFIX,
    "toevoeging|huisnummertoevoeging|toevoeginghuisnummer|huisnrtoevoeging|huisnrtoev|toev" },
  { OK_IMPORT_FIELD_LEAVING_DATE,
    "uitschrijfdatum|datumuitschrijving|uitschrijving|vertrekdatum|einddatum|leavingdate|enddate" },
  { OK_IMPORT_FIELD_ENROLMENT_DATE,
    "inschrijfdatum|datuminschrijving|instroomdatum|startdatum|begindatum|enrolmentdate|startdate" },
};

/* Longest first, so "ouderverzorger" is found before "ouder". */
static const char * const caregiver_roles[] = {
  "wettelijkvertegenwoordiger", "ouderverzorger", "contactpersoon", "verzorger",
  "guardian", "parent", "ouder",
};
static const char * const caregiver_names[] = {
  "", "naam", "name", "volledigenaam", "naamvolledig", "fullname",
};
static const char * const caregiver_mobiles[] = {
  "mobiel", "mobielnummer", "mobieltelefoonnummer", "mobieletelefoon", "mobiletelefoon",
  "telefoonmobiel", "telefoonnummermobiel", "gsm", "mobile", "cell",
};
static const char * const caregiver_phones[] = {
  "telefoon", "telefoonnummer", "tel", "telnr", "phone", "telefoonthuis", "phonenumber",
};
static const char * const caregiver_emails[] = {
  "email", "emailadres", "mail", "mailadres", "emailaddress",
};

/* Better matches have lower ranks; a rank beyond any synonym list marks
 * no match. */
#define NO_RANK G_MAXINT

static char *
header_key (const char *header)
{
  g_autofree char *folded = g_utf8_casefold (header, -1);
  g_autofree char *ascii = g_str_to_ascii (folded, "C");
  GString *key = g_string_sized_new (strlen (ascii));

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (key, g_ascii_tolower (*p));
  return g_string_free (key, FALSE);
}

static gboolean
in_list (const char         *key,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    if (g_str_equal (key, list[i]))
      return TRUE;
  return FALSE;
}

/* Caregiver columns: role word, 1 or 2, and the kind of value, in any
 * order ("Ouder1 Telefoon", "Telefoon ouder 1", "Verzorger 2"). A bare
 * "Mobiel" or "E-mail" is taken as the first caregiver's. Mobile numbers
 * rank above other phone columns: they reach parents on WhatsApp. */
static OkImportField
caregiver_field (const char *key,
                 int        *rank)
{
  g_autofree char *rest = g_strdup (key);
  gboolean has_role = FALSE;
  int number = 0;
  int kind_rank;
  OkImportField first;
  char *digit;

  for (guint i = 0; i < G_N_ELEMENTS (caregiver_roles); i++)
    {
      char *found = strstr (rest, caregiver_roles[i]);

      if (found != NULL)
        {
          gsize len = strlen (caregiver_roles[i]);

          memmove (found, found + len, strlen (found + len) + 1);
          has_role = TRUE;
          break;
        }
    }

  digit = strpbrk (rest, "0123456789");
  if (digit != NULL)
    {
      if ((digit[0] != '1' && digit[0] != '2') || strpbrk (digit + 1, "0123456789") != NULL)
        return OK_IMPORT_FIELD_NONE;
      number = digit[0] - '0';
      memmove (digit, digit + 1, strlen (digit + 1) + 1);
      if (!has_role)
        return OK_IMPORT_FIELD_NONE;
    }

  first = number == 2 ? OK_IMPORT_FIELD_PARENT2_NAME : OK_IMPORT_FIELD_PARENT1_NAME;
  kind_rank = !has_role ? 4 : number == 0 ? 2 : 0;

  if (has_role && in_list (rest, caregiver_names, G_N_ELEMENTS (caregiver_names)))
    {
      *rank = kind_rank;
      return first;
    }
  if (in_list (rest, caregiver_mobiles, G_N_ELEMENTS (caregiver_mobiles)))
    {
      *rank = kind_rank;
      return first + 1;
    }
  if (in_list (rest, caregiver_phones, G_N_ELEMENTS (caregiver_phones)))
    {
      *rank = kind_rank + 1;
      return first + 1;
    }
  if (in_list (rest, caregiver_emails, G_N_ELEMENTS (caregiver_emails)))
    {
      *rank = kind_rank;
      return first + 2;
    }
  return OK_IMPORT_FIELD_NONE;
}

static OkImportField
field_from_header (const char *header,
                   int        *rank)
{
  g_autofree char *key = NULL;

  *rank = NO_RANK;
  if (header == NULL)
    return OK_IMPORT_FIELD_NONE;
  key = header_key (header);
  if (*key == '\0')
    return OK_IMPORT_FIELD_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (synonyms); i++)
    {
      g_auto(GStrv) keys = g_strsplit (synonyms[i].keys, "|", -1);

      for (guint j = 0; keys[j] != NULL; j++)
        if (g_str_equal (key, keys[j]))
          {
            *rank = (int) j;
            return synonyms[i].field;
          }
    }
  return caregiver_field (key, rank);
}

/**
 * ok_import_field_from_header:
 * @header: a column name as written in an export
 *
 * Returns: the field the column holds, or %OK_IMPORT_FIELD_NONE
 */
OkImportField
ok_import_field_from_header (const char *header)
{
  int rank;

  return field_from_header (header, &rank);
}

/* The canonical Dutch column name, as the README documents it. */
const char *
ok_import_field_get_header (OkImportField field)
{
  g_return_val_if_fail (field >= 0 && field < OK_IMPORT_N_FIELDS, NULL);

  return field_info[field].header;
}

const char *
ok_import_field_get_label (OkImportField field)
{
  g_return_val_if_fail (field >= 0 && field < OK_IMPORT_N_FIELDS, NULL);

  return _(field_info[field].label);
}

gboolean
ok_import_field_is_required (OkImportField field)
{
  g_return_val_if_fail (field >= 0 && field < OK_IMPORT_N_FIELDS, FALSE);

  return field_info[field].required;
}

static void
ok_import_mapping_finalize (GObject *object)
{
  OkImportMapping *self = OK_IMPORT_MAPPING (object);

  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_array_unref);

  G_OBJECT_CLASS (ok_import_mapping_parent_class)->finalize (object);
}

static void
ok_import_mapping_class_init (OkImportMappingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_import_mapping_finalize;
}

static void
ok_import_mapping_init (OkImportMapping *self)
{
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->fields = g_array_new (FALSE, FALSE, sizeof (OkImportField));
}

/**
 * ok_import_mapping_new:
 * @header: (array zero-terminated=1): the first record of the file
 *
 * Recognises the columns. When two columns name the same field, the
 * better name wins ("Roepnaam" over "Voornamen"; the first column on a
 * tie) and the other is left unmapped.
 *
 * Returns: (transfer full): the mapping
 */
OkImportMapping *
ok_import_mapping_new (const char * const *header)
{
  OkImportMapping *self = g_object_new (OK_TYPE_IMPORT_MAPPING, NULL);
  int best_rank[OK_IMPORT_N_FIELDS];
  int best_column[OK_IMPORT_N_FIELDS];

  for (guint f = 0; f < OK_IMPORT_N_FIELDS; f++)
    {
      best_rank[f] = NO_RANK;
      best_column[f] = -1;
    }

  for (guint i = 0; header != NULL && header[i] != NULL; i++)
    {
      OkImportField none = OK_IMPORT_FIELD_NONE;
      int rank;
      OkImportField field = field_from_header (header[i], &rank);

      g_ptr_array_add (self->names, g_strstrip (g_strdup (header[i])));
      g_array_append_val (self->fields, none);
      if (field != OK_IMPORT_FIELD_NONE && rank < best_rank[field])
        {
          best_rank[field] = rank;
          best_column[field] = (int) i;
        }
    }

  for (guint f = 0; f < OK_IMPORT_N_FIELDS; f++)
    if (best_column[f] >= 0)
      g_array_index (self->fields, OkImportField, best_column[f]) = (OkImportField) f;

  return self;
}

OkImportMapping *
ok_import_mapping_copy (OkImportMapping *self)
{
  OkImportMapping *copy;

  g_return_val_if_fail (OK_IS_IMPORT_MAPPING (self), NULL);

  copy = g_object_new (OK_TYPE_IMPORT_MAPPING, NULL);
  for (guint i = 0; i < self->names->len; i++)
    g_ptr_array_add (copy->names, g_strdup (self->names->pdata[i]));
  g_array_append_vals (copy->fields, self->fields->data, self->fields->len);
  return copy;
}

guint
ok_import_mapping_get_n_columns (OkImportMapping *self)
{
  g_return_val_if_fail (OK_IS_IMPORT_MAPPING (self), 0);

  return self->names->len;
}

const char *
ok_import_mapping_get_column_name (OkImportMapping *self,
                                   guint            column)
{
  g_return_val_if_fail (OK_IS_IMPORT_MAPPING (self), NULL);
  g_return_val_if_fail (column < self->names->len, NULL);

  return self->names->pdata[column];
}

/* Returns: the column holding @field, or -1 */
int
ok_import_mapping_get_column (OkImportMapping *self,
                              OkImportField    field)
{
  g_return_val_if_fail (OK_IS_IMPORT_MAPPING (self), -1);
  g_return_val_if_fail (field >= 0 && field < OK_IMPORT_N_FIELDS, -1);

  for (guint i = 0; i < self->fields->len; i++)
    if (g_array_index (self->fields, OkImportField, i) == field)
      return (int) i;
  return -1;
}

OkImportField
ok_import_mapping_get_field (OkImportMapping *self,
                             guint            column)
{
  g_return_val_if_fail (OK_IS_IMPORT_MAPPING (self), OK_IMPORT_FIELD_NONE);
  g_return_val_if_fail (column < self->fields->len, OK_IMPORT_FIELD_NONE);

  return g_array_index (self->fields, OkImportField, column);
}

/**
 * ok_import_mapping_set_field:
 * @self: a mapping
 * @column: a column of the file
 * @field: the field it holds, or %OK_IMPORT_FIELD_NONE to ignore it
 *
 * Overrides what was recognised. A field lives in one column only: the
 * column that held @field before is left unmapped.
 */
void
ok_import_mapping_set_field (OkImportMapping *self,
                             guint            column,
                             OkImportField    field)
{
  g_return_if_fail (OK_IS_IMPORT_MAPPING (self));
  g_return_if_fail (column < self->fields->len);
  g_return_if_fail (field >= OK_IMPORT_FIELD_NONE && field < OK_IMPORT_N_FIELDS);

  if (field != OK_IMPORT_FIELD_NONE)
    for (guint i = 0; i < self->fields->len; i++)
      if (g_array_index (self->fields, OkImportField, i) == field)
        g_array_index (self->fields, OkImportField, i) = OK_IMPORT_FIELD_NONE;
  g_array_index (self->fields, OkImportField, column) = field;
}

/**
 * ok_import_mapping_dup_unknown_columns:
 * @self: a mapping
 *
 * Returns: (transfer full): the names of the columns that are not
 *   imported, in file order (a column without a name as "#N")
 */
char **
ok_import_mapping_dup_unknown_columns (OkImportMapping *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (OK_IS_IMPORT_MAPPING (self), NULL);

  for (guint i = 0; i < self->fields->len; i++)
    {
      const char *name = self->names->pdata[i];

      if (g_array_index (self->fields, OkImportField, i) != OK_IMPORT_FIELD_NONE)
        continue;
      if (*name == '\0')
        {
          g_autofree char *numbered = g_strdup_printf ("#%u", i + 1);
          g_strv_builder_add (builder, numbered);
        }
      else
        g_strv_builder_add (builder, name);
    }
  return g_strv_builder_end (builder);
}

/**
 * ok_import_mapping_check:
 * @self: a mapping
 * @error: return location for %OK_IMPORT_ERROR_MISSING_COLUMNS
 *
 * Returns: %TRUE if every required field has a column
 */
gboolean
ok_import_mapping_check (OkImportMapping  *self,
                         GError          **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  g_return_val_if_fail (OK_IS_IMPORT_MAPPING (self), FALSE);

  for (guint f = 0; f < OK_IMPORT_N_FIELDS; f++)
    {
      if (!field_info[f].required || ok_import_mapping_get_column (self, f) >= 0)
        continue;
      if (missing->len > 0)
        g_string_append (missing, ", ");
      g_string_append_printf (missing, "“%s”", field_info[f].header);
    }
  if (missing->len == 0)
    return TRUE;

  g_set_error (error, OK_IMPORT_ERROR, OK_IMPORT_ERROR_MISSING_COLUMNS,
               _("The file has no column for %s. Add the column to the export, or "
                 "choose which column holds it."), missing->str);
  return FALSE;
}
