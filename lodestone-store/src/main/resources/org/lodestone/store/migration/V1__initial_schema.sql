-- Users, their groups and their API tokens (only a SHA-256 hash of each token is kept).
CREATE TABLE users (
    name VARCHAR(64) PRIMARY KEY,
    role VARCHAR(16) NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE user_groups (
    user_name VARCHAR(64) NOT NULL,
    group_name VARCHAR(64) NOT NULL,
    PRIMARY KEY (user_name, group_name)
);
CREATE TABLE api_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_name VARCHAR(64) NOT NULL,
    label VARCHAR(200) NOT NULL,
    created_at TIMESTAMP NOT NULL
);

-- Datasets and scenarios: an owned object with its sharing, and immutable numbered versions.
CREATE TABLE objects (
    kind VARCHAR(16) NOT NULL,
    id VARCHAR(100) NOT NULL,
    owner VARCHAR(64) NOT NULL,
    visibility VARCHAR(16) NOT NULL,
    share_group VARCHAR(64),
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE TABLE object_shares (
    kind VARCHAR(16) NOT NULL,
    id VARCHAR(100) NOT NULL,
    user_name VARCHAR(64) NOT NULL,
    PRIMARY KEY (kind, id, user_name)
);
CREATE TABLE object_versions (
    kind VARCHAR(16) NOT NULL,
    id VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, id, version)
);
-- The files of a version: a scenario has one (scenario.yaml), a dataset folder several.
CREATE TABLE object_files (
    kind VARCHAR(16) NOT NULL,
    id VARCHAR(100) NOT NULL,
    version INTEGER NOT NULL,
    path VARCHAR(300) NOT NULL,
    content TEXT NOT NULL,
    PRIMARY KEY (kind, id, version, path)
);

-- Runs and ensembles. A run row is written when it starts; its summary, series and final status
-- arrive together in one transaction, so a reader never sees a half-written result.
CREATE TABLE runs (
    id VARCHAR(40) PRIMARY KEY,
    kind VARCHAR(16) NOT NULL,
    scenario_ref VARCHAR(200) NOT NULL,
    scenario_version INTEGER NOT NULL,
    owner VARCHAR(64) NOT NULL,
    status VARCHAR(16) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    summary TEXT,
    error TEXT,
    series_count INTEGER NOT NULL
);
-- One row per series (columnar): its values as little-endian IEEE doubles, one per step.
CREATE TABLE run_series (
    run_id VARCHAR(40) NOT NULL,
    name VARCHAR(200) NOT NULL,
    steps INTEGER NOT NULL,
    step_values ${bytes} NOT NULL,
    PRIMARY KEY (run_id, name)
);

-- Who ran or changed what.
CREATE SEQUENCE audit_seq;
CREATE TABLE audit_log (
    id BIGINT PRIMARY KEY DEFAULT nextval('audit_seq'),
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(40) NOT NULL,
    object VARCHAR(200) NOT NULL,
    detail TEXT NOT NULL
);
