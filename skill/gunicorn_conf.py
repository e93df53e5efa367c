"""gunicorn settings, used by the Procfile line and by ``cramp-coach serve``:

    gunicorn -c skill/gunicorn_conf.py "skill.webhook:create_app()"

- workers: WEB_CONCURRENCY (default 2); bind: $HOST:$PORT (default 0.0.0.0:5000).
- timeout 7 s: Alexa gives up after 8 s, so a stuck worker is recycled before the user hears
  an error and before the next request queues behind it.
- Access log: the request line, status and latency only. No headers, no body, no client
  address: the body holds user and device IDs, and nothing else here can carry them.
"""

from __future__ import annotations

import os

_LEVELS = {"debug", "info", "warning", "error", "critical"}

# HOST: all interfaces on a host platform; `make run` narrows it to 127.0.0.1.
bind = f"{os.environ.get('HOST', '0.0.0.0')}:{int(os.environ.get('PORT', '5000'))}"
workers = max(1, int(os.environ.get("WEB_CONCURRENCY", "2")))
worker_class = "sync"
timeout = 7
graceful_timeout = 10
keepalive = 5

accesslog = "-"
errorlog = "-"
access_log_format = '"%(r)s" %(s)s %(M)sms'
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
if loglevel not in _LEVELS:
    loglevel = "info"
