-- Roles for a school board's Ouderkamer database on PostgreSQL.
--
-- Run it as the owner of the database, after "ouderkamer-cli init" made the
-- tables, and again after every upgrade of Ouderkamer (it can run any
-- number of times):
--
--   psql "postgresql://owner@server/ouderkamer" -v ON_ERROR_STOP=1 -f postgresql-roles.sql
--
-- It makes two group roles. People log in with roles of their own that
-- are members of one of them:
--
--   CREATE ROLE fatima LOGIN PASSWORD '…' IN ROLE ouderkamer_coordinator;
--   CREATE ROLE directeur_regenboog LOGIN PASSWORD '…' IN ROLE ouderkamer_director;
--
-- ouderkamer_coordinator  reads and writes the school data (families,
--                         activities, attendance, …); cannot change the
--                         schema, so upgrades stay with the owner.
-- ouderkamer_director     reads the overview views below and nothing else:
--                         no table, so no name, phone number, e-mail
--                         address, address or note of any family.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ouderkamer_coordinator') THEN
    CREATE ROLE ouderkamer_coordinator NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ouderkamer_director') THEN
    CREATE ROLE ouderkamer_director NOLOGIN;
  END IF;
END
$$;

-- Overview views. A view reads the tables with its owner's rights, so a
-- director can read these without any right on the tables themselves.

-- Schools, by name.
CREATE OR REPLACE VIEW overview_school AS
SELECT s.id AS school_id, s.name, s.brin, s.region
FROM school s;

-- Every activity with its attendance as numbers.
CREATE OR REPLACE VIEW overview_activity AS
SELECT a.school_id, a.id AS activity_id, a.kind, a.title, a.theme, a.partnership, a.dimension,
       a.starts_at, a.status,
       count(t.id) FILTER (WHERE t.status = 'present') AS attendances,
       count(DISTINCT t.parent_id) FILTER (WHERE t.status = 'present') AS parents_reached,
       a.unnamed_guests
FROM activity a
LEFT JOIN attendance t ON t.activity_id = a.id
GROUP BY a.id;

-- Per school and calendar quarter (of the activities held in it): the
-- headline figures of the quarterly overview. A family is active when a
-- child of it was enrolled on at least one day of the quarter, and
-- reached when one of its parents was present at an activity of the
-- quarter; cancelled activities do not count.
CREATE OR REPLACE VIEW overview_quarter AS
WITH quarter AS (
  SELECT DISTINCT a.school_id,
         to_char(date_trunc('quarter', a.starts_at::timestamp), 'YYYY-"Q"Q') AS quarter,
         to_char(date_trunc('quarter', a.starts_at::timestamp), 'YYYY-MM-DD') AS first_day,
         to_char(date_trunc('quarter', a.starts_at::timestamp) + interval '3 months - 1 day',
                 'YYYY-MM-DD') AS last_day
  FROM activity a
  WHERE a.status <> 'cancelled'
),
held AS (
  SELECT q.school_id, q.quarter, a.id AS activity_id, a.unnamed_guests
  FROM quarter q
  JOIN activity a ON a.school_id = q.school_id AND a.status <> 'cancelled'
   AND a.starts_at >= q.first_day AND a.starts_at <= q.last_day || 'T99'
),
present AS (
  SELECT h.school_id, h.quarter, t.parent_id, p.family_id
  FROM held h
  JOIN attendance t ON t.activity_id = h.activity_id AND t.status = 'present'
  JOIN parent p ON p.id = t.parent_id
),
active AS (
  SELECT DISTINCT q.school_id, q.quarter, c.family_id
  FROM quarter q
  JOIN child c ON c.school_id = q.school_id AND c.enrolled_from <= q.last_day
   AND (c.enrolled_until IS NULL OR c.enrolled_until >= q.first_day)
)
SELECT q.school_id, q.quarter,
       (SELECT count(*) FROM held h
        WHERE h.school_id = q.school_id AND h.quarter = q.quarter) AS activities,
       (SELECT count(*) FROM present r
        WHERE r.school_id = q.school_id AND r.quarter = q.quarter) AS attendances,
       (SELECT coalesce(sum(h.unnamed_guests), 0) FROM held h
        WHERE h.school_id = q.school_id AND h.quarter = q.quarter) AS unnamed_guests,
       (SELECT count(DISTINCT r.parent_id) FROM present r
        WHERE r.school_id = q.school_id AND r.quarter = q.quarter) AS parents_reached,
       (SELECT count(*) FROM active v
        WHERE v.school_id = q.school_id AND v.quarter = q.quarter) AS active_families,
       (SELECT count(DISTINCT r.family_id) FROM present r
        JOIN active v ON v.school_id = r.school_id AND v.quarter = r.quarter
         AND v.family_id = r.family_id
        WHERE r.school_id = q.school_id AND r.quarter = q.quarter) AS families_reached
FROM quarter q;

-- Per school, calendar quarter (of the activity), channel and language of
-- the messages: how many families were invited to an activity (an
-- invitation or a reminder about it, logged when it was sent) and how many
-- of them came to it, that is, had a parent present. A family counts once
-- per activity in each row it falls in; cancelled activities do not count.
CREATE OR REPLACE VIEW overview_invitation AS
WITH sent AS (
  SELECT DISTINCT a.school_id,
         to_char(date_trunc('quarter', a.starts_at::timestamp), 'YYYY-"Q"Q') AS quarter,
         m.activity_id, m.family_id, m.channel, coalesce(m.language, 'und') AS language
  FROM activity a
  JOIN contact_moment m ON m.activity_id = a.id
  WHERE a.status <> 'cancelled'
    AND m.template IN ('theme-meeting-invitation', 'coffee-morning-invitation', 'reminder')
),
came AS (
  SELECT DISTINCT t.activity_id, p.family_id
  FROM attendance t
  JOIN parent p ON p.id = t.parent_id
  WHERE t.status = 'present' AND p.family_id IS NOT NULL
)
SELECT s.school_id, s.quarter, s.channel, s.language,
       count(*) AS invited,
       count(c.family_id) AS came
FROM sent s
LEFT JOIN came c ON c.activity_id = s.activity_id AND c.family_id = s.family_id
GROUP BY s.school_id, s.quarter, s.channel, s.language;

-- Coordinators: the data, not the schema.
GRANT USAGE ON SCHEMA public TO ouderkamer_coordinator, ouderkamer_director;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ouderkamer_coordinator;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ouderkamer_coordinator;
REVOKE INSERT, UPDATE, DELETE ON schema_version FROM ouderkamer_coordinator;

-- Directors: the overview views only. Rights given to the role by an
-- earlier version of this file are taken back first.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ouderkamer_director;
GRANT SELECT ON overview_school, overview_activity, overview_quarter, overview_invitation
  TO ouderkamer_director;
