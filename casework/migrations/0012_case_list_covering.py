"""Issue 17: the case list and search without reading all of a community's cases.

- The case list's index carries the columns its filters look at (status, needs), so a page
  of any depth and its count come from the index alone (an index-only scan).
- Search reads the newest matching comments of each community from an index in that order.
- Cases and their authors' names and agencies are covered by the community's content
  version (members migration 0012): the case list's pages and the community home's latest
  cases are cached under it."""

from django.db import migrations, models

CASES = "".join(
    f"CREATE TRIGGER casework_casestudy_content_version_{op.lower()} AFTER {op} "
    f"ON casework_casestudy REFERENCING {tables} FOR EACH STATEMENT "
    f"EXECUTE FUNCTION members_community_rows_changed();\n"
    for op, tables in (("INSERT", "NEW TABLE AS new_rows"),
                       ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                       ("DELETE", "OLD TABLE AS old_rows")))
UNCASES = "".join(f"DROP TRIGGER casework_casestudy_content_version_{op} ON casework_casestudy;\n"
                  for op in ("insert", "update", "delete"))

# The case list shows each case's author's name and agency: a change to them is a change to
# every community with a case of theirs (members' own trigger covers their memberships).
AUTHORS = """
CREATE FUNCTION casework_author_shown_changed() RETURNS trigger AS $$
BEGIN
    PERFORM members_bump_content_version(ARRAY(
        SELECT DISTINCT c.community_id
          FROM new_rows n JOIN old_rows o ON o.id = n.id
          JOIN casework_casestudy c ON c.author_id = n.id
         WHERE n.display_name IS DISTINCT FROM o.display_name
            OR n.agency_id IS DISTINCT FROM o.agency_id));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER casework_author_content_version AFTER UPDATE ON members_user
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION casework_author_shown_changed();
"""
UNAUTHORS = """
DROP TRIGGER casework_author_content_version ON members_user;
DROP FUNCTION casework_author_shown_changed();
"""


class Migration(migrations.Migration):

    dependencies = [
        ("casework", "0011_barrier_report_version"),
        ("members", "0012_community_content_version"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="casestudy",
            name="case_list_order",
        ),
        migrations.AddIndex(
            model_name="casestudy",
            index=models.Index(fields=["community", "-last_activity_at", "-id"],
                               include=("status", "needs_domains"), name="case_list_covering"),
        ),
        migrations.AddIndex(
            model_name="comment",
            index=models.Index(condition=models.Q(("removed_at__isnull", True)),
                               fields=["community", "-created_at", "-id"],
                               name="comment_search_order"),
        ),
        migrations.RunSQL(CASES, UNCASES),
        migrations.RunSQL(AUTHORS, UNAUTHORS),
    ]
