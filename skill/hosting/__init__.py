"""Hosting: how requests reach the skill and leave it.

The web app (the Alexa endpoint ahead of Flask) and its request verification, the request
log, gunicorn's settings and worker, the Lambda entry point and its zip build, and the
privacy and terms pages. Nothing here decides what the skill says; that is
``skill.conversation``.
"""
