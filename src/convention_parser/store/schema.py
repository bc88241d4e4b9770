"""The store's tables (DuckDB DDL). One row of ``documents`` per stored file version;
every other table is keyed by (document_id, part) so a query joins back to the file.

Columns follow the parse output's names (CONTRACT.md); add columns freely, never rename.
"""

from __future__ import annotations

# Bumped when a table changes shape; kept in the ``store_info`` table.
STORE_VERSION = "3"   # 2: deliberations gained the receipt and members-in-office columns
                      # 3: documents, parts and operations gained their département

DDL = """
CREATE SEQUENCE IF NOT EXISTS document_ids START 1;
CREATE SEQUENCE IF NOT EXISTS diff_ids START 1;

CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS documents (
    id           BIGINT PRIMARY KEY,
    path         VARCHAR NOT NULL,
    sha256       VARCHAR NOT NULL,
    size_bytes   BIGINT,
    version      INTEGER NOT NULL,     -- 1, 2, ... per path: a changed file is a new version
    pages        INTEGER,
    text_source  VARCHAR,              -- pdf | ocr | mixed
    tool_version VARCHAR,
    ingested_at  TIMESTAMP,
    status       VARCHAR NOT NULL,     -- parsed | failed
    error        VARCHAR,              -- the one-line reason when failed
    n_parts      INTEGER,
    warnings     JSON,
    result       JSON                  -- the whole parse output: exporters rebuild records from it
);

CREATE TABLE IF NOT EXISTS parts (
    document_id BIGINT, part INTEGER, kind VARCHAR, first_page INTEGER, last_page INTEGER,
    title VARCHAR, preamble VARCHAR, family VARCHAR  -- family: the extractors/ rule file that read it
);

CREATE TABLE IF NOT EXISTS sections (
    document_id BIGINT, part INTEGER, id VARCHAR, number VARCHAR, heading VARCHAR, level INTEGER,
    page INTEGER, parent VARCHAR, label VARCHAR, text VARCHAR
);

CREATE TABLE IF NOT EXISTS tables (
    document_id BIGINT, part INTEGER, id VARCHAR, title VARCHAR, first_page INTEGER, last_page INTEGER,
    section VARCHAR, n_rows INTEGER, n_cols INTEGER, header JSON
);

-- Long format: one row per cell. Header cells have header = true and row counted
-- within the header; data cells row counted within the data rows (0-based).
-- kind/value/unit: what the cell holds as a number (tables.cells.cell_value), else NULL.
CREATE TABLE IF NOT EXISTS cells (
    document_id BIGINT, part INTEGER, table_id VARCHAR, header BOOLEAN, "row" INTEGER, col INTEGER,
    row_label VARCHAR, col_label VARCHAR, text VARCHAR, kind VARCHAR, value DOUBLE, unit VARCHAR, key VARCHAR
);

CREATE TABLE IF NOT EXISTS amounts (
    document_id BIGINT, part INTEGER, text VARCHAR, value DOUBLE, currency VARCHAR, page INTEGER,
    section VARCHAR, qualifier VARCHAR, per VARCHAR, label VARCHAR, table_id VARCHAR
);

CREATE TABLE IF NOT EXISTS quantities (
    document_id BIGINT, part INTEGER, text VARCHAR, value DOUBLE, unit VARCHAR, page INTEGER,
    section VARCHAR, label VARCHAR, table_id VARCHAR
);

CREATE TABLE IF NOT EXISTS dates (
    document_id BIGINT, part INTEGER, text VARCHAR, value DATE, precision VARCHAR, page INTEGER,
    section VARCHAR
);

CREATE TABLE IF NOT EXISTS entities (
    document_id BIGINT, part INTEGER, text VARCHAR, label VARCHAR, normalized VARCHAR, page INTEGER,
    section VARCHAR
);

CREATE TABLE IF NOT EXISTS operations (
    document_id BIGINT, part INTEGER, type VARCHAR, name VARCHAR, commune VARCHAR, quartier VARCHAR,
    maitre_ouvrage VARCHAR, logements INTEGER, amount DOUBLE, page INTEGER, section VARCHAR, text VARCHAR
);

CREATE TABLE IF NOT EXISTS amendments (
    document_id BIGINT, part INTEGER, target VARCHAR, target_kind VARCHAR, action VARCHAR,
    new_heading VARCHAR, new_text VARCHAR, section VARCHAR, page INTEGER, placeholder BOOLEAN, raw VARCHAR
);

-- A deliberation part's metadata (one row per deliberation); its vote is in ``votes``,
-- its attendance in ``members``.
CREATE TABLE IF NOT EXISTS deliberations (
    document_id BIGINT, part INTEGER, number VARCHAR, organisation VARCHAR, body VARCHAR,
    session_date DATE, president VARCHAR, subject VARCHAR, secretary VARCHAR, rapporteur VARCHAR,
    theme VARCHAR, present_count INTEGER, excused_count INTEGER, absent_count INTEGER,
    -- "Nombre de membres en exercice", and the legality-control receipt printed on the act
    -- ("062-216207654-20230630-DEL2023_45-DE": department, authority's SIREN, act id, nature)
    in_office_count INTEGER, receipt_id VARCHAR, department VARCHAR, siren VARCHAR, act_id VARCHAR,
    act_nature VARCHAR, transmitted DATE, received DATE
);

-- role: present | excused | absent | not_voting; proxy_to: who holds an excused member's proxy.
CREATE TABLE IF NOT EXISTS members (
    document_id BIGINT, part INTEGER, person VARCHAR, role VARCHAR, proxy_to VARCHAR
);

CREATE TABLE IF NOT EXISTS votes (
    document_id BIGINT, part INTEGER, result VARCHAR, votes_for INTEGER, votes_against INTEGER,
    abstention INTEGER
);

CREATE TABLE IF NOT EXISTS avenants (
    document_id BIGINT, part INTEGER, number VARCHAR, convention_number VARCHAR,
    convention_signature_date DATE, parties JSON
);

-- ``diff OLD NEW --db``: one row per run, its changes below.
CREATE TABLE IF NOT EXISTS diffs (
    id BIGINT PRIMARY KEY, old_document_id BIGINT, new_document_id BIGINT, created_at TIMESTAMP,
    n_changes INTEGER
);

CREATE TABLE IF NOT EXISTS changes (
    diff_id BIGINT, old_document_id BIGINT, new_document_id BIGINT, type VARCHAR, target VARCHAR,
    summary VARCHAR, status VARCHAR, before JSON, after JSON, old_page INTEGER, old_section VARCHAR,
    new_page INTEGER, new_section VARCHAR
);

-- The département (INSEE code "62", "2A", "974") a file, a part and an operation are about,
-- read from the document (store/departments.py): the receipt's "062-…", "Préfet du
-- Pas-de-Calais", postal codes. NULL when the document does not say (or says two equally).
-- Added by ALTER so that a store made by an earlier version gains them.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS department VARCHAR;
ALTER TABLE parts ADD COLUMN IF NOT EXISTS department VARCHAR;
ALTER TABLE parts ADD COLUMN IF NOT EXISTS department_name VARCHAR;
ALTER TABLE parts ADD COLUMN IF NOT EXISTS department_source VARCHAR;  -- receipt | text | document
ALTER TABLE operations ADD COLUMN IF NOT EXISTS department VARCHAR;
-- A figure's unit ("EUR", the quantity's unit) for amount and quantity changes.
ALTER TABLE changes ADD COLUMN IF NOT EXISTS unit VARCHAR;

-- The latest parsed version of each path: what most questions are about.
CREATE OR REPLACE VIEW current_documents AS
SELECT * FROM documents d
WHERE status = 'parsed'
  AND version = (SELECT max(version) FROM documents e WHERE e.path = d.path AND e.status = 'parsed');
"""

# Tables filled from one parse result, in the order they are written; each keyed by document_id.
RECORD_TABLES = ["parts", "sections", "tables", "cells", "amounts", "quantities", "dates", "entities",
                 "operations", "amendments", "deliberations", "members", "votes", "avenants"]
# Every table ``export`` writes.
ALL_TABLES = ["documents", *RECORD_TABLES, "diffs", "changes"]
