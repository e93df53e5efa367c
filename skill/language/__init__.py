"""The language model: how people's words become intents and slots.

The template expander (grammar.py), Alexa's limits (limits.py), one locale's model
(model.py), the skill package built from them (interaction_model.py, icons.py), the
free-words router (words.py) and topic matcher (topics.py), the offline matcher behind
``cramp-coach say`` (nlu.py) and the NLU evaluation (evaluation.py).
"""
