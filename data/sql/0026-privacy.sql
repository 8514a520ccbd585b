-- Schema version 26: what erasure and retention need.
-- retention_years: how long a family is kept after its last child left;
-- retention_reviewed_on: the day the coordinator last went through the
-- list of leavers, so that the app asks once per school year;
-- erased_on: the day a family's personal data was removed (the row stays,
-- anonymous, so that past quarterly figures do not change).
ALTER TABLE school ADD COLUMN retention_years integer NOT NULL DEFAULT 2
  CHECK (retention_years BETWEEN 0 AND 50);
ALTER TABLE school ADD COLUMN retention_reviewed_on text;
ALTER TABLE family ADD COLUMN erased_on text;
