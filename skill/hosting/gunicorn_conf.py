"""gunicorn settings, used by the Procfile line and by ``cramp-coach serve``:

    gunicorn -c skill/hosting/gunicorn_conf.py "skill.hosting.webhook:create_app()"

- workers: WEB_CONCURRENCY (default 2), each with WEB_THREADS threads (default 64);
  bind: $HOST:$PORT (default 0.0.0.0:5000).
- Worker model: ours (skill.hosting.gunicorn_worker.WebhookWorker): a request runs on the
  thread that accepted it, taken only while the worker has room (WEB_RUNNING, default 1);
  one not yet whole waits in an event loop, so a client that stalls or drips holds no
  thread; gunicorn's own refusals in JSON. See the README's deploy section for the
  measurements behind the choice.
- timeout 7 s: a worker whose event loop stops answering is recycled before Alexa's 8 s.
- Logs: one JSON object per line, gunicorn's too. Access log: the request line, status and
  latency only. No headers, no body, no client
  address: the body holds user and device IDs, and nothing else here can carry them.
"""

from __future__ import annotations

import os

_LEVELS = {"debug", "info", "warning", "error", "critical"}

# HOST: all interfaces on a host platform; `make run` narrows it to 127.0.0.1.
bind = f"{os.environ.get('HOST', '0.0.0.0')}:{int(os.environ.get('PORT', '5000'))}"
workers = max(1, int(os.environ.get("WEB_CONCURRENCY", "2")))
worker_class = "skill.hosting.gunicorn_worker.WebhookWorker"
threads = max(1, int(os.environ.get("WEB_THREADS", "64")))
timeout = 7
# No control socket (gunicornc): nothing here needs runtime control, and it would be one
# more way into the server, outside the data folder.
control_socket_disable = True
graceful_timeout = 10
# Longer than any client's idle timeout (Node's agent: 5 s; load balancers: 60 s). A server
# that closes an idle connection first races the client's next request on it, and the
# client sees a reset ("socket hang up"). Idle connections wait in the poller, not a thread.
keepalive = 75

accesslog = "-"
errorlog = "-"
access_log_format = '"%(r)s" %(s)s %(M)sms'
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
if loglevel not in _LEVELS:
    loglevel = "info"

# Every line, gunicorn's and ours, is one JSON object (skill.hosting.request_log.json_formatter).
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "skill.hosting.request_log.json_formatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json",
                             "stream": "ext://sys.stdout"}},
    "root": {"level": "INFO", "handlers": ["console"]},
    "loggers": {
        "gunicorn.error": {"level": loglevel.upper(), "handlers": ["console"],
                           "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["console"], "propagate": False},
    },
}
