-- Why a referral came to nothing; NULL where no reason was given.
ALTER TABLE victim_referral_view ADD COLUMN decline_reason VARCHAR(32);
