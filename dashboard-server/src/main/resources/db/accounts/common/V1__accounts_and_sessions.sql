-- Partners' accounts and their server-side sessions (docs/security.md, "Accounts").
-- Portable SQL: the same migration runs on SQLite (the default, a file) and PostgreSQL; what cannot be portable
-- (an increasing key) is in the sqlite/ and postgresql/ folders, with the same version.
-- Times are milliseconds since 1970-01-01 UTC.

CREATE TABLE account (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    email             VARCHAR(254) NOT NULL UNIQUE,
    organisation_kind VARCHAR(3)   NOT NULL,
    organisation_code VARCHAR(9)   NOT NULL,
    account_role      VARCHAR(16)  NOT NULL,
    password_hash     VARCHAR(200),
    oidc_subject      VARCHAR(300) UNIQUE,
    failed_sign_ins   INTEGER      NOT NULL DEFAULT 0,
    locked_until      BIGINT,
    disabled_at       BIGINT,
    created_at        BIGINT       NOT NULL
);

CREATE TABLE web_session (
    token_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id   VARCHAR(36) NOT NULL REFERENCES account (id),
    csrf_token   VARCHAR(64) NOT NULL,
    created_at   BIGINT      NOT NULL,
    last_seen_at BIGINT      NOT NULL
);

CREATE INDEX web_session_account ON web_session (account_id);
