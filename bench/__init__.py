"""Cramp Coach benchmarks: ``python -m bench`` (``make bench``).

Measures, side by side in one run: the in-process cost of a representative request mix
against a one-handler ASK SDK "hello" skill (the floor the SDK sets); HTTP under gunicorn
started from the Procfile, with signature checking on and off; cold start; a worker's
peak memory; and the offline audio build. Each figure is checked against its target and
written to ``bench/results/latest.json``. Everything runs on 127.0.0.1 and stops by itself.
"""
