"""Kept by PostgreSQL, so that every write counts (the services, the admin, a bulk load):

- a term's search vector, on every insert and every update of its words: term (weight A),
  meaning (B) and source (C), in the `english` configuration (glossary.models.SEARCH_CONFIG);
- its community's glossary version (GlossaryVersion), raised after every statement that
  inserts, updates or deletes terms, in the same transaction: the case pages' marked text
  is cached under it (casework/thread_html.py). The time in microseconds, or one more than
  the old version if that is later: it only grows, so a number is never used again after a
  rolled-back write or a restored backup. Statement triggers with transition tables: a bulk
  write raises each community's version once."""

from django.db import migrations

SEARCH_VECTOR = """
CREATE FUNCTION glossary_term_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.term, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.meaning, '')), 'B') ||
        setweight(to_tsvector('english', coalesce(NEW.source, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER glossary_term_search_vector
    BEFORE INSERT OR UPDATE OF term, meaning, source ON glossary_term
    FOR EACH ROW EXECUTE FUNCTION glossary_term_search_vector();
"""
UNSEARCH_VECTOR = """
DROP TRIGGER glossary_term_search_vector ON glossary_term;
DROP FUNCTION glossary_term_search_vector();
"""

VERSION = """
CREATE FUNCTION glossary_bump_version(communities bigint[]) RETURNS void AS $$
    INSERT INTO glossary_glossaryversion AS v (community_id, version)
    SELECT community, (extract(epoch FROM clock_timestamp()) * 1000000)::bigint
      FROM (SELECT DISTINCT community FROM unnest(communities) AS community
             WHERE community IS NOT NULL) AS changed
     ORDER BY community
    ON CONFLICT (community_id) DO UPDATE
       SET version = GREATEST(v.version + 1, EXCLUDED.version);
$$ LANGUAGE sql;

CREATE FUNCTION glossary_terms_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM glossary_bump_version(ARRAY(SELECT community_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM glossary_bump_version(ARRAY(SELECT community_id FROM old_rows));
    ELSE
        PERFORM glossary_bump_version(ARRAY(
            SELECT community_id FROM new_rows UNION SELECT community_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
""" + "".join(
    f"CREATE TRIGGER glossary_term_version_{op.lower()} AFTER {op} ON glossary_term "
    f"REFERENCING {tables} FOR EACH STATEMENT EXECUTE FUNCTION glossary_terms_changed();\n"
    for op, tables in (("INSERT", "NEW TABLE AS new_rows"),
                       ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                       ("DELETE", "OLD TABLE AS old_rows")))
UNVERSION = "".join(f"DROP TRIGGER glossary_term_version_{op} ON glossary_term;\n"
                    for op in ("insert", "update", "delete")) + """
DROP FUNCTION glossary_terms_changed();
DROP FUNCTION glossary_bump_version(bigint[]);
"""


class Migration(migrations.Migration):

    dependencies = [("glossary", "0001_initial")]

    operations = [
        migrations.RunSQL(SEARCH_VECTOR, UNSEARCH_VECTOR),
        migrations.RunSQL(VERSION, UNVERSION),
    ]
