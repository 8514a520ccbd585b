/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The second half of an import: the rows of the file compared with what
 * the school already has, and turned into the plan the store writes.
 *
 * Pupils are grouped into families by the caregivers they share
 * (ok-import-grouping.c). A known pupil (same pupil number) stays in the
 * family it is in; the import only changes what the administration owns
 * (names, group, dates, contact details, address) and adds what is new, so
 * notes, attendance and contact moments entered in the app are never
 * touched. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "ok-import-private.h"
#include "ok-phone.h"

typedef struct {
  gint64 id;                     /* 0 for a parent this import adds */
  guint new_index;               /* into plan.new_parents when id is 0 */
  GPtrArray *keys;               /* the names it answers to */
  const char *phone;
  const char *email;
  gboolean claimed;              /* matched to a caregiver of this file */
  gboolean contact_done;         /* contact details taken from the file */
} ParentWork;

typedef struct {
  OkImportFamilyRef ref;
  const OkImportFamilyRow *existing;  /* NULL for a new family */
  GPtrArray *parents;            /* ParentWork */
  GPtrArray *codes;              /* const char * */
  int next_position;
  GPtrArray *unnumbered;         /* OkImportChildRow * without a pupil number */
  gboolean address_set;
  const char *postcode;
  const char *house_number;
  gboolean interpreter_set;
  gboolean interpreter;
  gboolean languages_changed;
  gboolean changed;
} FamilyWork;

static void
free_parent_work (gpointer data)
{
  ParentWork *work = data;

  g_ptr_array_unref (work->keys);
  g_free (work);
}

static void
free_family_work (gpointer data)
{
  FamilyWork *work = data;

  g_ptr_array_unref (work->parents);
  g_ptr_array_unref (work->codes);
  g_clear_pointer (&work->unnumbered, g_ptr_array_unref);
  g_free (work);
}

static FamilyWork *
family_work_new (void)
{
  FamilyWork *work = g_new0 (FamilyWork, 1);

  work->parents = g_ptr_array_new_with_free_func (free_parent_work);
  work->codes = g_ptr_array_new ();
  return work;
}

static FamilyWork *
existing_work (OkImporter *imp,
               gint64      id)
{
  FamilyWork *work = g_hash_table_lookup (imp->works, &id);
  const OkImportFamilyRow *row;
  GPtrArray *list;

  if (work != NULL)
    return work;

  row = _ok_importer_family_row (imp, id);
  work = family_work_new ();
  work->ref = id;
  work->existing = row;
  work->postcode = row->postcode;
  work->house_number = row->house_number;
  work->interpreter = row->interpreter_needed;

  list = g_hash_table_lookup (imp->family_parents, &id);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      OkImportParentRow *parent = list->pdata[i];
      ParentWork *pw = g_new0 (ParentWork, 1);

      pw->id = parent->id;
      pw->keys = g_ptr_array_new_with_free_func (g_free);
      if (parent->name != NULL)
        {
          char *key = _ok_import_name_key (parent->name);

          if (key != NULL)
            g_ptr_array_add (pw->keys, key);
        }
      pw->phone = _ok_importer_stored_phone (imp, parent->phone);
      pw->email = parent->email;
      g_ptr_array_add (work->parents, pw);
    }

  list = g_hash_table_lookup (imp->family_languages, &id);
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      OkImportLanguageRow *language = list->pdata[i];

      g_ptr_array_add (work->codes, (gpointer) language->code);
      work->next_position = MAX (work->next_position, language->position + 1);
    }

  list = g_hash_table_lookup (imp->family_unnumbered, &id);
  if (list != NULL)
    work->unnumbered = g_ptr_array_ref (list);

  g_hash_table_insert (imp->works, (gpointer) &row->id, work);
  return work;
}

static char *
display_name (const char *infix,
              const char *last_name)
{
  if (infix != NULL)
    return g_strdup_printf ("%s %s", infix, last_name);
  return g_strdup (last_name);
}

static FamilyWork *
new_work (OkImporter    *imp,
          OkImportPupil *pupil)
{
  FamilyWork *work = family_work_new ();
  OkImportNewFamily family = { 0 };

  family.name = _ok_importer_intern (imp, display_name (pupil->infix, pupil->last_name));
  g_array_append_val (imp->plan.new_families, family);
  work->ref = -(OkImportFamilyRef) imp->plan.new_families->len;
  g_ptr_array_add (imp->new_works, work);
  imp->counts.families_added++;
  return work;
}

static gboolean
same_email (const char *a,
            const char *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_ascii_strcasecmp (a, b) == 0;
}

static ParentWork *
find_parent_by_name (FamilyWork *work,
                     const char *key)
{
  for (guint i = 0; i < work->parents->len; i++)
    {
      ParentWork *pw = work->parents->pdata[i];

      for (guint k = 0; k < pw->keys->len; k++)
        if (g_str_equal (pw->keys->pdata[k], key))
          return pw;
    }
  return NULL;
}

static const char *
last_word (const char *key)
{
  const char *space = strrchr (key, ' ');

  return space != NULL ? space + 1 : key;
}

/* "F. Öztürk" and "Fatma Öztürk": the same surname, and one first name is
 * the initial of the other. "Ali Öztürk" and "Ayşe Öztürk" are not. */
static gboolean
abbreviates (const char *a,
             const char *b)
{
  gsize a_first = strcspn (a, " ");
  gsize b_first = strcspn (b, " ");

  if (strchr (a, ' ') == NULL || strchr (b, ' ') == NULL
      || !g_str_equal (last_word (a), last_word (b)))
    return FALSE;
  if (g_utf8_strlen (a, a_first) != 1 && g_utf8_strlen (b, b_first) != 1)
    return FALSE;
  return g_utf8_get_char (a) == g_utf8_get_char (b);
}

static gboolean
may_share_contact (ParentWork *pw,
                   const char *key)
{
  if (!pw->claimed || key == NULL)
    return TRUE;
  for (guint k = 0; k < pw->keys->len; k++)
    if (abbreviates (pw->keys->pdata[k], key))
      return TRUE;
  return FALSE;
}

/* A caregiver whose name is not known in the family may still be one of
 * its parents under another spelling, if exactly one parent has the same
 * number or address. A parent already matched to another name of this
 * file is left alone, unless one name abbreviates the other: two parents
 * often share the home phone. */
static ParentWork *
find_parent_by_contact (FamilyWork *work,
                        const char *phone,
                        const char *email,
                        const char *key)
{
  ParentWork *found = NULL;

  for (guint i = 0; i < work->parents->len; i++)
    {
      ParentWork *pw = work->parents->pdata[i];
      gboolean match = phone != NULL ? g_strcmp0 (pw->phone, phone) == 0
                                     : pw->email != NULL && same_email (pw->email, email);

      if (!match || !may_share_contact (pw, key))
        continue;
      if (found != NULL)
        return NULL;
      found = pw;
    }
  return found;
}

static void
update_contact (OkImporter    *imp,
                FamilyWork    *work,
                ParentWork    *pw,
                OkImportCarer *carer)
{
  const char *phone = carer->phone != NULL ? carer->phone : pw->phone;
  const char *email = carer->email != NULL ? carer->email : pw->email;

  if (pw->id == 0)
    {
      /* A sibling's row may know more about a caregiver just added. */
      OkImportNewParent *np = &g_array_index (imp->plan.new_parents, OkImportNewParent, pw->new_index);

      if (np->phone == NULL)
        np->phone = pw->phone = carer->phone;
      if (np->email == NULL)
        np->email = pw->email = carer->email;
      return;
    }

  /* The first row naming a known parent sets the contact details. */
  if (pw->contact_done)
    return;
  pw->contact_done = TRUE;
  if (g_strcmp0 (phone, pw->phone) == 0 && same_email (email, pw->email))
    return;

  {
    OkImportParentUpdate update = { pw->id, phone, email };

    g_array_append_val (imp->plan.parent_updates, update);
    pw->phone = phone;
    pw->email = email;
    work->changed = TRUE;
  }
}

static void
apply_carer (OkImporter    *imp,
             FamilyWork    *work,
             OkImportPupil *pupil,
             OkImportCarer *carer)
{
  ParentWork *pw = NULL;

  if (carer->name == NULL && carer->phone == NULL && carer->email == NULL)
    return;

  if (carer->key != NULL)
    pw = find_parent_by_name (work, carer->key);
  if (pw == NULL && carer->phone != NULL)
    pw = find_parent_by_contact (work, carer->phone, NULL, carer->key);
  if (pw == NULL && carer->email != NULL)
    pw = find_parent_by_contact (work, NULL, carer->email, carer->key);

  if (pw != NULL)
    {
      if (carer->key != NULL && find_parent_by_name (work, carer->key) == NULL)
        g_ptr_array_add (pw->keys, g_strdup (carer->key));
      pw->claimed = TRUE;
      update_contact (imp, work, pw, carer);
      return;
    }

  {
    OkImportNewParent np = { 0 };

    np.family = work->ref;
    np.name = carer->name != NULL
              ? carer->name
              : _ok_importer_intern (imp, g_strdup_printf (_("Parent of %s"), pupil->first_name));
    np.phone = carer->phone;
    np.email = carer->email;
    g_array_append_val (imp->plan.new_parents, np);

    pw = g_new0 (ParentWork, 1);
    pw->new_index = imp->plan.new_parents->len - 1;
    pw->keys = g_ptr_array_new_with_free_func (g_free);
    if (carer->key != NULL)
      g_ptr_array_add (pw->keys, g_strdup (carer->key));
    pw->phone = carer->phone;
    pw->email = carer->email;
    pw->claimed = TRUE;
    g_ptr_array_add (work->parents, pw);
    imp->counts.parents_added++;
    work->changed = TRUE;
  }
}

static void
apply_family_fields (OkImporter    *imp,
                     FamilyWork    *work,
                     OkImportPupil *pupil)
{
  if (!work->address_set && (pupil->postcode != NULL || pupil->house_number != NULL))
    {
      work->address_set = TRUE;
      work->postcode = pupil->postcode;
      work->house_number = pupil->house_number;
    }
  if (pupil->interpreter >= 0)
    {
      work->interpreter = work->interpreter_set ? work->interpreter || pupil->interpreter
                                                : pupil->interpreter;
      work->interpreter_set = TRUE;
    }

  for (guint i = 0; pupil->languages[i] != NULL; i++)
    {
      gboolean known = FALSE;

      for (guint j = 0; j < work->codes->len && !known; j++)
        known = g_str_equal (work->codes->pdata[j], pupil->languages[i]);
      if (known)
        continue;

      {
        const char *code = g_string_chunk_insert_const (imp->strings, pupil->languages[i]);
        OkImportNewLanguage language = { work->ref, work->next_position++, code };

        g_ptr_array_add (work->codes, (gpointer) code);
        g_array_append_val (imp->plan.new_languages, language);
        work->languages_changed = TRUE;
        work->changed = TRUE;
      }
    }
}

static const char *
earliest (const char *a,
          const char *b)
{
  if (a == NULL)
    return b;
  if (b == NULL)
    return a;
  return strcmp (a, b) <= 0 ? a : b;
}

/* A hand-entered child without a pupil number, with the same names. */
static OkImportChildRow *
find_unnumbered (OkImporter    *imp,
                 FamilyWork    *work,
                 OkImportPupil *pupil)
{
  g_autofree char *first = _ok_import_name_key (pupil->first_name);
  g_autofree char *last = _ok_import_name_key (pupil->last_name);

  for (guint i = 0; work->unnumbered != NULL && i < work->unnumbered->len; i++)
    {
      OkImportChildRow *row = work->unnumbered->pdata[i];
      g_autofree char *row_first = row->first_name != NULL ? _ok_import_name_key (row->first_name) : NULL;
      g_autofree char *row_last = row->last_name != NULL ? _ok_import_name_key (row->last_name) : NULL;

      if (g_hash_table_contains (imp->adopted, row))
        continue;
      if (g_strcmp0 (first, row_first) == 0 && g_strcmp0 (last, row_last) == 0)
        {
          g_hash_table_add (imp->adopted, row);
          return row;
        }
    }
  return NULL;
}

static void
apply_child (OkImporter       *imp,
             FamilyWork       *work,
             OkImportPupil    *pupil,
             OkImportChildRow *known)
{
  OkImportChildChange change = { 0 };
  gboolean changed, left;

  change.pupil_number = pupil->pupil_number;
  change.first_name = pupil->first_name;
  change.infix = pupil->infix;
  change.last_name = pupil->last_name;

  if (known == NULL)
    {
      change.family = work->ref;
      change.group_name = pupil->group_name;
      change.enrolled_from = pupil->enrolled_from != NULL ? pupil->enrolled_from : imp->today;
      change.enrolled_until = pupil->enrolled_until;
      change.enrolled_from = earliest (change.enrolled_from, change.enrolled_until);
      g_array_append_val (imp->plan.new_children, change);
      imp->counts.children_added++;
      if (pupil->enrolled_until != NULL)
        imp->counts.children_left++;
      work->changed = TRUE;
      return;
    }

  /* What the file leaves empty stays as the app has it. */
  change.id = known->id;
  change.group_name = pupil->group_name != NULL ? pupil->group_name : known->group_name;
  change.enrolled_from = pupil->enrolled_from != NULL ? pupil->enrolled_from : known->enrolled_from;
  change.enrolled_until = pupil->enrolled_until != NULL ? pupil->enrolled_until : known->enrolled_until;
  change.enrolled_from = earliest (change.enrolled_from, change.enrolled_until);

  changed = g_strcmp0 (change.pupil_number, known->pupil_number) != 0
            || g_strcmp0 (change.first_name, known->first_name) != 0
            || g_strcmp0 (change.infix, known->infix != NULL && *known->infix != '\0' ? known->infix : NULL) != 0
            || g_strcmp0 (change.last_name, known->last_name) != 0
            || g_strcmp0 (change.group_name, known->group_name) != 0
            || (pupil->enrolled_from != NULL
                && g_strcmp0 (change.enrolled_from, known->enrolled_from) != 0);
  /* An enrolment moved back to the leaving date is part of leaving. */
  left = g_strcmp0 (change.enrolled_until, known->enrolled_until) != 0;
  if (!changed && !left)
    return;

  g_array_append_val (imp->plan.child_updates, change);
  if (changed)
    imp->counts.children_updated++;
  if (left)
    imp->counts.children_left++;
  work->changed = TRUE;
}

static const char *
preferred_channel (FamilyWork *work)
{
  gboolean phone = FALSE, email = FALSE;

  for (guint i = 0; i < work->parents->len; i++)
    {
      ParentWork *pw = work->parents->pdata[i];

      if (ok_phone_can_message (pw->phone))
        return "whatsapp";
      phone |= pw->phone != NULL;
      email |= pw->email != NULL;
    }
  return email ? "email" : phone ? "phone" : "letter";
}

static void
finish_families (OkImporter *imp)
{
  GHashTableIter iter;
  FamilyWork *work;

  for (guint i = 0; i < imp->new_works->len; i++)
    {
      OkImportNewFamily *family = &g_array_index (imp->plan.new_families, OkImportNewFamily, i);

      work = imp->new_works->pdata[i];
      family->postcode = work->postcode;
      family->house_number = work->house_number;
      family->interpreter_needed = work->interpreter;
      family->preferred_channel = preferred_channel (work);
    }

  g_hash_table_iter_init (&iter, imp->works);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &work))
    {
      const OkImportFamilyRow *row = work->existing;

      /* Added languages count too: they are part of the family's row as
       * the family editor saves it, so its version must change. */
      if (g_strcmp0 (work->postcode, row->postcode) != 0
          || g_strcmp0 (work->house_number, row->house_number) != 0
          || work->interpreter != row->interpreter_needed
          || work->languages_changed)
        {
          OkImportFamilyUpdate update = { row->id, work->postcode, work->house_number,
                                          work->interpreter };

          g_array_append_val (imp->plan.family_updates, update);
          work->changed = TRUE;
        }
      if (work->changed)
        imp->counts.families_updated++;
    }
}

void
_ok_importer_plan (OkImporter *imp)
{
  guint n_pupils = imp->pupils->len;
  g_autoptr(GHashTable) targets = g_hash_table_new (NULL, NULL);     /* root → gint64 * */
  g_autoptr(GHashTable) new_roots = g_hash_table_new (NULL, NULL);   /* root → FamilyWork */
  OkImportSnapshot *snap = &imp->snapshot;

  imp->family_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  imp->family_parents = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                               (GDestroyNotify) g_ptr_array_unref);
  imp->family_languages = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                 (GDestroyNotify) g_ptr_array_unref);
  imp->family_unnumbered = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                  (GDestroyNotify) g_ptr_array_unref);
  imp->children_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->works = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, free_family_work);
  imp->new_works = g_ptr_array_new_with_free_func (free_family_work);
  imp->adopted = g_hash_table_new (NULL, NULL);

  _ok_importer_index_snapshot (imp);
  _ok_importer_group_families (imp);

  /* A new pupil joins the oldest existing family of its group; existing
   * families that turn out to share a caregiver are not merged. */
  for (guint f = 0; f < snap->families->len; f++)
    {
      OkImportFamilyRow *row = &g_array_index (snap->families, OkImportFamilyRow, f);
      gpointer root = GUINT_TO_POINTER (_ok_import_uf_find (imp->uf, n_pupils + f));
      gint64 *current = g_hash_table_lookup (targets, root);

      if (row->erased)
        continue;
      if (current == NULL || row->id < *current)
        g_hash_table_insert (targets, root, &row->id);
    }

  for (guint i = 0; i < n_pupils; i++)
    {
      OkImportPupil *pupil = &g_array_index (imp->pupils, OkImportPupil, i);
      OkImportChildRow *known = g_hash_table_lookup (imp->children_by_key, pupil->pupil_key);
      FamilyWork *work;

      if (pupil->erased)
        {
          _ok_importer_add_skip (imp, pupil->line, FALSE,
                    g_strdup (_("the pupil's family was erased on request; not imported again")));
          continue;
        }

      if (known != NULL)
        work = existing_work (imp, known->family_id);
      else
        {
          gpointer root = GUINT_TO_POINTER (_ok_import_uf_find (imp->uf, i));
          gint64 *target = g_hash_table_lookup (targets, root);

          if (target != NULL)
            work = existing_work (imp, *target);
          else
            {
              work = g_hash_table_lookup (new_roots, root);
              if (work == NULL)
                {
                  work = new_work (imp, pupil);
                  g_hash_table_insert (new_roots, root, work);
                }
            }
          if (work->existing != NULL)
            known = find_unnumbered (imp, work, pupil);
        }

      apply_family_fields (imp, work, pupil);
      for (guint c = 0; c < G_N_ELEMENTS (pupil->carers); c++)
        apply_carer (imp, work, pupil, &pupil->carers[c]);
      apply_child (imp, work, pupil, known);
    }

  finish_families (imp);
}
