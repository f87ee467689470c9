-- Token lifecycle: a public id (to list and revoke a token without its secret), the token's own
-- role (never above its user's; checked when it is used), an expiry and a revocation time; and
-- users that can be disabled. Tokens made before this migration keep their user's role and
-- expire when the longest lifetime has passed since they were created (expires_at stays NULL).
ALTER TABLE api_tokens ADD COLUMN token_id VARCHAR(40);
ALTER TABLE api_tokens ADD COLUMN role VARCHAR(16);
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP;
ALTER TABLE api_tokens ADD COLUMN revoked_at TIMESTAMP;
ALTER TABLE users ADD COLUMN disabled_at TIMESTAMP;
UPDATE api_tokens SET token_id = 'tok_' || substr(token_hash, 1, 16);
UPDATE api_tokens SET role = (SELECT u.role FROM users u WHERE u.name = api_tokens.user_name);
