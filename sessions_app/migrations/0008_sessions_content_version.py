"""Issue 17: a community's sessions are covered by its content version (members migration
0012): any write to them gives the community a new one, so the community home's upcoming
sessions can be cached under it (members/home_pieces.py)."""

from django.db import migrations

SESSIONS = "".join(
    f"CREATE TRIGGER sessions_app_session_content_version_{op.lower()} AFTER {op} "
    f"ON sessions_app_session REFERENCING {tables} FOR EACH STATEMENT "
    f"EXECUTE FUNCTION members_community_rows_changed();\n"
    for op, tables in (("INSERT", "NEW TABLE AS new_rows"),
                       ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                       ("DELETE", "OLD TABLE AS old_rows")))
UNSESSIONS = "".join(
    f"DROP TRIGGER sessions_app_session_content_version_{op} ON sessions_app_session;\n"
    for op in ("insert", "update", "delete"))


class Migration(migrations.Migration):

    dependencies = [
        ("sessions_app", "0007_session_times_bounded"),
        ("members", "0012_community_content_version"),
    ]

    operations = [
        migrations.RunSQL(SESSIONS, UNSESSIONS),
    ]
