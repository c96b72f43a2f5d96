-- Statements of ReviewLog, by name (Sql.of loads this file once).
-- Placement answers are a check of what the learner knows, not study (as Duolingo's placement
-- test): no statement here counts them, so today's goal, study time and the streak agree with
-- goal status, which leaves them out too. kind is the last column of reviews_tally (026): the
-- filter is read from the index.

-- name: tallies-until
-- The learner's answers up to a time, summed per span of ? ms (History.TALLY_MILLIS), one pack or
-- all (the pack parameter given twice, null for all). Study time counts each answer up to ? ms
-- (StudyTime.MAX_ANSWER_MILLIS).
SELECT reviewed_at / ? AS q, count(*), sum(phase_before = 'review'),
  sum(phase_before = 'review' AND rating > 1), coalesce(sum(min(response_ms, ?)), 0),
  sum(response_ms IS NULL)
FROM reviews WHERE learner_id = ? AND reviewed_at <= ? AND (? IS NULL OR pack_id = ?)
  AND kind <> 'placement'
GROUP BY q ORDER BY q

-- name: tallies-between
SELECT reviewed_at / ? AS q, count(*), sum(phase_before = 'review'),
  sum(phase_before = 'review' AND rating > 1), coalesce(sum(min(response_ms, ?)), 0),
  sum(response_ms IS NULL)
FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND reviewed_at <= ?
  AND kind <> 'placement'
GROUP BY q ORDER BY q

-- name: first-answer-between
-- (ORDER BY ... LIMIT 1, not min(): with the filter on kind, min() would read the whole range)
SELECT reviewed_at FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND reviewed_at < ?
  AND kind <> 'placement' ORDER BY reviewed_at LIMIT 1

-- name: study-day-samples
-- One answer of each study day from ?2 (included) to ?3 (excluded), a span in which the learner's
-- zone keeps one offset: each step seeks the first answer of the next day on the (learner, time)
-- index, so that a history costs one look per study day, not one per answer or per calendar day.
-- ?4 is the zone's offset less the rollover hour, in milliseconds: an answer at t counts for the
-- day floor((t + ?4) / 86400000) (since 1970), and the next day starts at (that + 1) * 86400000 - ?4.
-- (x % d in SQL keeps the sign of x: ((x % d) + d) % d is the floor's remainder, for times before 1970.)
WITH RECURSIVE sample(t) AS (
  SELECT (SELECT reviewed_at FROM reviews WHERE learner_id = ?1 AND reviewed_at >= ?2
    AND reviewed_at < ?3 AND kind <> 'placement' ORDER BY reviewed_at LIMIT 1)
  UNION ALL
  SELECT (SELECT reviewed_at FROM reviews WHERE learner_id = ?1 AND reviewed_at < ?3
    AND reviewed_at >= t + ?4 - (((t + ?4) % 86400000) + 86400000) % 86400000 + 86400000 - ?4
    AND kind <> 'placement' ORDER BY reviewed_at LIMIT 1)
  FROM sample WHERE t IS NOT NULL)
SELECT t FROM sample WHERE t IS NOT NULL
