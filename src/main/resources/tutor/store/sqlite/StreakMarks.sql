-- Statements of StreakMarks, by name (Sql.of loads this file once).

-- name: mark
SELECT through, days FROM streak_marks WHERE learner = ? AND zone = ? AND rollover = ?

-- name: keep
INSERT OR REPLACE INTO streak_marks(learner, zone, rollover, through, through_end, days)
VALUES (?, ?, ?, ?, ?, ?)
