# Production image: gunicorn for the web, the same image for the Celery worker and beat.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=cop.settings.production

WORKDIR /app
COPY requirements.lock .
RUN pip install --no-cache-dir -r requirements.lock

COPY . .
# collectstatic reads settings but needs no server; these values exist only for the build.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost \
    DATABASE_URL=postgres://build@localhost/build REDIS_URL=redis://localhost:6379/0 \
    python manage.py collectstatic --no-input

RUN useradd --system --create-home cop && mkdir -p /var/lib/cop/media \
    /var/lib/cop/exports /var/lib/cop/personal-exports \
    && chown -R cop /app /var/lib/cop
USER cop

EXPOSE 8000
CMD ["gunicorn", "-c", "cop/gunicorn.conf.py", "cop.wsgi:application"]
