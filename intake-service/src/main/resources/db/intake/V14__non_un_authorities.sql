-- A notification of non-UN forces names each authority with its kind, and later notifications add to the list:
-- the view keeps them all, not one name of at most 200 characters.
ALTER TABLE allegation_view ALTER COLUMN non_un_authority TYPE TEXT;
