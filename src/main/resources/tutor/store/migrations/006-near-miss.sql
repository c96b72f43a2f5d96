-- Schema 6: the learner's decision on a near miss ("almost: you typed X, the answer is Y"):
-- 'accepted' or 'rejected', null when the answer was not a near miss.
ALTER TABLE reviews ADD COLUMN near_miss TEXT;
