"""Who a cramp or a symptom belongs to, when it is not the speaker's own.

The PERSON slot: "my dad can't breathe", "my son's got a cramp in his foot". Red flags
for someone else are worded for the helper ("call for them now"); relief is the same.
"""

from .schema import SlotType, SlotValue

PERSON_SLOT_TYPE = SlotType(
    "PERSON",
    (
        SlotValue("parent", "dad", ("father", "papa", "pop", "pa", "daddy", "mom", "mum", "mother",
                                    "mommy", "mummy", "ma", "mam", "old man", "old lady")),
        SlotValue("child", "son", ("daughter", "kid", "child", "boy", "girl", "little one",
                                   "little boy", "little girl", "baby", "young fella", "toddler",
                                   "teenager", "grandson", "granddaughter")),
        SlotValue("partner", "husband", ("wife", "partner", "boyfriend", "girlfriend", "fiance",
                                         "fiancee", "hubby", "missus", "other half")),
        SlotValue("elder", "grandma", ("grandpa", "grandmother", "grandfather", "nan", "nana",
                                       "gran", "granny", "grandad", "granddad", "nanna", "aunt",
                                       "auntie", "uncle")),
        SlotValue("friend", "friend", ("mate", "buddy", "pal", "flatmate", "roommate", "neighbour",
                                       "neighbor", "colleague", "coworker", "teammate", "brother",
                                       "sister", "cousin", "bro", "sis", "patient", "client")),
        SlotValue("someone", "someone", ("somebody", "this guy", "this man", "this woman",
                                         "this lady", "a man", "a woman", "a guy", "a runner",
                                         "a player", "a player on my team")),
        SlotValue("he", "he", ()),
        SlotValue("she", "she", ()),
        SlotValue("they", "they", ()),
    ),
)

SLOT_TYPES: tuple[SlotType, ...] = (PERSON_SLOT_TYPE,)
