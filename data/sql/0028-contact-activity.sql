-- Schema version 28: which activity a message was about.
-- A message sent from an activity (an invitation, a reminder, a thank-you)
-- is logged as a contact moment; the quarterly overview counts, per
-- channel and language, how many of the invited came to that activity.
-- A contact logged by hand has no activity. When an activity is deleted,
-- the contact with the family stays.
ALTER TABLE contact_moment ADD COLUMN activity_id integer REFERENCES activity (id) ON DELETE SET NULL;
CREATE INDEX contact_moment_activity ON contact_moment (activity_id);
