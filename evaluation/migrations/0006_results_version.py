"""The results' version (ResultsVersion): a number per study that PostgreSQL raises whenever
anything the study's results are worked out from is written, so the results cache reads one
row instead of fingerprinting every response (evaluation/results_cache.py).

Statement triggers with transition tables: a bulk insert (an invitation to a whole
community, COPY) raises a study's number once, not once per row, and a row is never
updated over and over in one transaction. Responses count only when submitted (before or
after the write): saving a draft changes no result."""

from django.db import migrations, models

BUMP = """
CREATE FUNCTION evaluation_results_bump(studies bigint[]) RETURNS void AS $$
    INSERT INTO evaluation_resultsversion AS v (study_id, version)
    SELECT DISTINCT study, 1 FROM unnest(studies) AS study
     WHERE study IS NOT NULL ORDER BY study
    ON CONFLICT (study_id) DO UPDATE SET version = v.version + 1;
$$ LANGUAGE sql;
"""

# Table -> the studies of the rows in a transition table `{rows}`.
STUDIES_OF = {
    "evaluation_response": "SELECT s.study_id FROM {rows} r JOIN evaluation_survey s"
                           " ON s.id = r.survey_id WHERE r.status = 'submitted'",
    "evaluation_surveyinvitation": "SELECT s.study_id FROM {rows} r JOIN evaluation_survey s"
                                   " ON s.id = r.survey_id",
    "evaluation_survey": "SELECT r.study_id FROM {rows} r",
    "evaluation_question": "SELECT s.study_id FROM {rows} r JOIN evaluation_survey s"
                           " ON s.id = r.survey_id",
    "evaluation_choice": "SELECT s.study_id FROM {rows} r JOIN evaluation_question q"
                         " ON q.id = r.question_id JOIN evaluation_survey s"
                         " ON s.id = q.survey_id",
    "evaluation_study_communities": "SELECT r.study_id FROM {rows} r",
}


def _triggers(table: str, studies_of: str) -> tuple[str, str]:
    name = f"{table}_results_version"
    new, old = studies_of.format(rows="new_rows"), studies_of.format(rows="old_rows")
    forward = f"""
CREATE FUNCTION {name}() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM evaluation_results_bump(ARRAY({new}));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM evaluation_results_bump(ARRAY({old}));
    ELSE
        PERFORM evaluation_results_bump(ARRAY({new} UNION {old}));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER {name}_insert AFTER INSERT ON {table}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {name}();
CREATE TRIGGER {name}_update AFTER UPDATE ON {table}
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION {name}();
CREATE TRIGGER {name}_delete AFTER DELETE ON {table}
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {name}();
"""
    backward = (f"DROP TRIGGER {name}_insert ON {table}; DROP TRIGGER {name}_update ON {table};"
                f" DROP TRIGGER {name}_delete ON {table}; DROP FUNCTION {name}();")
    return forward, backward


class Migration(migrations.Migration):

    dependencies = [
        ('evaluation', '0005_answer_finding_kinds'),
    ]

    operations = [
        migrations.CreateModel(
            name='ResultsVersion',
            fields=[
                ('study_id', models.BigIntegerField(primary_key=True, serialize=False)),
                ('version', models.BigIntegerField(default=0)),
            ],
        ),
        migrations.RunSQL(BUMP, "DROP FUNCTION evaluation_results_bump(bigint[]);"),
        *(migrations.RunSQL(*_triggers(table, studies_of))
          for table, studies_of in STUDIES_OF.items()),
    ]
