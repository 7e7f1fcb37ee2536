-- Sign-in credentials of the operating model's users for the web app (issue 7), and their lock-out state.
-- Passwords are kept only as salted PBKDF2-HMAC-SHA256 hashes; iterations are stored so they can be raised later.
CREATE TABLE web_credential (
    user_name        VARCHAR(200) NOT NULL PRIMARY KEY,
    salt             VARCHAR(64)  NOT NULL,
    password_hash    VARCHAR(128) NOT NULL,
    iterations       INTEGER      NOT NULL,
    failed_attempts  INTEGER      NOT NULL,
    locked_until     VARCHAR(40)
);
