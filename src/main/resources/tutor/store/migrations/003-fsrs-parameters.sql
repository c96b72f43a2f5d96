-- Schema 3: FSRS-6 parameters fitted to a learner's own review history (tutor optimize).
-- One row per fit, adopted or not, so that the history of fits stays visible.

CREATE TABLE fsrs_parameters (
  id              INTEGER PRIMARY KEY,
  learner_id      INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  fitted_at       INTEGER NOT NULL,  -- epoch ms
  source          TEXT NOT NULL,     -- 'history', or the name of the imported review-log file
  review_count    INTEGER NOT NULL,  -- reviews the fit used
  item_count      INTEGER NOT NULL,  -- of those, the predicted ones (a later day than the card's previous review)
  parameters      TEXT NOT NULL,     -- JSON list of the 21 weights: the ones adopted, else the ones tried
  log_loss_before REAL NOT NULL,     -- the parameters in use until then, on the newest 20% held out
  log_loss_after  REAL NOT NULL,     -- the fitted parameters on the same reviews
  rmse_before     REAL NOT NULL,     -- RMSE(bins), same reviews
  rmse_after      REAL NOT NULL,
  adopted         INTEGER NOT NULL   -- 1 if scheduling uses these parameters from fitted_at on
);
CREATE INDEX fsrs_parameters_learner ON fsrs_parameters(learner_id, fitted_at);
