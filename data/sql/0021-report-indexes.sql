-- Schema version 21: indexes for the quarterly overview.
-- A board's report selects activities by start across all schools, which
-- the (school_id, starts_at) index cannot serve; and it reads who was
-- present at those activities, which this covering index answers without
-- touching the attendance rows themselves.
CREATE INDEX activity_start ON activity (starts_at);
CREATE INDEX attendance_activity_status ON attendance (activity_id, status, parent_id);
