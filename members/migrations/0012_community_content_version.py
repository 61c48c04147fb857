"""A community's content version (issue 17): pieces of its pages that are the same for every
member (the community home's latest cases, newest members and counts; the case list's
pages) are rendered once and kept in the cache under it (members/community_cache.py).

PostgreSQL sets it, in the transaction that writes, whenever a row it covers changes: here a
membership (who is here, the newest members), a person's name or agency (the newest
members) and an agency's name (every community: renaming one is rare). The apps above add
their own tables (casework: cases and their authors' names; sessions_app: sessions) with
the same function. The new version is the current time in microseconds, or one more than
the old if that is later: it only grows, so a rolled-back write's number, or one from
before a backup was restored, is not used again; and a save of a community that read an
older version cannot take it back (members_community_keep_version).
Statement-level triggers: a bulk write or a COPY moves each community's version once."""

from django.db import migrations, models

BUMP = """
-- Give each community in `communities` a new content version.
CREATE FUNCTION members_bump_content_version(communities bigint[]) RETURNS void AS $$
    UPDATE members_community
       SET content_version = GREATEST(content_version + 1,
                                      (extract(epoch FROM clock_timestamp()) * 1000000)::bigint)
     WHERE id = ANY(communities);
$$ LANGUAGE sql;

-- An UPDATE of a community never takes its version back (a save() of a community read
-- before a bump writes the version it read).
CREATE FUNCTION members_community_keep_version() RETURNS trigger AS $$
BEGIN
    NEW.content_version := GREATEST(NEW.content_version, OLD.content_version);
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER members_community_keep_version BEFORE UPDATE ON members_community
    FOR EACH ROW EXECUTE FUNCTION members_community_keep_version();

-- For a table with a community_id column: after each statement that inserts, updates or
-- deletes rows, the communities of those rows (before and after) get a new version.
-- The transition tables are named new_rows and old_rows by the triggers below.
CREATE FUNCTION members_community_rows_changed() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM members_bump_content_version(
            ARRAY(SELECT DISTINCT community_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM members_bump_content_version(
            ARRAY(SELECT DISTINCT community_id FROM old_rows));
    ELSE
        PERFORM members_bump_content_version(
            ARRAY(SELECT community_id FROM new_rows UNION SELECT community_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""
UNBUMP = """
DROP FUNCTION members_community_rows_changed();
DROP TRIGGER members_community_keep_version ON members_community;
DROP FUNCTION members_community_keep_version();
DROP FUNCTION members_bump_content_version(bigint[]);
"""


def rows_changed_triggers(table: str) -> tuple[str, str]:
    """SQL (and its reverse) for the three statement-level triggers that give the
    communities of `table`'s written rows a new content version (a trigger with transition
    tables can watch one kind of write only)."""
    forward = "".join(
        f"CREATE TRIGGER {table}_content_version_{op.lower()} AFTER {op} ON {table} "
        f"REFERENCING {tables} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION members_community_rows_changed();\n"
        for op, tables in (("INSERT", "NEW TABLE AS new_rows"),
                           ("UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
                           ("DELETE", "OLD TABLE AS old_rows")))
    reverse = "".join(f"DROP TRIGGER {table}_content_version_{op} ON {table};\n"
                      for op in ("insert", "update", "delete"))
    return forward, reverse


MEMBERSHIPS = rows_changed_triggers("members_membership")

# The newest members show each one's name and agency.
PEOPLE = """
CREATE FUNCTION members_user_shown_changed() RETURNS trigger AS $$
BEGIN
    PERFORM members_bump_content_version(ARRAY(
        SELECT DISTINCT m.community_id
          FROM new_rows n JOIN old_rows o ON o.id = n.id
          JOIN members_membership m ON m.user_id = n.id
         WHERE n.display_name IS DISTINCT FROM o.display_name
            OR n.agency_id IS DISTINCT FROM o.agency_id));
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER members_user_content_version AFTER UPDATE ON members_user
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION members_user_shown_changed();

CREATE FUNCTION members_agency_name_changed() RETURNS trigger AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE n.name IS DISTINCT FROM o.name) THEN
        PERFORM members_bump_content_version(ARRAY(SELECT id FROM members_community));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER members_agency_content_version AFTER UPDATE ON members_agency
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION members_agency_name_changed();
"""
UNPEOPLE = """
DROP TRIGGER members_agency_content_version ON members_agency;
DROP FUNCTION members_agency_name_changed();
DROP TRIGGER members_user_content_version ON members_user;
DROP FUNCTION members_user_shown_changed();
"""


class Migration(migrations.Migration):

    dependencies = [
        ("members", "0011_notification_about"),
    ]

    operations = [
        migrations.AddField(
            model_name="community",
            name="content_version",
            field=models.BigIntegerField(default=0, editable=False),
        ),
        migrations.AddIndex(
            model_name="membership",
            index=models.Index(fields=["community", "status", "-joined_at"],
                               name="newest_members_order"),
        ),
        migrations.RunSQL(BUMP, UNBUMP),
        migrations.RunSQL(*MEMBERSHIPS),
        migrations.RunSQL(PEOPLE, UNPEOPLE),
    ]
