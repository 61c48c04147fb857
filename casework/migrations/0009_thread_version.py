"""A case's thread_version: the key of its page's cached discussion (casework/thread_html.py).

PostgreSQL raises it in the transaction of every insert, update or delete of a comment on
the case, whoever makes the write: the comment services, retention's bulk redaction
(lifecycle.py), a deleted user's comments losing their author, a bulk load. A page rendered
for one version can never be shown for a later state of the discussion. Statement triggers
with transition tables: a bulk UPDATE of thousands of comments raises each case once.

It never goes back: a save of a case loaded before a comment was written (CaseStudy.save()
writes every field) keeps the version PostgreSQL holds, or a page cached for an earlier
version, say with a comment since removed, would be shown again."""

from django.db import migrations, models

BUMP = """
CREATE FUNCTION casework_comment_thread_version() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE casework_casestudy SET thread_version = thread_version + 1
            WHERE id IN (SELECT case_id FROM new_rows);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE casework_casestudy SET thread_version = thread_version + 1
            WHERE id IN (SELECT case_id FROM old_rows);
    ELSE
        UPDATE casework_casestudy SET thread_version = thread_version + 1
            WHERE id IN (SELECT case_id FROM new_rows UNION SELECT case_id FROM old_rows);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_comment_thread_version_insert
    AFTER INSERT ON casework_comment REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_comment_thread_version();
CREATE TRIGGER casework_comment_thread_version_update
    AFTER UPDATE ON casework_comment REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_comment_thread_version();
CREATE TRIGGER casework_comment_thread_version_delete
    AFTER DELETE ON casework_comment REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_comment_thread_version();

CREATE FUNCTION casework_case_thread_version_kept() RETURNS trigger AS $$
BEGIN
    NEW.thread_version := OLD.thread_version;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_case_thread_version_kept
    BEFORE UPDATE ON casework_casestudy
    FOR EACH ROW WHEN (NEW.thread_version < OLD.thread_version)
    EXECUTE FUNCTION casework_case_thread_version_kept();
"""

UNBUMP = """
DROP TRIGGER casework_case_thread_version_kept ON casework_casestudy;
DROP FUNCTION casework_case_thread_version_kept();
DROP TRIGGER casework_comment_thread_version_insert ON casework_comment;
DROP TRIGGER casework_comment_thread_version_update ON casework_comment;
DROP TRIGGER casework_comment_thread_version_delete ON casework_comment;
DROP FUNCTION casework_comment_thread_version();
"""


class Migration(migrations.Migration):

    dependencies = [
        ('casework', '0008_case_list_order'),
    ]

    operations = [
        migrations.AddField(
            model_name='casestudy',
            name='thread_version',
            field=models.BigIntegerField(default=0, editable=False),
        ),
        migrations.RunSQL(BUMP, UNBUMP),
    ]
