"""Cramp Coach: an Alexa skill for the middle of a muscle cramp."""
