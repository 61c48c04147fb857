"""Search vectors are computed by PostgreSQL on every insert and update, so they never go
stale and bulk loads (COPY, bulk_create) get them too. Weights: title A, question B,
the rest C. The text search configuration is `english` (casework.models.SEARCH_CONFIG)."""

from django.db import migrations

CASE_FUNCTION = """
CREATE OR REPLACE FUNCTION casework_case_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.question, '')), 'B') ||
        setweight(to_tsvector('english',
            coalesce(NEW.presenting_situation, '') || ' ' || coalesce(NEW.services_involved, '')
            || ' ' || coalesce(NEW.what_tried, '') || ' ' || coalesce(NEW.outcome, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_case_search_vector
    BEFORE INSERT OR UPDATE ON casework_casestudy
    FOR EACH ROW EXECUTE FUNCTION casework_case_search_vector();
"""

COMMENT_FUNCTION = """
CREATE OR REPLACE FUNCTION casework_comment_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector := to_tsvector('english', coalesce(NEW.body, ''));
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_comment_search_vector
    BEFORE INSERT OR UPDATE ON casework_comment
    FOR EACH ROW EXECUTE FUNCTION casework_comment_search_vector();
"""


class Migration(migrations.Migration):
    dependencies = [("casework", "0001_initial")]

    operations = [
        migrations.RunSQL(
            CASE_FUNCTION,
            "DROP TRIGGER casework_case_search_vector ON casework_casestudy;"
            "DROP FUNCTION casework_case_search_vector();",
        ),
        migrations.RunSQL(
            COMMENT_FUNCTION,
            "DROP TRIGGER casework_comment_search_vector ON casework_comment;"
            "DROP FUNCTION casework_comment_search_vector();",
        ),
    ]
