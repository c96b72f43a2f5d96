-- Statements of LearnerActivity, by name (Sql.of loads this file once).

-- name: introduced-since
SELECT count(*) FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND phase_before = 'new'
AND kind <> 'cram'

-- name: reviewed-since
SELECT count(*) FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND phase_before <> 'new'
AND kind <> 'cram'

-- name: last-answer-times
SELECT reviewed_at FROM reviews WHERE learner_id = ? ORDER BY id DESC LIMIT ?

-- name: lessons-seen
SELECT pack_id, skill_id FROM lessons_seen WHERE learner_id = ?

-- name: mark-lesson-seen
INSERT OR IGNORE INTO lessons_seen(learner_id, pack_id, skill_id, seen_at) VALUES (?,?,?,?)
