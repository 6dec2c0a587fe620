-- Full-text search over offerings: FTS5 with the trigram tokenizer, so that word parts match
-- ("massage" finds "Babymassage"), case and diacritics are ignored ("säugling" = "Saugling").
-- Contentless with delete support; the rowid is the offering id. Kept current by triggers.
CREATE VIRTUAL TABLE `offerings_fts` USING fts5(
  title,
  description,
  content = '',
  contentless_delete = 1,
  tokenize = 'trigram remove_diacritics 1'
);
--> statement-breakpoint
CREATE TRIGGER `offerings_fts_insert` AFTER INSERT ON `offerings` BEGIN
  INSERT INTO `offerings_fts` (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `offerings_fts_update` AFTER UPDATE OF title, description ON `offerings` BEGIN
  DELETE FROM `offerings_fts` WHERE rowid = old.id;
  INSERT INTO `offerings_fts` (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `offerings_fts_delete` AFTER DELETE ON `offerings` BEGIN
  DELETE FROM `offerings_fts` WHERE rowid = old.id;
END;
