-- Matching finds candidates through one GIN index rather than by reading every record: the
-- features a volunteer row shows, as tags — languages ('l:zh'), interests ('i:elderly'),
-- gender ('g:female') and the half-hours of the week the weekly slots touch ('a:<ISO weekday ×
-- 48 + half-hour of the day>', the same numbers as `availabilityCodes` in @musubi/shared's
-- matching core). Immutable, so the volunteer table keeps them as a generated column (next
-- migration); "speaks Chinese, free Tuesday 10:00–11:00, interested in elderly care" is then one
-- index lookup.
CREATE FUNCTION musubi_availability_codes(slots jsonb) RETURNS integer[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT (s ->> 'weekday')::integer * 48 + h
                              ORDER BY (s ->> 'weekday')::integer * 48 + h), '{}')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(slots) = 'array' THEN slots ELSE '[]'::jsonb END) s,
         generate_series(0, 47) h
    WHERE substr(s ->> 'start', 1, 2)::integer * 60 + substr(s ->> 'start', 4, 2)::integer < h * 30 + 30
      AND substr(s ->> 'end', 1, 2)::integer * 60 + substr(s ->> 'end', 4, 2)::integer > h * 30
  $$;
--> statement-breakpoint
CREATE FUNCTION musubi_match_features(languages text[], interests text[], gender text, availability jsonb)
  RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT array(SELECT 'l:' || x FROM unnest(languages) x)
      || array(SELECT 'i:' || x FROM unnest(interests) x)
      || CASE WHEN gender IS NULL THEN '{}'::text[] ELSE array['g:' || gender] END
      || array(SELECT 'a:' || c FROM unnest(musubi_availability_codes(availability)) c)
  $$;
