-- Local returns that partners sent through /returns and the server accepted (docs/security.md, "Returns"): which
-- file in the input folder, its checksum and size, who sent it and when. Never its content.
CREATE TABLE submission (
    id                VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id        VARCHAR(36)  NOT NULL REFERENCES account (id),
    organisation_code VARCHAR(9)   NOT NULL,
    return_name       VARCHAR(64)  NOT NULL,
    stored_name       VARCHAR(255) NOT NULL,
    sha256            VARCHAR(64)  NOT NULL,
    bytes             BIGINT       NOT NULL,
    data_rows         BIGINT       NOT NULL,
    received_at       BIGINT       NOT NULL
);

CREATE INDEX submission_organisation ON submission (organisation_code, received_at);
