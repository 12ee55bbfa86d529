-- Matching bounds candidates from each server process's in-memory pool snapshot (0016), so the
-- tag column and its GIN index are no longer read: dropping them saves computing the tags on
-- every write of a volunteer row. The two functions of 0011 served only that column.
DROP INDEX "volunteer_match_features_idx";--> statement-breakpoint
ALTER TABLE "volunteer" DROP COLUMN "match_features";--> statement-breakpoint
DROP FUNCTION IF EXISTS musubi_match_features(text[], text[], text, jsonb);--> statement-breakpoint
DROP FUNCTION IF EXISTS musubi_availability_codes(jsonb);
