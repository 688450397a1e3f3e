-- 0006: the resource directory (crisis lines, local and online help) and its full-text index.

-- One row per resource. `data` is the whole Resource as JSON (bot/storage/resources.py reads
-- and writes it); the other columns repeat what queries filter on. `source` says where it came
-- from: content files (replaced wholesale at every start or reload), a facilitator in the chat,
-- or an HSDS import. `added_by` is the facilitator who added it (cleared by /forget).
-- `doc` numbers the resource's rows in resources_fts: their rowids are doc * 64 + n.
-- `data` comes last so that reading the short columns never has to step over it.
CREATE TABLE resources (
    id          TEXT    PRIMARY KEY,
    doc         INTEGER NOT NULL UNIQUE,
    country     TEXT    NOT NULL,
    region      TEXT,
    crisis      INTEGER NOT NULL DEFAULT 0,
    group_id    INTEGER,
    source      TEXT    NOT NULL CHECK (source IN ('file', 'chat', 'import')),
    status      TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired')),
    added_by    INTEGER,
    updated_at  TEXT    NOT NULL,
    data        TEXT    NOT NULL
) STRICT;
CREATE INDEX resources_by_place ON resources(status, country);
-- Search filters index rows (rowid / 64 = doc) by status and country from this index alone.
CREATE INDEX resources_by_doc ON resources(doc, status, country);
CREATE INDEX resources_by_source ON resources(source, status);
CREATE INDEX resources_by_author ON resources(added_by) WHERE added_by IS NOT NULL;

-- One row per (active resource, language): its name, description, category ids and labels,
-- and keywords in that language. Accents are folded, so "depresion" finds "depresión".
CREATE VIRTUAL TABLE resources_fts USING fts5(
    resource_id UNINDEXED,
    language UNINDEXED,
    name,
    description,
    categories,
    keywords,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Every indexed term (one row per term), for typo correction.
CREATE VIRTUAL TABLE resources_vocab USING fts5vocab(resources_fts, row);
