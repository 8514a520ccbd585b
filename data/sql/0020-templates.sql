-- Schema version 20: what coordinators change in the parent-facing
-- templates. The built-in texts ship with the app (data/templates); these
-- tables hold only a school's own corrections and additions, which take
-- their place: a text per template and language, the name of a theme in a
-- language, and the date data of a language the app does not ship.

CREATE TABLE template_language (
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  code text NOT NULL CHECK (length(code) BETWEEN 2 AND 8),
  -- JSON as in data/locale/CODE.json: weekday and month names, patterns.
  locale text NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (school_id, code)
);

CREATE TABLE template_text (
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  template text NOT NULL,
  language text NOT NULL CHECK (length(language) BETWEEN 2 AND 8),
  subject text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'unchecked' CHECK (status IN ('unchecked', 'checked')),
  updated_at text NOT NULL,
  PRIMARY KEY (school_id, template, language)
);

CREATE TABLE theme_name (
  school_id integer NOT NULL REFERENCES school (id) ON DELETE CASCADE,
  theme text NOT NULL REFERENCES theme (slug) ON UPDATE CASCADE ON DELETE CASCADE,
  language text NOT NULL CHECK (length(language) BETWEEN 2 AND 8),
  name text NOT NULL CHECK (length(name) > 0),
  PRIMARY KEY (school_id, theme, language)
);
