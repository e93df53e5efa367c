"""The conversation: what answers a request, and what it says.

The skill builder and its request mapper, the handlers, the session state, building
responses and SSML, stepping through a stretch, night mode and screens. The words come from
``skill.content``; how they are heard is ``skill.language``; how requests arrive is
``skill.hosting``.
"""
