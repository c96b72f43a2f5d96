-- Migration 009: the units a pack declares (pack.yaml "units"): named groups of its skills that
-- goals and credentials aim at. A unit holds the skills it names and everything they require;
-- skill_ids lists the named ones, separated by spaces. Packs installed before have none until
-- they are installed again.

CREATE TABLE units (
  pack_id     TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  position    INTEGER NOT NULL,
  title       TEXT NOT NULL,
  description TEXT NOT NULL,
  skill_ids   TEXT NOT NULL,
  PRIMARY KEY (pack_id, id)
);
