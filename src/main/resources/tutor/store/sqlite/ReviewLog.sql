-- Statements of ReviewLog, by name (Sql.of loads this file once).

-- name: tallies-until
-- The learner's answers up to a time, summed per span of ? ms (History.TALLY_MILLIS), one pack or
-- all (the pack parameter given twice, null for all).
SELECT reviewed_at / ? AS q, count(*), sum(phase_before = 'review'),
  sum(phase_before = 'review' AND rating > 1), coalesce(sum(response_ms), 0), sum(response_ms IS NULL)
FROM reviews WHERE learner_id = ? AND reviewed_at <= ? AND (? IS NULL OR pack_id = ?)
GROUP BY q ORDER BY q

-- name: tallies-between
SELECT reviewed_at / ? AS q, count(*), sum(phase_before = 'review'),
  sum(phase_before = 'review' AND rating > 1), coalesce(sum(response_ms), 0), sum(response_ms IS NULL)
FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND reviewed_at <= ?
GROUP BY q ORDER BY q

-- name: first-answer
SELECT min(reviewed_at) FROM reviews WHERE learner_id = ?

-- name: answered-in-span
-- One span; ReviewLog asks up to 64 at once by repeating the EXISTS as columns of one SELECT.
SELECT EXISTS (SELECT 1 FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND reviewed_at < ?)
