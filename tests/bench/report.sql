-- The quarterly overview's figures in plain SQL, as a database
-- administrator would write them: the yardstick for the app's own report
-- in bench-report.c. Runs unchanged in the sqlite3 and psql clients.
--
-- Parameters (sqlite3: .parameter set :from "'2026-01-01'";
-- psql: -v from="'2026-01-01'"):
--   :school  a school id, or 0 for every school of the board
--   :from, :to      the first and last day of the period
--   :until          the day after :to
--   :pfrom, :pto    the first and last day of the previous period
--
-- Definitions as in README.md: activities count when they start in the
-- period and are not cancelled; an active family has a child enrolled on
-- at least one day of the period; a family is reached when one of its
-- parents was present at such an activity.

-- Activities per type and partnership, and unnamed guests, both periods.
SELECT CASE WHEN starts_at >= :from THEN 'current' ELSE 'previous' END AS period,
       kind, coalesce(partnership, 'none') AS partnership,
       count(*) AS activities, sum(unnamed_guests) AS unnamed_guests
FROM activity
WHERE school_id IN (SELECT id FROM school WHERE :school IN (0, id))
  AND starts_at >= :pfrom AND starts_at < :until AND status <> 'cancelled'
GROUP BY 1, 2, 3;

-- Attendances per month and parents reached per period.
WITH present AS (
  SELECT a.starts_at, t.parent_id
  FROM activity a JOIN attendance t ON t.activity_id = a.id
  WHERE a.school_id IN (SELECT id FROM school WHERE :school IN (0, id))
    AND a.starts_at >= :pfrom AND a.starts_at < :until
    AND a.status <> 'cancelled' AND t.status = 'present'
)
SELECT 'month', substr(starts_at, 1, 7), count(*) FROM present GROUP BY 2
UNION ALL
SELECT 'parents', CASE WHEN starts_at >= :from THEN 'current' ELSE 'previous' END,
       count(DISTINCT parent_id)
FROM present GROUP BY 2;

-- Families of the period: in total, per group, per primary home language,
-- and the ones not reached.
WITH active AS (
  SELECT c.family_id, coalesce(c.group_name, '') AS group_name
  FROM child c
  WHERE c.school_id IN (SELECT id FROM school WHERE :school IN (0, id))
    AND c.enrolled_from <= :to AND (c.enrolled_until IS NULL OR c.enrolled_until >= :from)
),
reached AS (
  SELECT DISTINCT p.family_id
  FROM activity a
  JOIN attendance t ON t.activity_id = a.id
  JOIN parent p ON p.id = t.parent_id
  WHERE a.school_id IN (SELECT id FROM school WHERE :school IN (0, id))
    AND a.starts_at >= :from AND a.starts_at < :until
    AND a.status <> 'cancelled' AND t.status = 'present' AND p.family_id IS NOT NULL
),
families AS (
  SELECT f.family_id, coalesce(l.code, 'und') AS language,
         CASE WHEN r.family_id IS NULL THEN 0 ELSE 1 END AS reached
  FROM (SELECT DISTINCT family_id FROM active) f
  LEFT JOIN family_language l ON l.family_id = f.family_id AND l.position = 0
  LEFT JOIN reached r ON r.family_id = f.family_id
)
SELECT 'current', '', count(*), sum(reached) FROM families
UNION ALL
SELECT 'group', g.group_name, count(*), sum(f.reached)
FROM (SELECT DISTINCT family_id, group_name FROM active) g
JOIN families f ON f.family_id = g.family_id
GROUP BY 2
UNION ALL
SELECT 'language', language, count(*), sum(reached) FROM families GROUP BY 2
UNION ALL
SELECT 'not_reached', language, family_id, 0 FROM families WHERE reached = 0;

-- Families of the previous period, in total.
WITH active AS (
  SELECT DISTINCT c.family_id
  FROM child c
  WHERE c.school_id IN (SELECT id FROM school WHERE :school IN (0, id))
    AND c.enrolled_from <= :pto AND (c.enrolled_until IS NULL OR c.enrolled_until >= :pfrom)
),
reached AS (
  SELECT DISTINCT p.family_id
  FROM activity a
  JOIN attendance t ON t.activity_id = a.id
  JOIN parent p ON p.id = t.parent_id
  WHERE a.school_id IN (SELECT id FROM school WHERE :school IN (0, id))
    AND a.starts_at >= :pfrom AND a.starts_at < :from
    AND a.status <> 'cancelled' AND t.status = 'present' AND p.family_id IS NOT NULL
)
SELECT 'previous', '', count(*), count(r.family_id)
FROM active a LEFT JOIN reached r ON r.family_id = a.family_id;

-- Invited families and whether they came, in all, per channel and per
-- language: an invitation or reminder logged for an activity of the
-- period, and a parent of the family present at that activity.
WITH sent AS (
  SELECT m.activity_id, m.family_id, m.channel, coalesce(m.language, 'und') AS language
  FROM activity a JOIN contact_moment m ON m.activity_id = a.id
  WHERE a.school_id IN (SELECT id FROM school WHERE :school IN (0, id))
    AND a.starts_at >= :from AND a.starts_at < :until AND a.status <> 'cancelled'
    AND m.template IN ('theme-meeting-invitation', 'coffee-morning-invitation', 'reminder')
),
came AS (
  SELECT DISTINCT t.activity_id, p.family_id
  FROM activity a
  JOIN attendance t ON t.activity_id = a.id
  JOIN parent p ON p.id = t.parent_id
  WHERE a.school_id IN (SELECT id FROM school WHERE :school IN (0, id))
    AND a.starts_at >= :from AND a.starts_at < :until AND a.status <> 'cancelled'
    AND t.status = 'present' AND p.family_id IS NOT NULL
),
pairs AS (
  SELECT DISTINCT s.activity_id, s.family_id, s.channel, s.language,
         CASE WHEN c.family_id IS NULL THEN 0 ELSE 1 END AS came
  FROM sent s LEFT JOIN came c ON c.activity_id = s.activity_id AND c.family_id = s.family_id
)
SELECT 'all', '', count(*), coalesce(sum(came), 0)
FROM (SELECT DISTINCT activity_id, family_id, came FROM pairs) x
UNION ALL
SELECT 'channel', channel, count(*), coalesce(sum(came), 0)
FROM (SELECT DISTINCT activity_id, family_id, channel, came FROM pairs) y GROUP BY 2
UNION ALL
SELECT 'language', language, count(*), coalesce(sum(came), 0)
FROM (SELECT DISTINCT activity_id, family_id, language, came FROM pairs) z GROUP BY 2;
