"""Slots more than one feature's samples name, each written once.

A slot pairs the name a sample writes (``{bodyPart}``) with its slot type (``BODY_PART``);
the custom slot types themselves are built from the content (``content.all_slot_types``).
Slots only one feature uses stay with that feature's samples.
"""

from .schema import Slot

BODY_PART = Slot("bodyPart", "BODY_PART")
SYMPTOM = Slot("symptom", "SYMPTOM")
PERSON = Slot("person", "PERSON")  # whose cramp, when it is someone else's
TRIGGER = Slot("trigger", "TRIGGER")  # what they were doing: the diary's triggers
DURATION = Slot("duration", "AMAZON.DURATION")

# The intent of a cramp where it hurts: the core samples' and the red flags' "my calf is
# cramping and it's swollen" both name it.
RELIEF_INTENT = "CrampReliefIntent"
