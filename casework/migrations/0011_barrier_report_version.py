"""The barriers report's version (BarrierReportVersion): a number per community that
PostgreSQL raises whenever the barriers its report counts change, so the report's cached
HTML is found with one lookup by primary key, however many barriers there are
(casework/barrier_report.py).

Barriers: statement triggers with transition tables, so a bulk insert (COPY) raises each
community's number once, not once per row. Cases: a row trigger only when a case's status
or community changes (never for the comment counts and activity times written all day),
and only if the case has barriers."""

from django.db import migrations, models

BUMP = """
CREATE FUNCTION casework_barrier_report_bump(communities bigint[]) RETURNS void AS $$
    INSERT INTO casework_barrierreportversion AS v (community_id, version)
    SELECT DISTINCT community, 1 FROM unnest(communities) AS community
     WHERE community IS NOT NULL ORDER BY community
    ON CONFLICT (community_id) DO UPDATE SET version = v.version + 1;
$$ LANGUAGE sql;
"""

COMMUNITIES_OF = ("SELECT c.community_id FROM {rows} b JOIN casework_casestudy c"
                  " ON c.id = b.case_id")
NEW, OLD = COMMUNITIES_OF.format(rows="new_rows"), COMMUNITIES_OF.format(rows="old_rows")

BARRIERS = f"""
CREATE FUNCTION casework_barrier_report_version() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM casework_barrier_report_bump(ARRAY({NEW}));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM casework_barrier_report_bump(ARRAY({OLD}));
    ELSE
        PERFORM casework_barrier_report_bump(ARRAY({NEW} UNION {OLD}));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_barrier_report_version_insert AFTER INSERT ON casework_barrier
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_barrier_report_version();
CREATE TRIGGER casework_barrier_report_version_update AFTER UPDATE ON casework_barrier
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_barrier_report_version();
CREATE TRIGGER casework_barrier_report_version_delete AFTER DELETE ON casework_barrier
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_barrier_report_version();
"""

CASES = """
CREATE FUNCTION casework_case_barrier_report_version() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM casework_barrier WHERE case_id = NEW.id) THEN
        PERFORM casework_barrier_report_bump(ARRAY[OLD.community_id, NEW.community_id]);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_case_barrier_report_version
    AFTER UPDATE OF status, community_id ON casework_casestudy
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                       OR OLD.community_id IS DISTINCT FROM NEW.community_id)
    EXECUTE FUNCTION casework_case_barrier_report_version();
"""


class Migration(migrations.Migration):

    dependencies = [
        ('casework', '0010_search_vectors_on_text_changes'),
    ]

    operations = [
        migrations.CreateModel(
            name='BarrierReportVersion',
            fields=[
                ('community_id', models.BigIntegerField(primary_key=True, serialize=False)),
                ('version', models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunSQL(BUMP, "DROP FUNCTION casework_barrier_report_bump(bigint[]);"),
        migrations.RunSQL(
            BARRIERS,
            "DROP TRIGGER casework_barrier_report_version_insert ON casework_barrier;"
            "DROP TRIGGER casework_barrier_report_version_update ON casework_barrier;"
            "DROP TRIGGER casework_barrier_report_version_delete ON casework_barrier;"
            "DROP FUNCTION casework_barrier_report_version();",
        ),
        migrations.RunSQL(
            CASES,
            "DROP TRIGGER casework_case_barrier_report_version ON casework_casestudy;"
            "DROP FUNCTION casework_case_barrier_report_version();",
        ),
    ]
