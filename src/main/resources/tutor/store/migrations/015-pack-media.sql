-- Migration 015: the images and sounds an installed pack's exercises show (their `media:` files),
-- kept with the pack as its lessons are, so that exporting an installed pack gives them back.
-- path is the file's path inside the pack (media/x.png). Packs installed before have none until
-- they are installed again.

CREATE TABLE pack_media (
  pack_id TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  path    TEXT NOT NULL,
  content BLOB NOT NULL,
  PRIMARY KEY (pack_id, path)
);
