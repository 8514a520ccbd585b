/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The first step of planning an import: pupils grouped into families by
 * the caregivers they share (the same phone number, the same e-mail
 * address, or the same name at the same postcode and house number),
 * across the file and with the families already in the database. The
 * grouping is a union-find over the pupils, then the snapshot's families.
 * What the groups become is decided in ok-import-plan.c. */
#define G_LOG_DOMAIN "ok-import"

#include "config.h"

#include "ok-import-private.h"
#include "ok-phone.h"

guint
_ok_import_uf_find (guint *uf,
                    guint  x)
{
  while (uf[x] != x)
    {
      uf[x] = uf[uf[x]];
      x = uf[x];
    }
  return x;
}

static void
uf_union (guint *uf,
          guint  a,
          guint  b)
{
  a = _ok_import_uf_find (uf, a);
  b = _ok_import_uf_find (uf, b);
  if (a != b)
    uf[MAX (a, b)] = MIN (a, b);
}

static GPtrArray *
group_list (GHashTable *table,
            gint64     *id)
{
  GPtrArray *list = g_hash_table_lookup (table, id);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, id, list);
    }
  return list;
}

static void
add_key (OkImporter *imp,
         GHashTable *keys,
         char       *key,
         guint       node)
{
  gpointer other;

  if (key == NULL)
    return;
  if (g_hash_table_lookup_extended (keys, key, NULL, &other))
    {
      uf_union (imp->uf, node, GPOINTER_TO_UINT (other));
      g_free (key);
    }
  else
    g_hash_table_insert (keys, key, GUINT_TO_POINTER (node));
}

static char *
address_key (const char *carer_key,
             const char *postcode_key,
             const char *house_key)
{
  if (carer_key == NULL || postcode_key == NULL || house_key == NULL)
    return NULL;
  return g_strconcat ("a", carer_key, "|", postcode_key, "|", house_key, NULL);
}

static void
add_contact_keys (OkImporter *imp,
                  GHashTable *keys,
                  const char *phone,
                  const char *email_key,
                  char       *address,
                  guint       node)
{
  if (phone != NULL)
    add_key (imp, keys, g_strconcat ("t", phone, NULL), node);
  if (email_key != NULL)
    add_key (imp, keys, g_strconcat ("e", email_key, NULL), node);
  add_key (imp, keys, address, node);
}

void
_ok_importer_index_snapshot (OkImporter *imp)
{
  OkImportSnapshot *snap = &imp->snapshot;

  for (guint i = 0; i < snap->families->len; i++)
    {
      OkImportFamilyRow *row = &g_array_index (snap->families, OkImportFamilyRow, i);

      g_hash_table_insert (imp->family_index, &row->id, GUINT_TO_POINTER (i));
    }
  for (guint i = 0; i < snap->parents->len; i++)
    {
      OkImportParentRow *row = &g_array_index (snap->parents, OkImportParentRow, i);

      g_ptr_array_add (group_list (imp->family_parents, &row->family_id), row);
    }
  for (guint i = 0; i < snap->languages->len; i++)
    {
      OkImportLanguageRow *row = &g_array_index (snap->languages, OkImportLanguageRow, i);

      g_ptr_array_add (group_list (imp->family_languages, &row->family_id), row);
    }
  for (guint i = 0; i < snap->children->len; i++)
    {
      OkImportChildRow *row = &g_array_index (snap->children, OkImportChildRow, i);

      if (row->pupil_number == NULL || *row->pupil_number == '\0')
        g_ptr_array_add (group_list (imp->family_unnumbered, &row->family_id), row);
      else
        {
          char *key = _ok_import_pupil_key (row->pupil_number);

          if (g_hash_table_contains (imp->children_by_key, key))
            g_free (key);
          else
            g_hash_table_insert (imp->children_by_key, key, row);
        }
    }
}

const OkImportFamilyRow *
_ok_importer_family_row (OkImporter *imp,
                         gint64      id)
{
  gpointer index;

  if (!g_hash_table_lookup_extended (imp->family_index, &id, NULL, &index))
    return NULL;
  return &g_array_index (imp->snapshot.families, OkImportFamilyRow, GPOINTER_TO_UINT (index));
}

static guint
family_node (OkImporter              *imp,
             const OkImportFamilyRow *family)
{
  const OkImportFamilyRow *first = (const OkImportFamilyRow *) imp->snapshot.families->data;

  return imp->pupils->len + (guint) (family - first);
}

const char *
_ok_importer_stored_phone (OkImporter *imp,
                           const char *phone)
{
  char *normal;

  if (phone == NULL)
    return NULL;
  normal = ok_phone_normalize (phone);
  return normal != NULL ? _ok_importer_intern (imp, normal) : phone;
}

/* Joins pupils that share a caregiver, and pupils with the families that
 * already have them or their caregivers. Nodes are the pupils, then the
 * families of the snapshot. */
void
_ok_importer_group_families (OkImporter *imp)
{
  OkImportSnapshot *snap = &imp->snapshot;
  guint n_pupils = imp->pupils->len;
  guint n_nodes = n_pupils + snap->families->len;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  imp->uf = g_new (guint, MAX (n_nodes, 1));
  for (guint i = 0; i < n_nodes; i++)
    imp->uf[i] = i;

  /* Existing caregivers first: a key that two existing families share
   * must not merge them, so only the first family gets it. */
  for (guint i = 0; i < snap->parents->len; i++)
    {
      OkImportParentRow *row = &g_array_index (snap->parents, OkImportParentRow, i);
      const OkImportFamilyRow *family = _ok_importer_family_row (imp, row->family_id);
      g_autofree char *email_key = row->email != NULL ? g_utf8_strdown (row->email, -1) : NULL;
      g_autofree char *parent_key = row->name != NULL ? _ok_import_name_key (row->name) : NULL;
      g_autofree char *postcode_key = NULL;
      g_autofree char *house_key = NULL;
      const char *phone = _ok_importer_stored_phone (imp, row->phone);
      guint node;

      if (family == NULL || family->erased)
        continue;
      node = family_node (imp, family);
      if (family->postcode != NULL)
        postcode_key = _ok_import_compact_key (family->postcode, TRUE);
      if (family->house_number != NULL)
        house_key = _ok_import_compact_key (family->house_number, FALSE);

      if (phone != NULL)
        {
          g_autofree char *key = g_strconcat ("t", phone, NULL);

          if (!g_hash_table_contains (keys, key))
            g_hash_table_insert (keys, g_steal_pointer (&key), GUINT_TO_POINTER (node));
        }
      if (email_key != NULL)
        {
          g_autofree char *key = g_strconcat ("e", email_key, NULL);

          if (!g_hash_table_contains (keys, key))
            g_hash_table_insert (keys, g_steal_pointer (&key), GUINT_TO_POINTER (node));
        }
      {
        g_autofree char *key = address_key (parent_key, postcode_key, house_key);

        if (key != NULL && !g_hash_table_contains (keys, key))
          g_hash_table_insert (keys, g_steal_pointer (&key), GUINT_TO_POINTER (node));
      }
    }

  for (guint i = 0; i < n_pupils; i++)
    {
      OkImportPupil *pupil = &g_array_index (imp->pupils, OkImportPupil, i);
      OkImportChildRow *child = g_hash_table_lookup (imp->children_by_key, pupil->pupil_key);

      if (child != NULL)
        {
          const OkImportFamilyRow *family = _ok_importer_family_row (imp, child->family_id);

          if (family == NULL || family->erased)
            {
              pupil->erased = TRUE;
              continue;
            }
          uf_union (imp->uf, i, family_node (imp, family));
        }

      for (guint c = 0; c < G_N_ELEMENTS (pupil->carers); c++)
        {
          OkImportCarer *carer = &pupil->carers[c];

          add_contact_keys (imp, keys, carer->phone, carer->email_key,
                            address_key (carer->key, pupil->postcode_key, pupil->house_key), i);
        }
    }
}
