-- Migration 028: whether a skill was answered while every skill it requires was known (docs/mastery.md,
-- "Once practised while unlocked"). Only such practice keeps a skill open when a prerequisite falls
-- back: a locked skill studied by choice (tutor study --skill) or asked by placement stays locked
-- until what it requires is known. Rows kept before this are taken as opened, as tutor then took
-- every practised skill for open: nobody's skills lock under them with the upgrade.
ALTER TABLE mastery ADD COLUMN opened INTEGER NOT NULL DEFAULT 1 CHECK (opened IN (0, 1));
