-- 0008: what the resource index was built with (the category labels), so a restart with
-- unchanged files and labels rebuilds nothing.
CREATE TABLE resource_index_meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;
