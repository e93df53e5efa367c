# The web service in a small image: the runtime dependencies only, run as a non-root user with
# the Procfile's command. Build the clips first if you want them inside (README, "Container").
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=5000 \
    AUDIO_DIR=/app/audio \
    DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY skill ./skill
RUN pip install . \
    && useradd --system --uid 10001 --no-create-home --home-dir /nonexistent coach \
    && mkdir -p /data && chown coach /data
# Built clips and their manifest, when there are any (audio/ is git-ignored apart from its README).
COPY audio ./audio

USER coach
EXPOSE 5000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=15s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '5000'), timeout=2)"]
CMD ["gunicorn", "-c", "skill/hosting/gunicorn_conf.py", "skill.hosting.webhook:create_app()"]
