"""A service's search vector is computed by PostgreSQL whenever one of the texts it is made
of is written, so bulk loads (an Open Referral import, COPY) are indexed too (as casework's
migrations 0002 and 0010). Weights: name A, organisation B, the rest C. The text search
configuration is `english` (servicemap.models.SEARCH_CONFIG)."""

from django.db import migrations

SERVICE_TEXTS = ("name, organisation, description, area, who_for, eligibility, exclusions, "
                 "what_works")

SERVICE_FUNCTION = f"""
CREATE FUNCTION servicemap_service_search_vector() RETURNS trigger AS $$
BEGIN
    NEW.search_vector :=
        setweight(to_tsvector('english', coalesce(NEW.name, '')), 'A') ||
        setweight(to_tsvector('english', coalesce(NEW.organisation, '')), 'B') ||
        setweight(to_tsvector('english',
            coalesce(NEW.description, '') || ' ' || coalesce(NEW.area, '') || ' ' ||
            coalesce(NEW.who_for, '') || ' ' || coalesce(NEW.eligibility, '') || ' ' ||
            coalesce(NEW.exclusions, '') || ' ' || coalesce(NEW.what_works, '')), 'C');
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER servicemap_service_search_vector
    BEFORE INSERT OR UPDATE OF {SERVICE_TEXTS} ON servicemap_service
    FOR EACH ROW EXECUTE FUNCTION servicemap_service_search_vector();
"""


class Migration(migrations.Migration):
    dependencies = [("servicemap", "0001_services_and_questions")]

    operations = [
        migrations.RunSQL(
            SERVICE_FUNCTION,
            "DROP TRIGGER servicemap_service_search_vector ON servicemap_service;"
            "DROP FUNCTION servicemap_service_search_vector();",
        ),
    ]
