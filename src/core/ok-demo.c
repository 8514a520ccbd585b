/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Realistic demo data: a primary school (or a whole board) with the mix of
 * families, languages and attendance a Rotterdam or Den Haag school sees.
 * Deterministic for a given seed, so benchmarks can rebuild the same data. */
#define G_LOG_DOMAIN "ok-demo"

#include "config.h"

#include "ok-demo.h"
#include "ok-holidays.h"
#include "ok-store-activity.h"
#include "ok-store-family.h"
#include "ok-time.h"

typedef struct {
  const char *language;     /* primary home language */
  guint weight;             /* share of families, in per mille */
  gboolean interpreter;     /* often needs an interpreter */
  OkChannel channel;
  const char * const *surnames;
  const char * const *mothers;
  const char * const *fathers;
  const char * const *kids;
} Community;

#define NAMES(...) ((const char * const []) { __VA_ARGS__, NULL })

static const Community communities[] = {
  { "nl", 520, FALSE, OK_CHANNEL_WHATSAPP,
    NAMES ("de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
           "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer"),
    NAMES ("Sanne", "Lisa", "Femke", "Marieke", "Esther", "Kim", "Linda", "Anouk"),
    NAMES ("Jeroen", "Mark", "Bas", "Thijs", "Sander", "Rick", "Dennis", "Wouter"),
    NAMES ("Daan", "Emma", "Sem", "Julia", "Lucas", "Tess", "Finn", "Noor", "Levi", "Saar") },
  { "tr", 110, FALSE, OK_CHANNEL_WHATSAPP,
    NAMES ("Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"),
    NAMES ("Ayşe", "Fatma", "Elif", "Zeynep", "Emine", "Hatice"),
    NAMES ("Mehmet", "Mustafa", "Ahmet", "Hüseyin", "Hasan", "Murat"),
    NAMES ("Yusuf", "Eymen", "Zeynep", "Elif", "Ömer", "Defne", "Kerem", "Ecrin") },
  { "ar", 90, TRUE, OK_CHANNEL_WHATSAPP,
    NAMES ("El Amrani", "Benali", "Haddad", "Al-Khatib", "Mansour", "Saleh", "Nasser", "Hamdan"),
    NAMES ("Fatima", "Khadija", "Nadia", "Samira", "Rania", "Huda"),
    NAMES ("Mohammed", "Ahmed", "Youssef", "Omar", "Khalid", "Samir"),
    NAMES ("Adam", "Amira", "Rayan", "Yasmina", "Ilyas", "Sara", "Bilal", "Nour") },
  { "zgh", 50, TRUE, OK_CHANNEL_PHONE,
    NAMES ("Boukhari", "Azzouz", "El Idrissi", "Ouali", "Amazigh", "Tahiri"),
    NAMES ("Mimount", "Fadma", "Touria", "Yamna"),
    NAMES ("Mimoun", "Abdelkader", "Driss", "Hamid"),
    NAMES ("Anass", "Ikram", "Soufiane", "Hiba", "Ayoub", "Lina") },
  { "pl", 50, FALSE, OK_CHANNEL_WHATSAPP,
    NAMES ("Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński"),
    NAMES ("Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna"),
    NAMES ("Piotr", "Tomasz", "Paweł", "Krzysztof", "Marcin"),
    NAMES ("Zuzanna", "Jakub", "Julia", "Antoni", "Hanna", "Szymon") },
  { "uk", 40, TRUE, OK_CHANNEL_WHATSAPP,
    NAMES ("Шевченко", "Коваленко", "Бондаренко", "Пономаренко", "Ткаченко", "Мельник"),
    NAMES ("Олена", "Наталія", "Ірина", "Оксана"),
    NAMES ("Андрій", "Олександр", "Сергій", "Дмитро"),
    NAMES ("Софія", "Максим", "Анна", "Артем", "Марія", "Богдан") },
  { "ti", 30, TRUE, OK_CHANNEL_PHONE,
    NAMES ("Tesfay", "Haile", "Gebremedhin", "Kidane", "Berhane", "Tesfamariam"),
    NAMES ("Selam", "Mebrat", "Senait", "Helen"),
    NAMES ("Yonas", "Filmon", "Dawit", "Mehari"),
    NAMES ("ተስፋይ", "Natnael", "Rahel", "Abel", "Luwam", "Robel") },
  { "so", 25, TRUE, OK_CHANNEL_PHONE,
    NAMES ("Mohamed", "Abdi", "Hassan", "Warsame", "Farah", "Osman"),
    NAMES ("Hodan", "Amina", "Faduma", "Sahra"),
    NAMES ("Abdirahman", "Abdullahi", "Ali", "Ibrahim"),
    NAMES ("Hamza", "Maryan", "Ayaan", "Sumaya", "Mahad", "Hibo") },
  { "en", 30, FALSE, OK_CHANNEL_EMAIL,
    NAMES ("Smith", "Brown", "Taylor", "Wilson", "O'Connor", "Patel"),
    NAMES ("Emily", "Sarah", "Grace", "Priya"),
    NAMES ("James", "Daniel", "Tom", "Raj"),
    NAMES ("Oliver", "Amelia", "Jack", "Isla", "Harry", "Ava") },
  { "fa", 25, TRUE, OK_CHANNEL_WHATSAPP,
    NAMES ("Ahmadi", "Hosseini", "Rezaei", "Karimi", "Mohammadi", "Azizi"),
    NAMES ("Maryam", "Zahra", "Fereshteh", "Parisa"),
    NAMES ("Ali", "Reza", "Hamid", "Farid"),
    NAMES ("Arash", "Setareh", "Omid", "Shirin", "Kian", "Yasna") },
  { "bg", 30, TRUE, OK_CHANNEL_WHATSAPP,
    NAMES ("Ivanova", "Petrov", "Georgieva", "Dimitrov", "Nikolova", "Stoyanov"),
    NAMES ("Maria", "Elena", "Desislava", "Ivelina"),
    NAMES ("Georgi", "Ivan", "Nikolay", "Stefan"),
    NAMES ("Aleksandar", "Viktoria", "Martin", "Gabriela", "Kaloyan", "Nia") },
};

static const char * const themes_by_month[] = {
  /* Aug..Jul of a school year, the group 8 calendar in January–March. */
  "meet-and-greet", "dutch-school-system", "reading-at-home", "media-literacy",
  "healthy-living", "secondary-school-choice", "secondary-school-choice", "homework",
  "puberty", "bullying", "parenting", "neighbourhood-partners",
};

/* Demo data is Dutch whatever the language of the user interface. */
static const char * const theme_titles[] = {
  "Kennismakingsavond", "Het Nederlandse schoolsysteem", "Samen lezen thuis", "Mediawijsheid",
  "Gezond leven", "Doorstroomtoets en schoolkeuze", "Adviesgesprekken groep 8", "Huiswerk",
  "Puberteit", "Pesten", "Opvoeden", "Partners in de wijk",
};

void
ok_demo_options_init (OkDemoOptions *options)
{
  *options = (OkDemoOptions) {
    .families = 240,
    .schools = 1,
    .school_years = 2,
    .seed = 2026,
    .today = NULL,
  };
}

static const char *
pick (GRand              *rand,
      const char * const *names)
{
  return names[g_rand_int_range (rand, 0, (int) g_strv_length ((char **) names))];
}

static const Community *
pick_community (GRand *rand)
{
  guint total = 0, roll;

  for (guint i = 0; i < G_N_ELEMENTS (communities); i++)
    total += communities[i].weight;
  roll = (guint) g_rand_int_range (rand, 0, (int) total);
  for (guint i = 0; i < G_N_ELEMENTS (communities); i++)
    {
      if (roll < communities[i].weight)
        return &communities[i];
      roll -= communities[i].weight;
    }
  return &communities[0];
}

/* The school year (1 August – 31 July) that contains the date. */
static int
school_year_of (const GDate *date)
{
  return g_date_get_month (date) >= G_DATE_AUGUST ? g_date_get_year (date) : g_date_get_year (date) - 1;
}

typedef struct {
  OkStore *store;
  GRand *rand;
  const OkDemoOptions *options;
  OkDemoSummary *summary;
  GArray *parents;        /* gint64 parent ids of the current school */
  GArray *engagement;     /* double per parent: how likely they come */
  OkHolidays *holidays;
  const char *region;
  int first_year;
  int last_year;
} Generator;

static gboolean
add_family (Generator  *gen,
            GError    **error)
{
  const Community *community = pick_community (gen->rand);
  g_autoptr(OkFamily) family = ok_family_new ();
  g_autofree char *surname = g_strdup (pick (gen->rand, community->surnames));
  g_autofree char *family_name = g_strdup_printf ("Familie %s", surname);
  const char *languages[3] = { community->language, NULL, NULL };
  gboolean two_parents = g_rand_double (gen->rand) < 0.8;
  guint n_children = 1 + (g_rand_double (gen->rand) < 0.45) + (g_rand_double (gen->rand) < 0.15);
  double engagement;
  g_autofree char *postcode = g_strdup_printf ("30%02d %c%c", g_rand_int_range (gen->rand, 10, 99),
                                               'A' + g_rand_int_range (gen->rand, 0, 26),
                                               'A' + g_rand_int_range (gen->rand, 0, 26));
  g_autofree char *house = g_strdup_printf ("%d", g_rand_int_range (gen->rand, 1, 240));

  /* Many families speak Dutch as a second home language. */
  if (!g_str_equal (community->language, "nl") && g_rand_double (gen->rand) < 0.35)
    languages[1] = "nl";

  ok_family_set_name (family, family_name);
  ok_family_set_languages (family, languages);
  ok_family_set_interpreter_needed (family, community->interpreter && g_rand_double (gen->rand) < 0.6);
  ok_family_set_preferred_channel (family, g_rand_double (gen->rand) < 0.15
                                   ? OK_CHANNEL_LETTER : community->channel);
  ok_family_set_consent_contact_parent (family, g_rand_double (gen->rand) < 0.8);
  ok_family_set_consent_photos (family, g_rand_double (gen->rand) < 0.6);
  ok_family_set_reads_no_language (family, g_str_equal (community->language, "zgh")
                                   && g_rand_double (gen->rand) < 0.4);
  ok_family_set_postcode (family, postcode);
  ok_family_set_house_number (family, house);
  if (!ok_store_family_insert (gen->store, family, error))
    return FALSE;
  gen->summary->families++;

  /* About a third of the families are hard to reach: they rarely come. */
  engagement = g_rand_double (gen->rand) < 0.35 ? 0.0 : g_rand_double_range (gen->rand, 0.05, 0.6);

  for (guint p = 0; p < (two_parents ? 2u : 1u); p++)
    {
      g_autoptr(OkParent) parent = ok_parent_new ();
      g_autofree char *name = g_strdup_printf ("%s %s", pick (gen->rand, p == 0 ? community->mothers
                                                                              : community->fathers),
                                               surname);
      g_autofree char *phone = g_strdup_printf ("+316%08d", g_rand_int_range (gen->rand, 0, 99999999));
      double parent_engagement = p == 0 ? engagement : engagement * 0.5;

      ok_parent_set_family_id (parent, ok_family_get_id (family));
      ok_parent_set_name (parent, name);
      ok_parent_set_phone (parent, phone);
      if (community->channel == OK_CHANNEL_EMAIL || g_rand_double (gen->rand) < 0.3)
        {
          g_autofree char *email = g_strdup_printf ("ouder%u.%u@example.nl",
                                                    gen->summary->families, p + 1);
          ok_parent_set_email (parent, email);
        }
      if (!ok_store_parent_insert (gen->store, parent, error))
        return FALSE;
      gen->summary->parents++;
      g_array_append_val (gen->parents, (gint64) { ok_parent_get_id (parent) });
      g_array_append_val (gen->engagement, parent_engagement);
    }

  for (guint c = 0; c < n_children; c++)
    {
      g_autoptr(OkChild) child = ok_child_new ();
      int group = g_rand_int_range (gen->rand, 1, 9);
      int entered = gen->last_year - (group - 1);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT "%02u",
                                                 ok_family_get_id (family), c + 1);
      g_autofree char *group_text = g_strdup_printf ("%d", group);
      g_autofree char *from = g_strdup_printf ("%04d-08-%02d", entered, 20 + g_rand_int_range (gen->rand, 0, 10));

      ok_child_set_family_id (child, ok_family_get_id (family));
      ok_child_set_pupil_number (child, number);
      ok_child_set_first_name (child, pick (gen->rand, community->kids));
      ok_child_set_last_name (child, surname);
      ok_child_set_group (child, group_text);
      ok_child_set_enrolled_from (child, from);
      if (!ok_store_child_insert (gen->store, child, error))
        return FALSE;
      gen->summary->children++;
    }
  return TRUE;
}

static gboolean
add_activity (Generator       *gen,
              OkActivityKind   kind,
              const char      *title,
              const char      *theme,
              const GDate     *day,
              int              hour,
              int              minute,
              int              minutes,
              double           turnout,
              const GDate     *today,
              GError         **error)
{
  g_autoptr(OkActivity) activity = ok_activity_new ();
  g_autoptr(GDateTime) starts = g_date_time_new (ok_time_zone (), g_date_get_year (day),
                                                 g_date_get_month (day), g_date_get_day (day),
                                                 hour, minute, 0);
  g_autoptr(GDateTime) ends = g_date_time_add_minutes (starts, minutes);
  gboolean past = g_date_compare (day, today) < 0;
  gint64 id;

  ok_activity_set_kind (activity, kind);
  ok_activity_set_title (activity, title);
  ok_activity_set_theme (activity, theme);
  ok_activity_set_location (activity, kind == OK_ACTIVITY_KIND_THEME_MEETING ? "Aula" : "Ouderkamer");
  ok_activity_set_starts_at (activity, starts);
  ok_activity_set_ends_at (activity, ends);
  switch (kind)
    {
    case OK_ACTIVITY_KIND_THEME_MEETING:
      ok_activity_set_partnership (activity, OK_PARTNERSHIP_PEDAGOGISCH);
      ok_activity_set_dimension (activity, OK_DIMENSION_THUISBETROKKENHEID);
      ok_activity_set_interpreter_languages (activity, (const char *[]) { "ar", "tr", NULL });
      break;
    case OK_ACTIVITY_KIND_COFFEE_MORNING:
    case OK_ACTIVITY_KIND_WALK_IN:
      ok_activity_set_partnership (activity, OK_PARTNERSHIP_INFORMEEL);
      ok_activity_set_dimension (activity, OK_DIMENSION_ONDERSTEUNING);
      break;
    case OK_ACTIVITY_KIND_COURSE_SESSION:
      ok_activity_set_partnership (activity, OK_PARTNERSHIP_MAATSCHAPPELIJK);
      ok_activity_set_dimension (activity, OK_DIMENSION_ONDERSTEUNING);
      ok_activity_set_partner (activity, "Bibliotheek");
      break;
    case OK_ACTIVITY_KIND_HOME_VISIT:
    case OK_ACTIVITY_KIND_OTHER:
    default:
      ok_activity_set_partnership (activity, OK_PARTNERSHIP_PEDAGOGISCH);
      ok_activity_set_dimension (activity, OK_DIMENSION_SAMENWERKING);
      break;
    }
  if (past)
    ok_activity_set_status (activity, g_rand_double (gen->rand) < 0.03
                            ? OK_ACTIVITY_STATUS_CANCELLED : OK_ACTIVITY_STATUS_HELD);
  if (!ok_store_activity_insert (gen->store, activity, error))
    return FALSE;
  gen->summary->activities++;
  id = ok_activity_get_id (activity);

  if (ok_activity_get_status (activity) == OK_ACTIVITY_STATUS_CANCELLED || gen->parents->len == 0)
    return TRUE;

  if (kind == OK_ACTIVITY_KIND_HOME_VISIT)
    {
      guint who = (guint) g_rand_int_range (gen->rand, 0, (int) gen->parents->len);
      OkAttendanceStatus status = past ? OK_ATTENDANCE_STATUS_PRESENT : OK_ATTENDANCE_STATUS_REGISTERED;

      gen->summary->attendances++;
      return ok_store_attendance_insert_quick (gen->store, id, g_array_index (gen->parents, gint64, who),
                                               status, FALSE, error);
    }

  for (guint i = 0; i < gen->parents->len; i++)
    {
      double p = g_array_index (gen->engagement, double, i) * turnout;
      double roll = g_rand_double (gen->rand);
      OkAttendanceStatus status;

      if (past)
        {
          if (roll < p)
            status = OK_ATTENDANCE_STATUS_PRESENT;
          else if (roll < p * 1.3)
            status = OK_ATTENDANCE_STATUS_EXCUSED;
          else
            continue;
        }
      else if (roll < p * 0.8)
        status = OK_ATTENDANCE_STATUS_REGISTERED;
      else
        continue;

      if (!ok_store_attendance_insert_quick (gen->store, id, g_array_index (gen->parents, gint64, i),
                                             status, FALSE, error))
        return FALSE;
      gen->summary->attendances++;
    }

  if (past && g_rand_double (gen->rand) < 0.5
      && !ok_store_activity_set_guests (gen->store, id, g_rand_int_range (gen->rand, 1, 4), error))
    return FALSE;
  return TRUE;
}

/* One school year of activities: weekly coffee mornings on Tuesday, walk-in
 * mornings on Friday, a theme evening a month, a Dutch course in spring
 * and home visits for new families. */
static gboolean
add_school_year (Generator     *gen,
                 int            year,
                 const GDate   *today,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_SEPTEMBER, year);
  g_autoptr(GDate) end = g_date_new_dmy (10, G_DATE_JULY, year + 1);
  int month_done = -1;
  int course_sessions = 0;

  for (; g_date_compare (day, end) <= 0; g_date_add_days (day, 1))
    {
      GDateWeekday weekday = g_date_get_weekday (day);
      int month = g_date_get_month (day);
      int day_of_month = g_date_get_day (day);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (ok_holidays_is_free_day (gen->holidays, gen->region, day))
        continue;

      if (weekday == G_DATE_TUESDAY
          && !add_activity (gen, OK_ACTIVITY_KIND_COFFEE_MORNING, "Koffieochtend", NULL,
                            day, 8, 30, 60, 0.15, today, error))
        return FALSE;

      if (weekday == G_DATE_FRIDAY && gen->options->schools > 1
          && !add_activity (gen, OK_ACTIVITY_KIND_WALK_IN, "Inloopochtend", NULL,
                            day, 8, 30, 90, 0.2, today, error))
        return FALSE;

      if (weekday == G_DATE_THURSDAY && day_of_month >= 8 && month != month_done)
        {
          const char *theme = themes_by_month[(month + 4) % 12];

          month_done = month;
          if (!add_activity (gen, OK_ACTIVITY_KIND_THEME_MEETING, theme_titles[(month + 4) % 12], theme,
                             day, 19, 0, 120, 0.8, today, error))
            return FALSE;
        }

      if (weekday == G_DATE_WEDNESDAY && month >= G_DATE_MARCH && month <= G_DATE_MAY
          && course_sessions < 8)
        {
          course_sessions++;
          if (!add_activity (gen, OK_ACTIVITY_KIND_COURSE_SESSION, "Nederlands voor ouders",
                             "dutch-language", day, 9, 0, 120, 0.25, today, error))
            return FALSE;
        }

      /* A board's schools are big: a home visit every school day. */
      if ((gen->options->schools > 1 ? weekday <= G_DATE_FRIDAY
                                     : weekday == G_DATE_MONDAY && month == G_DATE_SEPTEMBER)
          && !add_activity (gen, OK_ACTIVITY_KIND_HOME_VISIT, "Huisbezoek", NULL,
                            day, 15, 0, 60, 1.0, today, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ok_demo_generate (OkStore             *store,
                  const OkDemoOptions *options,
                  OkDemoSummary       *summary,
                  OkDemoProgressFunc   progress,
                  gpointer             progress_data,
                  GCancellable        *cancellable,
                  GError             **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (options->seed);
  g_autoptr(GDate) today = NULL;
  g_autoptr(OkHolidays) holidays = ok_holidays_new_builtin ();
  OkDemoSummary local_summary = { 0 };
  gint64 original_school = ok_store_get_school_id (store);
  Generator gen = { 0 };

  g_return_val_if_fail (OK_IS_STORE (store), FALSE);
  g_return_val_if_fail (options->schools >= 1 && options->school_years >= 1, FALSE);

  if (options->today != NULL)
    today = g_date_copy (options->today);
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now (ok_time_zone ());
      today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                              g_date_time_get_year (now));
    }

  gen.store = store;
  gen.rand = rand;
  gen.holidays = holidays;
  gen.options = options;
  gen.summary = summary != NULL ? summary : &local_summary;
  *gen.summary = (OkDemoSummary) { 0 };
  gen.last_year = school_year_of (today);
  gen.first_year = gen.last_year - (int) options->school_years + 1;

  /* All or nothing, even for a whole board. */
  if (!ok_store_begin (store, error))
    return FALSE;

  for (guint s = 0; s < options->schools; s++)
    {
      g_autoptr(GArray) parents = g_array_new (FALSE, FALSE, sizeof (gint64));
      g_autoptr(GArray) engagement = g_array_new (FALSE, FALSE, sizeof (double));

      /* The first school is the store's own (a Rotterdam school: region
       * midden); a board gets more, spread over the regions. */
      gen.region = "midden";
      if (s > 0)
        {
          g_autoptr(OkSchool) school = ok_school_new ();
          g_autofree char *name = g_strdup_printf ("Demoschool %u", s + 1);

          ok_school_set_name (school, name);
          gen.region = s % 3 == 0 ? "noord" : s % 3 == 1 ? "midden" : "zuid";
          ok_school_set_region (school, gen.region);
          if (!ok_store_school_insert (store, school, error))
            goto failed;
          ok_store_set_school_id (store, ok_school_get_id (school));
        }
      gen.summary->schools++;
      gen.parents = parents;
      gen.engagement = engagement;

      for (guint f = 0; f < options->families; f++)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error) || !add_family (&gen, error))
            goto failed;
        }

      for (int year = gen.first_year; year <= gen.last_year; year++)
        if (!add_school_year (&gen, year, today, cancellable, error))
          goto failed;

      if (progress != NULL)
        progress ((double) (s + 1) / options->schools, progress_data);
    }

  ok_store_set_school_id (store, original_school);
  return ok_store_commit (store, error);

failed:
  ok_store_rollback (store);
  ok_store_set_school_id (store, original_school);
  return FALSE;
}
