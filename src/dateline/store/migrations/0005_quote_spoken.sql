-- Migration 5: whether a quote gives someone's words (true) or a belief, fear, wish or
-- decision that counts as attribution (false); null where no cue says.

ALTER TABLE quotes ADD COLUMN spoken BOOLEAN;
