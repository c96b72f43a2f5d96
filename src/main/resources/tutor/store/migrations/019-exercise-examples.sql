-- Schema: an exercise keeps its author's examples (JSON {"accept": [[...]], "reject": [[...]]},
-- NULL when it has none), so that exporting an installed pack gives them back.
ALTER TABLE exercises ADD COLUMN examples TEXT;
