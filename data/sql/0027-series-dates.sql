-- Schema version 27: a date of a series changed on its own.
-- detached_at: when the date was last changed with "only this date"
-- (UTC, ISO 8601); NULL while it follows its series. A change of the
-- series "from this date on" passes such dates by.
ALTER TABLE activity ADD COLUMN detached_at text;
