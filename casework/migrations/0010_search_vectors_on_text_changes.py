"""Search vectors recomputed only when an UPDATE sets one of the texts they are made of.

A comment's insert, edit or removal also updates its case's counters (comment_count,
thread_version): those updates no longer run the case's to_tsvector over every text field.
A whole-row save (Django's save()) still sets the texts, so it still recomputes."""

from django.db import migrations

CASE_TEXTS = "title, question, presenting_situation, services_involved, what_tried, outcome"

NARROWED = f"""
DROP TRIGGER casework_case_search_vector ON casework_casestudy;
CREATE TRIGGER casework_case_search_vector
    BEFORE INSERT OR UPDATE OF {CASE_TEXTS} ON casework_casestudy
    FOR EACH ROW EXECUTE FUNCTION casework_case_search_vector();
DROP TRIGGER casework_comment_search_vector ON casework_comment;
CREATE TRIGGER casework_comment_search_vector
    BEFORE INSERT OR UPDATE OF body ON casework_comment
    FOR EACH ROW EXECUTE FUNCTION casework_comment_search_vector();
"""

WIDE = """
DROP TRIGGER casework_case_search_vector ON casework_casestudy;
CREATE TRIGGER casework_case_search_vector
    BEFORE INSERT OR UPDATE ON casework_casestudy
    FOR EACH ROW EXECUTE FUNCTION casework_case_search_vector();
DROP TRIGGER casework_comment_search_vector ON casework_comment;
CREATE TRIGGER casework_comment_search_vector
    BEFORE INSERT OR UPDATE ON casework_comment
    FOR EACH ROW EXECUTE FUNCTION casework_comment_search_vector();
"""


class Migration(migrations.Migration):
    dependencies = [("casework", "0009_thread_version")]

    operations = [migrations.RunSQL(NARROWED, WIDE)]
