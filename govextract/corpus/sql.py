"""The SQL of the people index: tables filled per release, then the merging rules as queries."""
from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS mentions (
    release TEXT NOT NULL, name TEXT NOT NULL, region TEXT, org TEXT, title TEXT,
    position TEXT NOT NULL, part TEXT, date TEXT);
CREATE TABLE IF NOT EXISTS aliases (release TEXT NOT NULL, person TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS unnamed (
    release TEXT NOT NULL, surname TEXT NOT NULL, title TEXT NOT NULL, date TEXT, places TEXT NOT NULL);
"""

INSERT_MENTION = "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
INSERT_ALIAS = "INSERT INTO aliases VALUES (?, ?, ?)"
INSERT_UNNAMED = "INSERT INTO unnamed VALUES (?, ?, ?, ?, ?)"

# Rule 1: a name seen in one region only takes that region where its positions name none.
# Aliases written beside the full name (唐市长 for 唐良智) are kept per person.
RESOLVE = """
DROP TABLE IF EXISTS temp.name_region;
CREATE TEMP TABLE name_region AS
    SELECT name, MIN(region) AS region FROM mentions WHERE region IS NOT NULL
    GROUP BY name HAVING COUNT(DISTINCT region) = 1;
DROP TABLE IF EXISTS temp.resolved;
CREATE TEMP TABLE resolved AS
    SELECT m.release, m.name, COALESCE(m.region, nr.region) AS region, m.org, m.title, m.position, m.part, m.date
    FROM mentions m LEFT JOIN name_region nr ON m.region IS NULL AND nr.name = m.name;
CREATE INDEX temp.resolved_title ON resolved(title, name);
DROP TABLE IF EXISTS temp.alias_text;
CREATE TEMP TABLE alias_text AS
    SELECT DISTINCT a.person AS name, r.region AS region, a.text AS text
    FROM aliases a JOIN (SELECT DISTINCT release, name, region FROM resolved) r
    ON r.release = a.release AND r.name = a.person;
"""

SELECT_UNNAMED = "SELECT release, surname, title, date, places FROM unnamed"

# Rule 2: surname + title in a release that never writes the full name (唐市长 alone) is the one
# person in the corpus with that surname holding that exact title (in a region the release names,
# when several do).
SELECT_HOLDERS = """
SELECT name, region, org, title, position, COUNT(DISTINCT release) FROM resolved
WHERE title = ? AND name > ? AND name < ? AND org IS NOT NULL
GROUP BY name, region, position
"""
INSERT_RESOLVED_ALIAS = "INSERT INTO resolved VALUES (?, ?, ?, ?, ?, ?, NULL, ?)"
INSERT_RESOLVED_ALIAS_TEXT = "INSERT INTO alias_text VALUES (?, ?, ?)"

# Rule 3: a title written without its organisation (市长), or with its level alone (市委书记), is the
# person's one position with that title whose organisation is named in full (and ends so: 青岛市委).
RELATIVE = "substr({table}.org, 1, 1) IN ('省', '市', '区', '县')"
_CANDIDATES = f"""FROM resolved a WHERE a.name = resolved.name AND a.region IS resolved.region
    AND a.title = resolved.title AND a.org IS NOT NULL AND NOT {RELATIVE.format(table="a")}
    AND (resolved.org IS NULL OR a.org LIKE '%' || resolved.org)"""
FOLD_POSITIONS = f"""
UPDATE resolved SET
    org = (SELECT MIN(a.org) {_CANDIDATES}),
    position = (SELECT MIN(a.position) {_CANDIDATES})
WHERE (org IS NULL OR {RELATIVE.format(table="resolved")}) AND title IS NOT NULL
    AND (SELECT COUNT(DISTINCT a.position) {_CANDIDATES}) = 1;
"""

SELECT_PEOPLE = """
SELECT r.name, r.region, r.position, MIN(r.org), MIN(r.title), MIN(r.date), MAX(r.date),
       COUNT(DISTINCT r.release), json_group_array(DISTINCT r.release), json_group_array(DISTINCT r.part),
       (SELECT json_group_array(DISTINCT a.text) FROM alias_text a WHERE a.name = r.name AND a.region IS r.region)
FROM resolved r GROUP BY r.name, r.region, r.position
ORDER BY r.name, r.region IS NOT NULL, r.region, MIN(r.date), r.position
"""

TAKES_OFFICE = "('appointed', 'elected', 'acting')"
LEAVES_OFFICE = "('removed', 'resigned')"
SELECT_TIMELINE = f"""
WITH offices AS (
    SELECT DISTINCT position FROM resolved
    WHERE org IS NOT NULL AND part IN {TAKES_OFFICE[:-1]}, {LEAVES_OFFICE[1:]})
SELECT r.position, MIN(r.title), r.name, r.region,
       COALESCE(MIN(CASE WHEN r.part IN {TAKES_OFFICE} THEN r.date END),
                MIN(CASE WHEN r.part IS NULL OR r.part NOT IN {LEAVES_OFFICE} THEN r.date END)) AS start,
       CASE WHEN SUM(r.part IN {TAKES_OFFICE}) > 0 THEN 'appointed'
            WHEN SUM(r.part IS NULL OR r.part NOT IN {LEAVES_OFFICE}) > 0 THEN 'first_seen'
            ELSE 'unknown' END,
       COALESCE(MAX(CASE WHEN r.part IN {LEAVES_OFFICE} THEN r.date END), MAX(r.date)),
       CASE WHEN SUM(r.part IN {LEAVES_OFFICE}) > 0 THEN 'removed' ELSE 'last_seen' END,
       json_group_array(DISTINCT r.release)
FROM resolved r JOIN offices o ON o.position = r.position
GROUP BY r.position, r.name, r.region
ORDER BY r.position, start IS NULL, start, r.name
"""
