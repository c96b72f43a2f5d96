-- Statements of ReviewLog, by name (Sql.of loads this file once).

-- name: tallies-until
-- The learner's answers up to a time, summed per span of ? ms (History.TALLY_MILLIS), one pack or
-- all (the pack parameter given twice, null for all). Study time counts each answer up to ? ms
-- (StudyTime.MAX_ANSWER_MILLIS).
SELECT reviewed_at / ? AS q, count(*), sum(phase_before = 'review'),
  sum(phase_before = 'review' AND rating > 1), coalesce(sum(min(response_ms, ?)), 0),
  sum(response_ms IS NULL)
FROM reviews WHERE learner_id = ? AND reviewed_at <= ? AND (? IS NULL OR pack_id = ?)
GROUP BY q ORDER BY q

-- name: tallies-between
SELECT reviewed_at / ? AS q, count(*), sum(phase_before = 'review'),
  sum(phase_before = 'review' AND rating > 1), coalesce(sum(min(response_ms, ?)), 0),
  sum(response_ms IS NULL)
FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND reviewed_at <= ?
GROUP BY q ORDER BY q

-- name: first-answer-between
SELECT min(reviewed_at) FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND reviewed_at < ?

-- name: study-day-samples
-- One answer of each study day from ?2 (included) to ?3 (excluded), a span in which the learner's
-- zone keeps one offset: each step seeks the first answer of the next day on the (learner, time)
-- index, so that a history costs one look per study day, not one per answer or per calendar day.
-- ?4 is the zone's offset less the rollover hour, in milliseconds: an answer at t counts for the
-- day floor((t + ?4) / 86400000) (since 1970), and the next day starts at (that + 1) * 86400000 - ?4.
-- (x % d in SQL keeps the sign of x: ((x % d) + d) % d is the floor's remainder, for times before 1970.)
WITH RECURSIVE sample(t) AS (
  SELECT min(reviewed_at) FROM reviews WHERE learner_id = ?1 AND reviewed_at >= ?2 AND reviewed_at < ?3
  UNION ALL
  SELECT (SELECT min(reviewed_at) FROM reviews WHERE learner_id = ?1 AND reviewed_at < ?3
    AND reviewed_at >= t + ?4 - (((t + ?4) % 86400000) + 86400000) % 86400000 + 86400000 - ?4)
  FROM sample WHERE t IS NOT NULL)
SELECT t FROM sample WHERE t IS NOT NULL
