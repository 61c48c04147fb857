"""A comment carries its case's community, so that search can scope comments to the viewer's
communities with a btree index that PostgreSQL combines (BitmapAnd) with the text index,
instead of joining every comment of those communities to its case.

PostgreSQL keeps it equal to the case's community: a BEFORE trigger sets it on every insert
(ORM, bulk_create, COPY) and whenever case_id or community_id is written, and a trigger on
cases carries a change of a case's community to its comments."""

import django.db.models.deletion
from django.db import migrations, models

# The search vector trigger would recompute every vector for an UPDATE that leaves the body
# alone (no history trigger fires: they watch the body and removal only).
BACKFILL = """
ALTER TABLE casework_comment DISABLE TRIGGER casework_comment_search_vector;
UPDATE casework_comment cm SET community_id = c.community_id
    FROM casework_casestudy c WHERE c.id = cm.case_id;
ALTER TABLE casework_comment ENABLE TRIGGER casework_comment_search_vector;
"""

COMMENT_COMMUNITY = """
CREATE FUNCTION casework_comment_community() RETURNS trigger AS $$
BEGIN
    SELECT c.community_id INTO NEW.community_id
        FROM casework_casestudy c WHERE c.id = NEW.case_id;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_comment_community
    BEFORE INSERT OR UPDATE OF case_id, community_id ON casework_comment
    FOR EACH ROW EXECUTE FUNCTION casework_comment_community();
"""

CASE_COMMENTS_COMMUNITY = """
CREATE FUNCTION casework_case_comments_community() RETURNS trigger AS $$
BEGIN
    UPDATE casework_comment SET community_id = NEW.community_id WHERE case_id = NEW.id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_case_comments_community
    AFTER UPDATE OF community_id ON casework_casestudy
    FOR EACH ROW WHEN (OLD.community_id IS DISTINCT FROM NEW.community_id)
    EXECUTE FUNCTION casework_case_comments_community();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0003_change_history"),
        ("members", "0007_merge_history_personal_data"),
    ]

    operations = [
        migrations.AddField(
            model_name="comment",
            name="community",
            field=models.ForeignKey(editable=False, null=True,
                                    on_delete=django.db.models.deletion.CASCADE,
                                    related_name="+", to="members.community"),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name="comment",
            name="community",
            field=models.ForeignKey(editable=False,
                                    on_delete=django.db.models.deletion.CASCADE,
                                    related_name="+", to="members.community"),
        ),
        migrations.RunSQL(
            COMMENT_COMMUNITY,
            "DROP TRIGGER casework_comment_community ON casework_comment;"
            "DROP FUNCTION casework_comment_community();",
        ),
        migrations.RunSQL(
            CASE_COMMENTS_COMMUNITY,
            "DROP TRIGGER casework_case_comments_community ON casework_casestudy;"
            "DROP FUNCTION casework_case_comments_community();",
        ),
    ]
