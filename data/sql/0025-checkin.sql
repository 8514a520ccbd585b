-- Ouderkamer schema version 25: what the door needs.
-- A walk-in has no family yet, so the home language they give at the door
-- is kept on the parent until someone links them to a family.
ALTER TABLE parent ADD COLUMN home_language text
  CHECK (home_language IS NULL OR length(home_language) BETWEEN 2 AND 8);

-- The status a door mark replaced, so that undoing it (on any laptop, also
-- after a restart) gives back "registered" or "invited" instead of nothing,
-- and a registered parent who came still counts as expected.
ALTER TABLE attendance ADD COLUMN prior_status text
  CHECK (prior_status IS NULL OR prior_status IN ('invited', 'registered', 'present', 'excused', 'no-show'));
