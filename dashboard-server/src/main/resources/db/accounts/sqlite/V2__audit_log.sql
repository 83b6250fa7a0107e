-- The audit log (docs/security.md, "Audit"), in the order entries were written: seq increases.
CREATE TABLE audit_event (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    at             BIGINT        NOT NULL,
    event          VARCHAR(40)   NOT NULL,
    actor          VARCHAR(254)  NOT NULL,
    organisation   VARCHAR(9),
    client_address VARCHAR(64),
    detail         VARCHAR(2000) NOT NULL
);

CREATE INDEX audit_event_at ON audit_event (at);
