/* SPDX-License-Identifier: GPL-3.0-or-later */
/* School holidays and other free days, per region (noord, midden, zuid):
 * the periods, and the lookups the series and the UI make over them. The
 * periods are loaded from holiday files by ok-holidays-load.c. */
#define G_LOG_DOMAIN "ok-holidays"

#include "config.h"

#include <string.h>

#include "ok-holidays-private.h"

static const struct {
  const char *name;
  guint bit;
} regions[] = {
  { "noord", REGION_NOORD },
  { "midden", REGION_MIDDEN },
  { "zuid", REGION_ZUID },
};

static const char *kind_names[] = {
  [OK_HOLIDAY_KIND_VACATION] = "vakantie",
  [OK_HOLIDAY_KIND_PUBLIC_HOLIDAY] = "feestdag",
  [OK_HOLIDAY_KIND_STUDY_DAY] = "studiedag",
  [OK_HOLIDAY_KIND_FREE_DAY] = "vrije-dag",
};

G_DEFINE_BOXED_TYPE (OkHolidayPeriod, ok_holiday_period, ok_holiday_period_ref, ok_holiday_period_unref)
G_DEFINE_FINAL_TYPE (OkHolidays, ok_holidays, G_TYPE_OBJECT)
G_DEFINE_QUARK (ok-holidays-error-quark, ok_holidays_error)

guint
_ok_holidays_region_bit (const char *region)
{
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (g_strcmp0 (regions[i].name, region) == 0)
      return regions[i].bit;
  return 0;
}

OkHolidayPeriod *
_ok_holiday_period_new (void)
{
  OkHolidayPeriod *self = g_new0 (OkHolidayPeriod, 1);

  g_atomic_ref_count_init (&self->ref_count);
  g_date_clear (&self->start, 1);
  g_date_clear (&self->end, 1);
  return self;
}

OkHolidayPeriod *
_ok_holiday_period_copy (const OkHolidayPeriod *other)
{
  OkHolidayPeriod *self = _ok_holiday_period_new ();

  self->id = g_strdup (other->id);
  self->name = g_strdup (other->name);
  self->school_year = g_strdup (other->school_year);
  self->note = g_strdup (other->note);
  self->start = other->start;
  self->end = other->end;
  self->kind = other->kind;
  self->regions = other->regions;
  self->advice = other->advice;
  self->from_user = other->from_user;
  return self;
}

OkHolidayPeriod *
ok_holiday_period_ref (OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
ok_holiday_period_unref (OkHolidayPeriod *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->id);
  g_free (self->name);
  g_free (self->school_year);
  g_free (self->note);
  g_free (self);
}

const char *
ok_holiday_period_get_id (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

const char *
ok_holiday_period_get_name (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

OkHolidayKind
ok_holiday_period_get_kind (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, OK_HOLIDAY_KIND_FREE_DAY);

  return self->kind;
}

const GDate *
ok_holiday_period_get_start (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->start;
}

const GDate *
ok_holiday_period_get_end (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->end;
}

const char *
ok_holiday_period_get_school_year (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->school_year;
}

const char *
ok_holiday_period_get_note (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->note;
}

gboolean
ok_holiday_period_is_advice (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->advice;
}

gboolean
ok_holiday_period_is_from_user_file (const OkHolidayPeriod *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->from_user;
}

gboolean
ok_holiday_period_applies_to (const OkHolidayPeriod *self,
                              const char            *region)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return (self->regions & _ok_holidays_region_bit (region)) != 0;
}

gboolean
ok_holiday_period_contains (const OkHolidayPeriod *self,
                            const GDate           *date)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  return g_date_compare (&self->start, date) <= 0 && g_date_compare (date, &self->end) <= 0;
}

const char *
ok_holiday_kind_to_string (OkHolidayKind kind)
{
  g_return_val_if_fail (kind <= OK_HOLIDAY_KIND_FREE_DAY, NULL);

  return kind_names[kind];
}

gboolean
_ok_holiday_kind_from_string (const char    *text,
                              OkHolidayKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (strcmp (kind_names[i], text) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

gboolean
ok_holidays_is_valid_region (const char *region)
{
  return _ok_holidays_region_bit (region) != 0;
}

/* The Dutch school year runs from 1 August to 31 July. */
char *
ok_holidays_school_year_for (const GDate *date)
{
  int first;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  first = g_date_get_year (date);
  if (g_date_get_month (date) < G_DATE_AUGUST)
    first--;
  return g_strdup_printf ("%d-%d", first, first + 1);
}

static void
ok_holidays_finalize (GObject *object)
{
  OkHolidays *self = OK_HOLIDAYS (object);

  g_clear_pointer (&self->periods, g_ptr_array_unref);

  G_OBJECT_CLASS (ok_holidays_parent_class)->finalize (object);
}

static void
ok_holidays_class_init (OkHolidaysClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ok_holidays_finalize;
}

static void
ok_holidays_init (OkHolidays *self)
{
  self->periods = g_ptr_array_new_with_free_func ((GDestroyNotify) ok_holiday_period_unref);
}

OkHolidays *
ok_holidays_new (void)
{
  return g_object_new (OK_TYPE_HOLIDAYS, NULL);
}

OkHolidayPeriod *
ok_holidays_lookup (OkHolidays  *self,
                    const char  *region,
                    const GDate *date)
{
  guint bit;

  g_return_val_if_fail (OK_IS_HOLIDAYS (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  bit = _ok_holidays_region_bit (region);
  g_return_val_if_fail (bit != 0, NULL);

  for (guint i = 0; i < self->periods->len; i++)
    {
      OkHolidayPeriod *period = g_ptr_array_index (self->periods, i);

      if (g_date_compare (&period->start, date) > 0)
        break;
      if ((period->regions & bit) != 0 && g_date_compare (date, &period->end) <= 0)
        return period;
    }
  return NULL;
}

/* Weekends are not free days here: a series the officer puts on a
 * Saturday is meant to be on Saturday. */
gboolean
ok_holidays_is_free_day (OkHolidays  *self,
                         const char  *region,
                         const GDate *date)
{
  return ok_holidays_lookup (self, region, date) != NULL;
}

OkHolidayPeriod *
ok_holidays_find (OkHolidays *self,
                  const char *region,
                  const char *school_year,
                  const char *id)
{
  guint bit;

  g_return_val_if_fail (OK_IS_HOLIDAYS (self), NULL);
  g_return_val_if_fail (school_year != NULL && id != NULL, NULL);

  bit = _ok_holidays_region_bit (region);
  g_return_val_if_fail (bit != 0, NULL);

  for (guint i = 0; i < self->periods->len; i++)
    {
      OkHolidayPeriod *period = g_ptr_array_index (self->periods, i);

      if ((period->regions & bit) != 0 && strcmp (period->id, id) == 0
          && strcmp (period->school_year, school_year) == 0)
        return period;
    }
  return NULL;
}

GPtrArray *
ok_holidays_list_periods (OkHolidays *self,
                          const char *region,
                          const char *school_year)
{
  GPtrArray *result;
  guint bit;

  g_return_val_if_fail (OK_IS_HOLIDAYS (self), NULL);
  g_return_val_if_fail (school_year != NULL, NULL);

  bit = _ok_holidays_region_bit (region);
  g_return_val_if_fail (bit != 0, NULL);

  result = g_ptr_array_new_with_free_func ((GDestroyNotify) ok_holiday_period_unref);
  for (guint i = 0; i < self->periods->len; i++)
    {
      OkHolidayPeriod *period = g_ptr_array_index (self->periods, i);

      if ((period->regions & bit) != 0 && strcmp (period->school_year, school_year) == 0)
        g_ptr_array_add (result, ok_holiday_period_ref (period));
    }
  return result;
}

char **
ok_holidays_list_school_years (OkHolidays *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (OK_IS_HOLIDAYS (self), NULL);

  for (guint i = 0; i < self->periods->len; i++)
    {
      OkHolidayPeriod *period = g_ptr_array_index (self->periods, i);

      if (g_hash_table_add (seen, period->school_year))
        g_strv_builder_add (builder, period->school_year);
    }
  return g_strv_builder_end (builder);
}
