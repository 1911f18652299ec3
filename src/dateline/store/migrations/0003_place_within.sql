-- Migration 3: the organisation name a place mention is part of ("Kentucky State Police").

ALTER TABLE places ADD COLUMN within VARCHAR;
