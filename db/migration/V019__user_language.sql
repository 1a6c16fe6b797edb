-- The language a user reads the pages in, kept in their profile (an IETF tag of one of the six UN languages:
-- en, fr, es, ar, zh, ru); null until they choose one, when the browser's Accept-Language decides.
ALTER TABLE app_user ADD COLUMN language VARCHAR(8);
