-- Ouderkamer schema version 1.
-- One script for both dialects: the store replaces @PK@ with the dialect's
-- auto-incrementing primary key. Dates are ISO 8601 text ('YYYY-MM-DD'),
-- activity times are local wall-clock time in Europe/Amsterdam
-- ('YYYY-MM-DDTHH:MM'), recorded times are UTC ('YYYY-MM-DDTHH:MM:SSZ'):
-- text compares and groups the same way on SQLite and PostgreSQL.

CREATE TABLE school (
  id @PK@,
  name text NOT NULL CHECK (length(name) > 0),
  brin text,
  region text NOT NULL DEFAULT 'midden' CHECK (region IN ('noord', 'midden', 'zuid')),
  created_at text NOT NULL
);

CREATE TABLE family (
  id @PK@,
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  name text NOT NULL,
  interpreter_needed integer NOT NULL DEFAULT 0 CHECK (interpreter_needed IN (0, 1)),
  preferred_channel text NOT NULL DEFAULT 'whatsapp'
    CHECK (preferred_channel IN ('whatsapp', 'sms', 'phone', 'email', 'letter')),
  consent_contact_parent integer NOT NULL DEFAULT 0 CHECK (consent_contact_parent IN (0, 1)),
  consent_photos integer NOT NULL DEFAULT 0 CHECK (consent_photos IN (0, 1)),
  reads_no_language integer NOT NULL DEFAULT 0 CHECK (reads_no_language IN (0, 1)),
  postcode text,
  house_number text,
  notes text,
  erased integer NOT NULL DEFAULT 0 CHECK (erased IN (0, 1)),
  version integer NOT NULL DEFAULT 1,
  created_at text NOT NULL,
  updated_at text NOT NULL
);
CREATE INDEX family_school ON family (school_id);

-- Home languages, ISO 639 codes; position 0 is the primary language.
CREATE TABLE family_language (
  family_id integer NOT NULL REFERENCES family (id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 0),
  code text NOT NULL CHECK (length(code) BETWEEN 2 AND 8),
  PRIMARY KEY (family_id, code),
  UNIQUE (family_id, position)
);
CREATE INDEX family_language_code ON family_language (code, position);

CREATE TABLE parent (
  id @PK@,
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  family_id integer REFERENCES family (id) ON DELETE SET NULL,
  name text NOT NULL,
  phone text,
  email text,
  walk_in integer NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
  version integer NOT NULL DEFAULT 1,
  created_at text NOT NULL
);
CREATE INDEX parent_family ON parent (family_id);
CREATE INDEX parent_school ON parent (school_id);
CREATE INDEX parent_phone ON parent (school_id, phone);

CREATE TABLE child (
  id @PK@,
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  family_id integer NOT NULL REFERENCES family (id) ON DELETE CASCADE,
  pupil_number text,
  first_name text NOT NULL,
  infix text,
  last_name text NOT NULL,
  group_name text,
  enrolled_from text NOT NULL,
  enrolled_until text,
  CHECK (enrolled_until IS NULL OR enrolled_until >= enrolled_from),
  UNIQUE (school_id, pupil_number)
);
CREATE INDEX child_family ON child (family_id);

CREATE TABLE theme (
  slug text PRIMARY KEY,
  name text NOT NULL,
  partnership text CHECK (partnership IN ('pedagogisch', 'didactisch', 'formeel', 'informeel', 'maatschappelijk')),
  dimension text CHECK (dimension IN ('thuisbetrokkenheid', 'samenwerking', 'ondersteuning', 'participatie'))
);

CREATE TABLE activity_series (
  id @PK@,
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  rule text NOT NULL,
  first_date text NOT NULL,
  last_date text NOT NULL,
  skip_holidays integer NOT NULL DEFAULT 1 CHECK (skip_holidays IN (0, 1)),
  CHECK (last_date >= first_date)
);

CREATE TABLE activity (
  id @PK@,
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  series_id integer REFERENCES activity_series (id) ON DELETE SET NULL,
  kind text NOT NULL
    CHECK (kind IN ('theme-meeting', 'coffee-morning', 'walk-in', 'course-session', 'home-visit', 'other')),
  title text NOT NULL CHECK (length(title) > 0),
  theme text REFERENCES theme (slug) ON UPDATE CASCADE ON DELETE SET NULL,
  partnership text CHECK (partnership IN ('pedagogisch', 'didactisch', 'formeel', 'informeel', 'maatschappelijk')),
  dimension text CHECK (dimension IN ('thuisbetrokkenheid', 'samenwerking', 'ondersteuning', 'participatie')),
  location text,
  starts_at text NOT NULL CHECK (length(starts_at) = 16),
  ends_at text CHECK (ends_at IS NULL OR (length(ends_at) = 16 AND ends_at >= starts_at)),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  capacity integer CHECK (capacity IS NULL OR capacity >= 0),
  interpreter_languages text NOT NULL DEFAULT '',
  partner text,
  target_group text NOT NULL DEFAULT 'all' CHECK (target_group IN ('all', 'groups', 'fathers', 'new-parents')),
  target_groups text NOT NULL DEFAULT '',
  notes text,
  unnamed_guests integer NOT NULL DEFAULT 0 CHECK (unnamed_guests >= 0),
  version integer NOT NULL DEFAULT 1,
  created_at text NOT NULL,
  updated_at text NOT NULL
);
CREATE INDEX activity_school_start ON activity (school_id, starts_at);
CREATE INDEX activity_series_idx ON activity (series_id);

CREATE TABLE attendance (
  id @PK@,
  activity_id integer NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  parent_id integer NOT NULL REFERENCES parent (id) ON DELETE CASCADE,
  status text NOT NULL CHECK (status IN ('invited', 'registered', 'present', 'excused', 'no-show')),
  walk_in integer NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1)),
  recorded_at text NOT NULL,
  recorded_by text,
  channel text CHECK (channel IN ('whatsapp', 'sms', 'phone', 'email', 'letter', 'in-person')),
  UNIQUE (activity_id, parent_id)
);
CREATE INDEX attendance_parent ON attendance (parent_id);

CREATE TABLE contact_parent (
  id @PK@,
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  parent_id integer NOT NULL UNIQUE REFERENCES parent (id) ON DELETE CASCADE,
  notes text,
  created_at text NOT NULL
);

-- What a contact parent bridges to: a family, a home language or a group.
CREATE TABLE contact_parent_coverage (
  id @PK@,
  contact_parent_id integer NOT NULL REFERENCES contact_parent (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('family', 'language', 'group')),
  family_id integer REFERENCES family (id) ON DELETE CASCADE,
  value text,
  CHECK ((kind = 'family' AND family_id IS NOT NULL) OR (kind <> 'family' AND value IS NOT NULL)),
  UNIQUE (contact_parent_id, kind, family_id, value)
);

CREATE TABLE contact_moment (
  id @PK@,
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  family_id integer NOT NULL REFERENCES family (id) ON DELETE CASCADE,
  parent_id integer REFERENCES parent (id) ON DELETE SET NULL,
  contact_parent_id integer REFERENCES contact_parent (id) ON DELETE SET NULL,
  by_name text,
  channel text NOT NULL CHECK (channel IN ('whatsapp', 'sms', 'phone', 'email', 'letter', 'in-person')),
  happened_on text NOT NULL CHECK (length(happened_on) = 10),
  note text,
  template text,
  language text,
  created_at text NOT NULL
);
CREATE INDEX contact_moment_family ON contact_moment (family_id, happened_on);
