"""Red flags: the one reviewed tier table, what people say for each, and how we answer.

A red flag always wins. Tiers, most urgent first:

- EMERGENCY: the reply leads with "Call {emergency_number} now", stays within 20 words,
  and ends the session. Nothing else is said first, not even the disclaimer.
- URGENT: get seen today (urgent care, {doctor} today, {emergency_room}).
- DOCTOR: book a visit; never a diagnosis ("That can have several causes; a doctor can check.").

Each row of ``RED_FLAGS`` is one flag: its tier, a one-line ``reason`` for that tier, the
templates people say (``synonyms``, the SYMPTOM slot), and the reply for the person
themselves (``speech``) and for someone helping another (``helper_speech``). Where in doubt
the row takes the higher tier; the articles' own flags sit at their tier or higher.

Synonyms are grammar templates (``skill/language/grammar.py``). They are said inside the
carriers of ``INTENTS``: on their own ("can't breathe"), after "I", "I have", "I'm", "it's",
"my calf is", "my dad is", "she", "he's"... so each is phrased to fit after a subject:
"can't breathe", "passed out", "slurring (my|his|her|their) words".

What is *not* a red flag is routed elsewhere by the grammar, never by luck:
negations ("but I can breathe fine", "no numbness or anything") are relief samples, and
hypotheticals ("what if I have trouble breathing") carry the symptom in a ``sign`` slot of
``DangerousSignsIntent``, which answers and keeps the session open.

The second net (Deliver 7), kept because it measured its place. ``SymptomWordsIntent``
captures free words (``AMAZON.SearchQuery``) after a carrier that starts a sentence ("my",
"I", "it's", "he", "she"...), and ``flag_in_words`` looks for a flag in them, sentence by
sentence, skipping denied ("no numbness", "my breathing is fine") and hypothetical ("what
if...") mentions; no flag but a body part or a cramp gets the relief, anything else the
"didn't catch that". The same detector reads a SYMPTOM value Alexa passes through that is
not one of ours. Measured with virtual-alexa against the server, on the outside phrasings
(redflag area): grammar alone 13/90, grammar and net 78/90 when first built.

A carrier that is itself a word of the message ("dark pee after a run", "lots of cramps",
"calf cramp, no trouble breathing", "grandpa's speech...") has a slot of its own
(``KEPT_CARRIERS``), and its word goes back in front of the words before the detector reads
them: without that, "dark" or "no" was lost and the detector read the rest wrong. Body
parts and a person's possessive came back this way; a specific sample with more words of
its own still wins ("back one step" stays a navigation). Measured after: redflag 90/90 and
negatives 19/19 on the outside phrasings; on our NLU evaluation set (scored by what the
skill acts on, the router's word included) redflag 95.4% and relief 83.0% from 94.7% and
78.7%, with no group falling. "Help"/"please" alone as carriers stay out: they took
"help ..." from its own intent.
The risk that stays: Alexa's own NLU ranks by similarity, not literal characters, so on a
real device the net may draw utterances the specific intents would have had; the NLU
evaluation set uploaded with the ASK CLI is the place to watch that.
"""

from __future__ import annotations

import re

from .people import PERSON_SLOT_TYPE
from .relief import GENERAL_BODY_PART, RELIEFS
from .schema import IntentSpec, RedFlag, Slot, Tier
from .slots import BODY_PART, PERSON, RELIEF_INTENT, SYMPTOM

RED_FLAG_INTENT = "RedFlagIntent"
DANGEROUS_SIGNS_INTENT = "DangerousSignsIntent"
# The same symptoms after a literal "he", "she", "my dad": Alexa's samples can't hold two
# slots side by side ("{person} {symptom}"), so the subject is a word of the sample and
# this slot's name says the symptom is someone else's.
THEIR_SYMPTOM = Slot("theirSymptom", "SYMPTOM")
SIGN = Slot("sign", "SYMPTOM")  # a symptom asked about ("what if"), never reported
# The second net: what the grammar could not place, after a carrier word ("my ...", "he ...").
WORDS_INTENT = "SymptomWordsIntent"
WORDS = Slot("words", "AMAZON.SearchQuery")
THEIR_WORDS = Slot("theirWords", "AMAZON.SearchQuery")  # after "he", "she", "they", "dad's"
# Carriers that are words of the message ("dark pee after a run", "lots of cramps lately",
# "calf cramp, no trouble breathing"): Alexa passes on only the words after a carrier, so
# each has a slot of its own, and its word is put back in front before our code reads them.
_SAID_FIRST = (
    ("dark", "dark", "(dark|brown|black|cola coloured|cola colored|tea coloured|tea colored)"),
    ("swollen", "swollen", "(swollen|swelling|puffy)"),
    ("numb", "numb", "(numb|numbness|tingling|pins and needles)"),
    ("weak", "weak", "(weak|weakness|floppy)"),
    ("chest", "chest", "(chest|heart)"),
    ("throat", "throat", "(throat|tongue|lips)"),
    ("face", "face", "(face|eye|eyelid|mouth|jaw)"),
    ("skin", "skin", "(skin|rash)"),
    ("pee", "pee", "(pee|urine|wee|piss)"),
    ("breathing", "breathing", "(breathing|breath|breathe)"),
    ("speech", "speech", "(speech|speaking|talking|words)"),
    ("often", "daily", "(always|often|frequently|constantly|every day|every night|daily|nightly)"),
    ("many", "lots of", "(lots of|loads of|heaps of|tons of|a lot of|so many|too many|plenty of)"),
    ("lately", "lately", "(lately|recently|these days|this week|all week)"),
    # "No numbness or anything, just a cramp": the denial must reach the detector.
    ("no", "no", "(no)"),
    ("not", "not", "(not)"),  # each as said: "not gone yet" is no "no gone yet"
    ("without", "without", "(without)"),
)
# Words too common to start a body part's carrier ("behind the door", "back to the start"
# is a sample of its own and wins).
_NOT_A_CARRIER = frozenset(("behind", "bottom", "core", "trap", "ab", "sides", "my side"))


def _part_carriers() -> tuple[tuple[str, str, str], ...]:
    carriers = []
    for relief in RELIEFS:
        if relief.body_part == GENERAL_BODY_PART:
            continue
        names = [n for n in (relief.name, *relief.synonyms)
                 if n not in _NOT_A_CARRIER and not n.startswith(("a ", "my "))]
        names += [f"{n}'s" for n in names if not n.endswith("s")]
        slot = re.sub(r"_(\w)", lambda m: m.group(1).upper(), relief.body_part)
        carriers.append((slot, relief.name, "(" + "|".join(names) + ")"))
    return tuple(carriers)


# Words that start a sentence and mean something themselves: "yeah go on then", "hang on a
# sec", "wipe my diary", "kindly help my calf". Each is kept as said, and the words router
# (skill/language/words.py) reads the whole: an answer to our question, a control, a request.
LEAD_WORDS = (
    "yeah", "yep", "yup", "yes", "okay", "ok", "alright", "right", "righto", "sure", "nah",
    "nope", "still", "kindly", "whether", "normally", "generally", "reckon",
    "i reckon", "dunno", "i dunno", "went", "that", "that's", "brilliant", "great", "thanks",
    "phew", "lovely", "cool", "good", "fine", "finally", "wait", "hang on", "hold on",
    "hold up", "one sec", "one second", "one minute", "one moment", "give me", "give us",
    "give me a moment", "give me a sec", "give me a second", "give me a minute", "just a sec",
    "just a second", "just a minute", "just a moment",
    "go", "next", "skip", "swap", "change", "other", "ready", "continue",
    "carry on", "keep", "resume", "new", "bin", "wipe", "ditch", "clear", "delete",
    "erase", "remove", "scrap", "last", "total", "from", "according to", "as per", "struth",
    "agh", "aiyyo", "aiyo", "arre", "haan", "accha", "nerve", "we", "due to", "help",
    "stretch", "bedtime", "night", "put on", "i'd", "i'd like", "ah",
    "triple zero", "triple nine", "nine one one", "nine nine nine", "one one two",
    "zero zero zero", "gimme", "hang about", "hold your horses", "shush", "pick up", "nuke",
    "scrub", "far out", "ayyo", "something's", "only", "there is", "office", "work's",
    "based on", "in", "on", "pause", "sorry", "once more", "what'd", "keep playing",
    "write one", "half", "stepped", "cancel", "too easy", "you bet", "uh huh", "had", "queue",
    "shoot", "as", "because", "too", "round about", "cramp", "cramps", "cramping", "cramp's",
    "huh", "you", "forget", "before", "routine", "whole", "need", "need help", "need some help",
    "could do with", "mid", "halfway", "while", "nas", "suggest", "nighttime", "make a note",
)
# Leads that open a question: what follows goes to the answers ("whether electrolyte
# imbalance can give cramps", "normally how much time a cramp will stay").
QUESTION_LEADS = frozenset(("whether", "normally", "generally", "due to"))


def _lead_slot_name(word: str) -> str:
    parts = re.sub(r"[^a-z ]", "", word).split()
    return "lead" + "".join(p.capitalize() for p in parts)


KEPT_CARRIERS: tuple[tuple[Slot, str, str], ...] = tuple(
    (Slot(f"{name}Words", "AMAZON.SearchQuery"), word, said)
    for name, word, said in (*_SAID_FIRST, *_part_carriers(),
                             *((_lead_slot_name(w), w, f"({w})") for w in LEAD_WORDS)))

LONG_CRAMP_FLAG_ID = "long_cramp"  # what a cramp over ten minutes escalates to

# Said by every doctor-tier flag: we never diagnose.
SEVERAL_CAUSES = "That can have several causes; a doctor can check."
# What to do next after a see-a-doctor reply (the session stays open).
DOCTOR_NEXT = "You can say, log a cramp, to keep a note for your {doctor}."

# Pieces of the synonym templates.
_POSS = "(my|his|her|their|your)"
_CANT = "(can't|cannot|can not|couldn't|could not)"

RED_FLAGS: tuple[RedFlag, ...] = (
    # --- Emergency: call now ----------------------------------------------------------------
    RedFlag(
        id="trouble_breathing",
        tier=Tier.EMERGENCY,
        reason="Article: spasms with difficulty breathing are an electrolyte emergency.",
        synonyms=(
            "trouble breathing", "difficulty breathing", "breathing trouble",
            "breathing problems", "problems breathing", "short of breath", "shortness of breath",
            "so short of breath", "out of breath and can't stop", "breathless",
            f"{_CANT} breathe", f"{_CANT} breathe properly", f"{_CANT} really breathe",
            f"{_CANT} get {_POSS} breath", f"{_CANT} catch {_POSS} breath",
            f"{_CANT} get any air", f"{_CANT} get air in", "not breathing", "isn't breathing",
            "stopped breathing", "not breathing properly", "barely breathing",
            "hard to breathe", "struggling to breathe", "struggling for breath",
            "fighting for breath", "gasping for air", "gasping for breath", "gasping",
            "wheezing", "choking", "suffocating", "breathing funny", "breathing weird",
            "breathing is weird", "breathing is hard", "having trouble breathing",
            "having difficulty breathing", "having a hard time breathing", "finding it hard to breathe",
            "chest is tight and can't breathe", "turning blue in the face", "lips are blue",
            "lips turning blue", "lips have gone blue",
        ),
        speech="Call {emergency_number} now. Trouble breathing with a cramp needs help right away.",
        helper_speech=(
            "Call {emergency_number} for them now. Trouble breathing needs help right away. "
            "Stay with them."
        ),
    ),
    RedFlag(
        id="chest_pain",
        tier=Tier.EMERGENCY,
        reason="Not in the articles: chest pain or pressure can be a heart attack; "
               "first aid says call first.",
        synonyms=(
            "chest pain", "chest pains", f"pain in {_POSS} chest", f"a pain in {_POSS} chest",
            "chest pressure", f"pressure in {_POSS} chest", "tight chest", f"tightness in {_POSS} chest",
            "chest tightness", "chest is tight", "chest hurts", "chest feels tight",
            "chest feels heavy", "heavy chest", "crushing chest pain", f"crushing pain in {_POSS} chest",
            "a heart attack", "having a heart attack", "heart attack",
            f"pain going down {_POSS} left arm", f"pain in {_POSS} left arm and chest",
            f"pain spreading to {_POSS} jaw", f"squeezing in {_POSS} chest",
            "chest cramp", f"cramp in {_POSS} chest", f"a cramp in {_POSS} chest",
            f"heart is racing and {_POSS} chest hurts", "heart pain",
        ),
        speech="Call {emergency_number} now. Chest pain or pressure needs help right away.",
        helper_speech=(
            "Call {emergency_number} for them now. Chest pain or pressure needs help right away. "
            "Stay with them."
        ),
    ),
    RedFlag(
        id="slurred_speech",
        tier=Tier.EMERGENCY,
        reason="Article: slurred speech with spasms points to a neurological problem.",
        synonyms=(
            "slurred speech", "slurring", f"slurring {_POSS} words", "slurring words",
            "slurred words", f"slurring {_POSS} speech", "slurred",
            "words are slurred", "speech is slurred", f"{_POSS} words are slurred",
            f"{_POSS} speech is slurred", f"{_POSS} words are coming out wrong",
            f"{_POSS} speech sounds weird", "speech is weird", "talking funny", "talking weird",
            "talking strangely", "speaking funny", "mumbling and can't talk properly",
            "trouble speaking", "trouble talking", "difficulty speaking", "difficulty talking",
            "struggling to talk", "struggling to speak",
            f"{_CANT} speak properly", f"{_CANT} speak clearly", f"{_CANT} talk properly",
            f"{_CANT} talk straight", f"{_CANT} get {_POSS} words out", f"{_CANT} speak",
            f"{_CANT} talk", f"{_CANT} find {_POSS} words", "garbled speech",
            "not making sense", "isn't making sense", "words are jumbled",
        ),
        speech="Call {emergency_number} now. Slurred speech needs emergency help right away.",
        helper_speech=(
            "Call {emergency_number} for them now. Slurred speech needs emergency help right away. "
            "Stay with them."
        ),
    ),
    RedFlag(
        id="stroke_signs",
        tier=Tier.EMERGENCY,
        reason="Not in the articles: a drooping face or sudden weakness or numbness, or a limb "
               "that won't move, are stroke signs.",
        synonyms=(
            "a stroke", "having a stroke", "stroke", "stroke symptoms", "stroke signs",
            "face drooping", "face is drooping", f"{_POSS} face is drooping", "drooping face",
            "droopy face", "face droop", "face has dropped", f"one side of {_POSS} face is drooping",
            f"one side of {_POSS} face dropped", f"{_POSS} face went droopy", "face is lopsided",
            "mouth is drooping", f"{_POSS} mouth is drooping", f"{_POSS} smile is lopsided",
            "sudden weakness", "suddenly weak", "went weak all of a sudden", "sudden numbness",
            "suddenly numb", "went numb all of a sudden", "one side is weak", "one side is numb",
            "weak on one side", "numb on one side", f"arm is weak and {_POSS} face is drooping",
            "arm went weak", "arm suddenly went weak", "arm is suddenly weak", "arm went dead",
            "leg suddenly went weak", "leg went dead", "leg is suddenly weak",
            f"{_CANT} move {_POSS} (leg|arm|legs|arms|foot|hand)",
            f"{_CANT} lift {_POSS} (arm|leg)", f"{_CANT} raise {_POSS} arm",
            f"{_CANT} feel {_POSS} (leg|arm|legs|arms|foot|feet|hand|face)",
            f"lost feeling in {_POSS} (leg|arm|face|foot|hand)",
            f"lost all feeling in {_POSS} (leg|arm)", f"{_POSS} (leg|arm) is paralysed",
            "paralysed", "paralyzed", f"{_POSS} (leg|arm) is paralyzed", "suddenly confused",
            "sudden confusion", "very confused", "confused and slurring", "vision went blurry",
            f"lost {_POSS} vision", f"{_CANT} see properly", "suddenly can't see",
            f"worst headache of {_POSS} life", "sudden severe headache",
        ),
        speech="Call {emergency_number} now. These can be stroke signs. Note the time they started.",
        helper_speech=(
            "Call {emergency_number} for them now. These can be stroke signs. "
            "Note the time they started."
        ),
    ),
    RedFlag(
        id="fainting",
        tier=Tier.EMERGENCY,
        reason="Not in the articles: fainting or unconsciousness needs help now.",
        synonyms=(
            "fainted", "fainting", "just fainted", "keep fainting",
            "going to faint", "gonna faint", "feel faint", "feeling faint", "passing out",
            "passed out", "just passed out", "going to pass out",
            "gonna pass out", "blacked out", "blacking out", "collapsed", "just collapsed",
            "has collapsed", "unconscious", "is unconscious", "knocked out", "unresponsive",
            "not responding", "isn't responding", "won't wake up", "will not wake up",
            f"{_CANT} wake (him|her|them) up", "not waking up", "out cold", "lost consciousness",
            "losing consciousness", "keeled over", "fell down and won't get up", "went limp",
            "floppy and not responding", "dizzy and fainting",
        ),
        speech="Call {emergency_number} now. Fainting needs help right away. Lie down if you can.",
        helper_speech=(
            "Call {emergency_number} for them now. Lay them on their side if they're breathing, "
            "and stay with them."
        ),
    ),
    RedFlag(
        id="seizure",
        tier=Tier.EMERGENCY,
        reason="Not in the articles: a seizure is not a cramp; it needs help now.",
        synonyms=(
            "a seizure", "seizure", "seizures", "having a seizure", "had a seizure",
            "having seizures", "a fit", "having a fit", "had a fit", "fitting", "convulsing",
            "convulsions", "having convulsions", "shaking all over", "whole body is shaking",
            f"{_POSS} whole body is shaking", "whole body is jerking", "jerking all over",
            "body is jerking and won't stop", "shaking uncontrollably", "twitching all over",
            "eyes rolled back", "eyes rolling back", "foaming at the mouth", "epileptic fit",
            "an epileptic fit", "having an epileptic fit", "an epileptic seizure",
        ),
        speech="Call {emergency_number} now. A seizure needs help right away.",
        helper_speech=(
            "Call {emergency_number} for them now. Move hard things away, don't hold them down, "
            "and time it."
        ),
    ),
    RedFlag(
        id="throat_swelling",
        tier=Tier.EMERGENCY,
        reason="Not in the articles: a throat closing or swelling can block breathing.",
        synonyms=(
            "throat is closing", f"{_POSS} throat is closing", "throat is closing up",
            "throat closing", "throat closing up", "throat is swelling", "throat is swollen",
            "swollen throat", "throat swelling", f"{_POSS} throat is swelling up",
            "throat feels tight", "tight throat", "throat is tight", "tongue is swelling",
            f"{_POSS} tongue is swollen", "swollen tongue", "tongue swelling", "lips are swelling",
            "swollen lips", "face is swelling up", f"{_CANT} swallow", "trouble swallowing",
            "an allergic reaction", "having an allergic reaction", "allergic reaction",
            "anaphylaxis", "anaphylactic shock", "going into anaphylactic shock",
        ),
        speech="Call {emergency_number} now. A closing or swelling throat needs help right away.",
        helper_speech=(
            "Call {emergency_number} for them now. A closing or swelling throat needs help "
            "right away."
        ),
    ),
    RedFlag(
        id="emergency_call",
        tier=Tier.EMERGENCY,
        reason="They asked for emergency help; we never stand between them and the number.",
        synonyms=(
            "call an ambulance", "call for an ambulance", "call me an ambulance",
            "get an ambulance", "get me an ambulance", "need an ambulance", "send an ambulance",
            "an ambulance", "ambulance", "call nine one one", "dial nine one one",
            "nine one one", "call triple nine", "call nine nine nine", "dial nine nine nine",
            "call triple zero", "dial triple zero", "call zero zero zero", "call one one two",
            "dial one one two", "call emergency services", "call the emergency services",
            "emergency services", "call a paramedic", "call the paramedics", "get a paramedic",
            "need a paramedic", "an emergency", "a medical emergency", "medical emergency",
            "emergency", "this is an emergency", "it's an emergency", "having an emergency",
            "need emergency help", "call for help",
                    ),
        speech="Call {emergency_number} now. I can't call for you, so please dial it yourself.",
        helper_speech="Call {emergency_number} for them now. I can't call for you. Stay with them.",
    ),
    RedFlag(
        id="dark_urine",
        tier=Tier.EMERGENCY,
        reason="Article: dark urine after intense exercise means muscle breakdown, which can "
               "harm the kidneys within hours.",
        synonyms=(
            "dark urine", "dark pee", "dark wee", "brown urine", "brown pee", "brown wee",
            "dark brown urine", "reddish brown urine", "red urine", "red pee", "bloody urine",
            "cola colored urine", "cola coloured urine", "tea colored urine",
            "tea coloured urine", "coke colored pee", "dark urine after exercise",
            "dark urine after a workout", "dark pee after a workout", "dark pee after the gym",
            f"{_POSS} (pee|urine|wee) is (dark|brown|really dark|dark brown|red|like cola|like tea)",
            f"{_POSS} (pee|urine|wee) (looks|went|has gone|turned) (dark|brown|red|like cola)",
            "(peeing|weeing) (brown|dark|red|blood)", "(peed|weed) brown",
            "urine the color of cola", "urine the colour of cola", "pee the color of tea",
            "(pee|urine|wee) is the colour of tea",
        ),
        speech=(
            "Call {emergency_number} now. Dark urine after hard exercise needs help right away. "
            "Stop exercising."
        ),
        helper_speech=(
            "Call {emergency_number} for them now. Dark urine after hard exercise needs help "
            "right away."
        ),
    ),
    RedFlag(
        id="wound_stiffness",
        tier=Tier.EMERGENCY,
        reason="Article: tetanus enters through cuts; a locked jaw or spasms after a wound can "
               "reach the muscles you breathe with.",
        synonyms=(
            "stiffness after a cut",
            "(stiffness|spasms|cramps|cramping|stiff) after (a cut|a wound|a nail|a puncture)",
            "stiff after stepping on a nail", "spasms after stepping on a nail",
            "stiff jaw after a cut", "locked jaw after a cut", "lockjaw after a cut",
            "lockjaw after stepping on a nail", "lockjaw after a nail", "locked jaw after a nail",
            "jaw locked after a cut", "jaw locked after stepping on a nail",
            "jaw is stiff after a cut", "jaw locked after a wound", "lockjaw after a wound",
            f"stepped on a nail and (now|) {_POSS} jaw is (stiff|locked|locking)",
            f"cut {_POSS} (hand|foot|leg|finger) and (now|) {_POSS} jaw is (stiff|locked)",
            f"cut {_POSS} (hand|foot|leg|finger) and now (i'm|he's|she's|they're) (stiff|spasming)",
            "stepped on a nail and now (i'm|he's|she's|they're) (stiff|spasming|cramping)",
            "stepped on a rusty nail and now (i'm|he's|she's|they're) (stiff|spasming|cramping)",
            "think it's tetanus", "think i have tetanus", "got tetanus",
        ),
        speech=(
            "Call {emergency_number} now. Stiffness or spasms after a cut or wound need help "
            "right away."
        ),
        helper_speech=(
            "Call {emergency_number} for them now. Stiffness or spasms after a cut or wound "
            "need help right away."
        ),
    ),
    # --- Urgent: today ----------------------------------------------------------------------
    RedFlag(
        id="hot_swollen_calf",
        tier=Tier.URGENT,
        reason="Not in the articles: a swollen, hot, red calf can be a clot, which needs "
               "a check today, sooner with breathlessness.",
        synonyms=(
            "swollen and hot", "(swollen|swelling) and (hot|red|warm)", "(hot|red|warm) and swollen",
            "swollen and hot and red", "swollen red and hot", "red hot and swollen",
            "hot swollen calf", "swollen hot calf", "red swollen calf", "hot red calf",
            "hot to the touch", "warm to the touch", "red and hot", "hot and red",
            "hot and tender", "red and tender", "swollen and tender", "swollen and sore",
            "one leg is bigger", "one leg is swollen", "one calf is bigger", "one calf is swollen",
            "calf is swollen and hot", "calf is hot and swollen", "throbbing and swollen",
            "blood clot", "a blood clot", "dvt", "d.v.t.",
        ),
        speech=(
            "Get medical help today, at urgent care or {emergency_room}. A swollen, hot or red "
            "calf needs a check. If you get short of breath, call {emergency_number}."
        ),
        helper_speech=(
            "Get them seen today, at urgent care or {emergency_room}. If they get short of "
            "breath, call {emergency_number}."
        ),
    ),
    RedFlag(
        id="cold_pale_limb",
        tier=Tier.URGENT,
        reason="Not in the articles: a limb that turns blue, pale or cold may be short of "
               "blood; it needs a check today.",
        synonyms=(
            "turned blue", "gone blue", "going blue", "bluish", "turning blue",
            "turned purple", "gone purple", "pale", "gone pale", "turned pale",
            "gone white", "turned white", "really pale", "pale and cold",
            "cold and pale", "ice cold", "freezing cold", "cold to the touch",
            "gone cold", "feels cold", "(leg|foot|toes|hand|fingers) (is|are|went|turned) (blue|pale|white|cold)",
            "blue and cold", "cold and blue", f"no pulse in {_POSS} foot", "mottled",
        ),
        speech=(
            "Get medical help today, at urgent care or {emergency_room}. A limb that turns "
            "blue, pale or cold needs a check. If it's numb or won't move, call "
            "{emergency_number}."
        ),
        helper_speech=(
            "Get them seen today, at urgent care or {emergency_room}. If the limb is numb or "
            "won't move, call {emergency_number}."
        ),
    ),
    RedFlag(
        id="recent_wound",
        tier=Tier.URGENT,
        reason="Article: tetanus enters through cuts; a fresh wound with no stiffness yet is "
               "caught early.",
        synonyms=(
            "stepped on a nail", "stepped on a rusty nail", "rusty nail", "a rusty nail",
            "deep cut", "a deep cut", "puncture wound", "a puncture wound", "cut myself",
            f"cut {_POSS} (foot|hand|leg|finger)", "got a cut", "dirty wound",
            "a dirty wound", "animal bite", "dog bite", "bitten by a dog", "a dog bit me",
            "stood on a nail", "trod on a nail", f"a nail in {_POSS} foot",
        ),
        speech=(
            "Get the wound checked today, by {a_doctor} or urgent care. "
            "Ask whether you need a tetanus shot."
        ),
        helper_speech=(
            "Get their wound checked today, by {a_doctor} or urgent care. "
            "Ask whether they need a tetanus shot."
        ),
    ),
    RedFlag(
        id="swelling",
        tier=Tier.URGENT,
        reason="Article: see a doctor when spasms cause swelling; raised to today, since by "
               "voice we can't tell a swollen limb that needs prompt care.",
        synonyms=(
            "swelling", "swollen", "swelled up", "swollen up", "swelling up", "puffy",
            "puffed up", "all swollen", "really swollen", "swollen leg", "swollen calf",
            "swollen foot", "swollen ankle", "swollen legs", "swollen feet", "swollen ankles",
            f"swelling in {_POSS} (leg|calf|foot|ankle)", "bloated and swollen", "lump",
            "a lump", "a big lump", "a bulge",
        ),
        speech=(
            "Get {a_doctor} to check it today. A cramp with swelling needs a look. "
            + SEVERAL_CAUSES
        ),
        helper_speech=(
            "Get {a_doctor} to check them today. A cramp with swelling needs a look. "
            + SEVERAL_CAUSES
        ),
    ),
    # --- See a doctor -----------------------------------------------------------------------
    RedFlag(
        id=LONG_CRAMP_FLAG_ID,
        tier=Tier.DOCTOR,
        reason="Article: consult a doctor if cramps last longer than ten minutes.",
        synonyms=(
            "won't stop", "cramp won't stop", "a cramp that won't stop",
            "cramp that won't stop", "won't go away", "it won't go away", "won't let go",
            "not stopping", "it's not stopping", "over ten minutes",
            "more than ten minutes", "longer than ten minutes", "still cramping after ten minutes",
            "lasting for ages", "going on for ages",
            "hasn't stopped for ages",
        ),
        speech=(
            "Book a visit with {a_doctor}. A cramp that lasts over ten minutes is worth a check. "
            + SEVERAL_CAUSES
        ),
        helper_speech=(
            "They should book a visit with {a_doctor}. A cramp over ten minutes is worth "
            "a check. " + SEVERAL_CAUSES
        ),
    ),
    RedFlag(
        id="daily_cramps",
        tier=Tier.DOCTOR,
        reason="Article: see a doctor if spasms come daily or often with no obvious trigger.",
        synonyms=(
            "cramps every day", "cramping every day", "cramp every day", "daily cramps",
            "cramps daily", "cramps every night", "cramping every night", "cramp every night",
            "get cramps every day", "get cramps every night", "cramps all the time",
            "cramping all the time", "constant cramps", "cramps for no reason",
            "cramp for no reason", "keep getting cramps", "keep cramping", "it keeps happening",
            "it keeps coming back", "keeps coming back", "cramps most nights",
            "cramps several times a day", "cramps every single day",
        ),
        speech=(
            "Book a visit with {a_doctor}. Cramps that come often with no clear trigger are "
            "worth a check. " + SEVERAL_CAUSES
        ),
        helper_speech=(
            "They should book a visit with {a_doctor}. Cramps that come often are worth "
            "a check. " + SEVERAL_CAUSES
        ),
    ),
    RedFlag(
        id="weakness_numbness",
        tier=Tier.DOCTOR,
        reason="Article: see a doctor when spasms bring weakness or numbness, like dropping "
               "things; sudden weakness or numbness is the stroke row (emergency); the "
               "reply says so, without the number, which the stroke row gives.",
        synonyms=(
            "numb", "numbness", "going numb", "gone numb", "weak", "weakness",
            "muscle weakness", "weak leg", "weak legs", "pins and needles", "tingling",
            "tingly", "lost some feeling", "less feeling", "dropping things",
            "keep dropping things", f"{_POSS} leg gave out", f"{_POSS} leg gave way",
            "legs feel weak", "numb toes", "numb foot", "numb fingers", "numbness and tingling",
        ),
        speech=(
            "Book a visit with {a_doctor}. If the weakness or numbness came on suddenly, "
            "that's an emergency. " + SEVERAL_CAUSES
        ),
        helper_speech=(
            "They should book a visit with {a_doctor}. If the weakness or numbness came on "
            "suddenly, that's an emergency."
        ),
    ),
    RedFlag(
        id="skin_changes",
        tier=Tier.DOCTOR,
        reason="Article: see a doctor for skin changes along with spasms; blue, pale or cold "
               "is the urgent row.",
        synonyms=(
            "skin changes", "skin change", "skin changed color", "skin changed colour",
            "red skin", "skin is red", "skin looks red", "red", "redness", "discolored",
            "discoloured", "discolored skin", "discoloured skin", "blotchy", "blotchy skin",
            "bruised", "bruising", "a rash", "rash", "shiny skin", "skin looks weird",
            "skin looks strange", "skin is peeling", "dimpled skin",
        ),
        speech=(
            "Book a visit with {a_doctor}. Skin changes along with cramps are worth a check. "
            + SEVERAL_CAUSES
        ),
        helper_speech=(
            "They should book a visit with {a_doctor}. Skin changes with cramps are worth "
            "a check. " + SEVERAL_CAUSES
        ),
    ),
    RedFlag(
        id="locked_jaw",
        tier=Tier.DOCTOR,
        reason="A locked jaw with no wound: see a doctor; after a cut or a nail it is the "
               "tetanus row (emergency), and the reply says so.",
        synonyms=(
            "lockjaw", "lock jaw", "locked jaw", "jaw is locked", f"{_POSS} jaw is locked",
            "jaw locked up", "jaw is locking", f"{_POSS} jaw is stuck", "jaw is stiff",
            f"{_POSS} jaw won't move", "jaw is jammed",
            "stiff jaw", "clenched jaw",
        ),
        speech=(
            "If you've had a cut or wound lately, call {emergency_number} now. If not, book "
            "a visit with {a_doctor}. " + SEVERAL_CAUSES
        ),
        helper_speech=(
            "If they've had a cut or wound lately, call {emergency_number} for them now. "
            "If not, they should see {a_doctor}."
        ),
    ),
    RedFlag(
        id="face_or_mouth",
        tier=Tier.DOCTOR,
        reason="Article: see a doctor if spasms affect the face or mouth.",
        synonyms=(
            "face twitching", "twitching face", f"{_POSS} face is twitching",
            f"{_POSS} face is cramping", "face cramp", "face spasm", f"cramp in {_POSS} face",
            f"spasm in {_POSS} face", "jaw cramp", "jaw spasm", f"{_POSS} jaw is cramping",
            f"cramp in {_POSS} jaw", "mouth cramp", f"{_POSS} mouth is twitching",
            "lip twitching", f"{_POSS} lip is twitching", "eye twitching", "eyelid twitching",
            f"{_POSS} eye is twitching", f"{_POSS} eyelid is twitching", "cheek twitching",
            "tongue cramp", "eyelid spasm", "eye spasm",
        ),
        speech=(
            "Book a visit with {a_doctor}. Spasms in the face or mouth are worth a check. "
            + SEVERAL_CAUSES
        ),
        helper_speech=(
            "They should book a visit with {a_doctor}. Spasms in the face or mouth are worth "
            "a check. " + SEVERAL_CAUSES
        ),
    ),
    RedFlag(
        id="medication_change",
        tier=Tier.DOCTOR,
        reason="Article: see a doctor if spasms follow a medication change; never stop a "
               "medicine alone.",
        synonyms=(
            "new medication", "a new medication", "new medicine", "a new medicine", "new meds",
            "new pills", "new tablets", "new prescription", "medication change", "new dose",
            "on a new medication", "on new medication", "on a new medicine",
            "started new medication", "started a new medication", "started a new medicine",
            "started new meds", "started new tablets", f"changed {_POSS} medication",
            f"changed {_POSS} medicine", f"changed {_POSS} meds", f"changed {_POSS} dose",
            "started a statin", "started statins", "started a water pill",
            "started water pills", "started blood pressure pills",
            "started blood pressure medicine",
        ),
        speech=(
            "Call your {doctor}, and don't stop the medicine on your own. Cramps after a change "
            "in medicine are worth a check. " + SEVERAL_CAUSES
        ),
        helper_speech=(
            "They should call their {doctor}, and not stop the medicine on their own. "
            + SEVERAL_CAUSES
        ),
    ),
)

SLOT_TYPES = ()  # SYMPTOM is built from RED_FLAGS in content.all_slot_types; PERSON is people's

# --- the carriers ---------------------------------------------------------------------------

_PERSON_WORDS = tuple(
    said
    for value in PERSON_SLOT_TYPE.values
    for said in (value.value, *value.synonyms)
    if said not in ("he", "she", "they") and not said.startswith(("a ", "this "))
)
_PEOPLE = "(" + "|".join(_PERSON_WORDS) + ")"
# "grandpa's speech...", "dad's gone pale": the person's own words carry the subject.
_PEOPLE_S = "|".join(f"{said}'s" for said in _PERSON_WORDS if " " not in said)
_PRONOUN = "(he|she|they)"
_PRONOUN_BE = "(he's|she's|they're|he is|she is|they are|he was|she was|they were)"
_PRONOUN_HAS = ("(he has|she has|they have|he's got|she's got|they've got|he's having"
                "|she's having|they're having|he had|she had|they had|he just|she just"
                "|they just|he suddenly|she suddenly|they suddenly|he keeps|she keeps|they keep"
                "|he seems|she seems|they seem|he feels|she feels|they feel|he looks|she looks"
                "|they look)")
_I_HAVE = ("(i have|i've got|i got|i've|i'm having|i am having|i've been having|i also have"
           "|i think i have|i think i've got|i think i'm having|i'm getting|i'm starting to get)")
_I_AM = ("(i'm|i am|i feel|i'm feeling|i think i'm|i'm also|i'm really|i'm kind of|i'm a bit"
         "|i'm starting to feel|i was|i've been|i feel like i'm)")
_IT_IS = ("(it's|it is|there's|there is|it feels|it looks|it's gone|it went|it's all"
          "|it's really|it's very|it's getting|it's turned|it turned|it's also|now it's"
          "|and it's|and there's|and it)")
_AND = ("(and|also|now|plus|and now|and also|but now|and then|then|oh and|and i've got"
        "|and i have|and i'm|and i|now i'm|now i|now i've got|i also|but i|and i think i'm)")
_CRAMPING = ("(is cramping|cramped|is cramping up|cramped up|has cramped|seized up"
             "|is seizing up|locked up|has a cramp|has cramp|is in spasm|hurts|is hurting"
             "|is killing me|went into spasm|is spasming)")
_BODY_VERB = ("(is|feels|looks|has|went|turned|has gone|is going|has turned|is all|is really"
              "|is very|has got|got|is also|seems|is kind of|was|looks really|feels really|is now"
              "|has gone all|is getting|is turning|keeps)")

INTENTS: tuple[IntentSpec, ...] = (
    IntentSpec(
        RED_FLAG_INTENT,
        slots=(SYMPTOM, BODY_PART, PERSON, THEIR_SYMPTOM),
        samples=(
            # The speaker's own: "can't breathe", "help I can't breathe", "I think I'm having a stroke".
            "[<filler>] {symptom}",
            "[<filler>] {symptom} [(please|help|help me|please help|now|quick)]",
            "[<filler>] i {symptom}",
            "[<filler>] i think i {symptom}",
            f"[<filler>] {_I_HAVE} {{symptom}}",
            f"[<filler>] {_I_AM} {{symptom}}",
            f"[<filler>] {_IT_IS} {{symptom}}",
            f"{_AND} {{symptom}}",
            "(i|i've) (just|suddenly) {symptom}",
            "(i'm|i am) (cramping|having a cramp|having cramps) and {symptom}",
            f"<my> {{bodyPart}} {_BODY_VERB} {{symptom}}",
            "<my> {bodyPart} (is|feels|looks) (so|really|very|all) {symptom}",
            "(the|my|this) cramp (comes with|came with|is with|has|brought|came on with|and) {symptom}",
            f"{_I_HAVE} (a|this|the) (cramp|bad cramp|muscle cramp|spasm) (and|with|plus|and now"
            "|and also) {symptom}",
            "(cramp|cramps|cramping|a cramp|spasms) (and|with|plus) {symptom}",
            "(please|) (help|help me|help us) [(please|quick)] (i|i've got|i have|i'm|it's) {symptom}",
            # Someone else, with the person slot where a word stands between the slots.
            "[<filler>] (my|our) {person} (is|has|was|has got|is having|just|also|seems|looks"
            "|feels|suddenly|keeps|got|had|has been|is now|is also|is really|is suddenly) {symptom}",
            "[<filler>] {person} (is|has|was|has got|is having|is now|is suddenly|just|suddenly"
            "|has been|had) {symptom}",
            "(i think|i'm worried|i'm scared) (my|our) {person} (is|has|is having|has got) {symptom}",
            "(my|our) {person} (is cramping|has a cramp|has cramp|cramped up|has cramps|is having"
            " cramps|is having a cramp) and (is|has|now has|now is|is also|also has) {symptom}",
            "(my|our) {person} (has|got|has got|is having) (a|bad) (cramp|cramps|spasm) (and|with)"
            " {symptom}",
            # Someone else, the subject a word of the sample: "she can't breathe", "my dad passed out".
            f"[<filler>] {_PRONOUN} {{theirSymptom}}",
            f"[<filler>] {_PRONOUN_BE} {{theirSymptom}}",
            f"[<filler>] {_PRONOUN_HAS} {{theirSymptom}}",
            f"[<filler>] (my|our) {_PEOPLE} {{theirSymptom}}",
            f"(my|our) {_PEOPLE} (just|suddenly) {{theirSymptom}}",
            f"(i think|i'm worried|i'm scared) {_PRONOUN} {{theirSymptom}}",
            f"(i think|i'm worried|i'm scared) {_PRONOUN_BE} {{theirSymptom}}",
            f"(i found|i just found|we found) (my|our) {_PEOPLE} {{theirSymptom}}",
            "(i found|i just found|we found) (him|her|them) {theirSymptom}",
            f"(my|our) {_PEOPLE}'s {{bodyPart}} {_CRAMPING} and {_PRONOUN} {{theirSymptom}}",
            f"(my|our) {_PEOPLE}'s {{bodyPart}} {_CRAMPING} and {_PRONOUN_BE} {{theirSymptom}}",
            f"(my|our) {_PEOPLE}'s {{bodyPart}} {_CRAMPING} and {_PRONOUN_HAS} {{theirSymptom}}",
            f"(his|her|their) {{bodyPart}} {_CRAMPING} and {_PRONOUN} {{theirSymptom}}",
            f"(his|her|their) {{bodyPart}} {_CRAMPING} and {_PRONOUN_BE} {{theirSymptom}}",
            f"(his|her|their) {{bodyPart}} {_BODY_VERB} {{theirSymptom}}",
            f"{_PRONOUN} (has|had|has got|'s got|got) (a|bad|a bad) (cramp|cramps|spasm) and "
            f"{_PRONOUN} {{theirSymptom}}",
            f"{_PRONOUN} (has|had|has got|got) (a|bad|a bad) (cramp|cramps|spasm) and "
            f"{_PRONOUN_BE} {{theirSymptom}}",
            f"(my|our) {_PEOPLE} (has|had|has got|got|is having) (a|bad|a bad) (cramp|cramps|spasm)"
            f" and {_PRONOUN} {{theirSymptom}}",
            f"(my|our) {_PEOPLE} (has|had|has got|got|is having) (a|bad|a bad) (cramp|cramps|spasm)"
            f" and {_PRONOUN_BE} {{theirSymptom}}",
            f"(my|our) {_PEOPLE} (is cramping|cramped up|is cramping up) and {_PRONOUN} "
            "{theirSymptom}",
            f"(my|our) {_PEOPLE} (is cramping|cramped up|is cramping up) and {_PRONOUN_BE} "
            "{theirSymptom}",
        ),
    ),
    # The second net: words no other sample places, after the way sentences start. Any
    # sample with more of its own words wins, so only the unplaced land here.
    IntentSpec(
        WORDS_INTENT,
        slots=(WORDS, THEIR_WORDS, *(slot for slot, _, _ in KEPT_CARRIERS)),
        samples=(
            "(my|me|our|the|this|these|i|i'm|i've|i am|i was|i had|i get|i got|it|it's"
            "|there's|after|since|ever since|every|did|got|just|so|um|uh|and|also|now|with"
            "|ow|ouch|oh|please|quick|quickly|urgent|emergency"
            "|call|ring|phone|dial|get|send|somebody|someone|doctor|nurse|cut|mate|sir|hey"
            "|suddenly|oh no|uh oh|but|but now|and now|ugh|argh) {words}",
            # Cries, quantities and times that start a sentence but say nothing themselves.
            # Not "no", "yes", "okay" or "still": they answer our own questions.
            "(ooh|oww|owww|aah|ahh|aargh|ow ow|ouch ouch|oh god|oh my god|god|jeez|gosh"
            "|damn|dang|crikey|blimey|strewth|bloody hell|bloody|crap|man|oh man|yikes|whoa"
            "|both|all|one|two|some|another|each|sometimes|usually|today|yesterday|tonight"
            "|this morning|last night|woke|woke up|waking up|sudden|look|listen|sorry"
            "|excuse me|crook|nasty|horrible|terrible|awful|massive|huge|shocking|wicked|muscle"
            "|muscles|muscle's) {words}",
            *(f"{said} {{{slot.name}}}" for slot, _, said in KEPT_CARRIERS),
            f"(he|she|they|he's|she's|they're|his|her|their|him|them|{_PEOPLE_S}) {{theirWords}}",
        ),
    ),
    # Questions about a sign: the dangerous-signs answer, the session stays open.
    IntentSpec(
        DANGEROUS_SIGNS_INTENT,
        slots=(SIGN,),
        samples=(
            "what if (i|you|he|she|they|someone) {sign}",
            "what if (i|you|he|she|they|someone) (have|has|get|gets|start having|develop|notice"
            "|had|got) {sign}",
            "what if (i'm|you're|he's|she's|they're|i am|it's|there's|the cramp comes with) {sign}",
            "what (should i do|do i do|do you do|happens|should you do) (if|when) (i|you|he|she"
            "|they|someone) (have|has|get|gets|notice|feel) {sign}",
            "(is|are) {sign} (dangerous|serious|bad|an emergency|a bad sign|a warning sign|normal"
            "|something to worry about|a worry|worrying|a danger sign|a red flag)",
            "(is it|is it bad|is it serious|is it dangerous|is it an emergency|should i worry)"
            " (if|when) (i|you) {sign}",
            "(should i worry|should i be worried|do i need to worry|do i worry) about {sign}",
            "(when|how do i know when|how do you know when) (is a cramp|are cramps|is a spasm"
            "|are spasms|is it) (dangerous|a danger|life threatening|something to worry about)",
            "(how do i know if|how do you know if) (a cramp|my cramp|it) is (dangerous|serious"
            "|life threatening|an emergency)",
        ),
    ),
    # A relief request that carries a symptom: the red flag is answered first (the handler),
    # and the relief follows below the emergency tier. Then: a cramp with the symptom
    # denied, which gets the relief only.
    IntentSpec(
        RELIEF_INTENT,
        slots=(BODY_PART, SYMPTOM),
        samples=(
            f"<my> {{bodyPart}} {_CRAMPING} and (it's|it is|it|it feels|it looks|i'm|i|i have"
            f"|i've got|now it's|now i'm|now i|there's|it's gone|it went|it's all) {{symptom}}",
            "[<filler>] <my> {bodyPart} (cramping|is cramping|cramped|is cramping up|cramped up|has cramped"
            "|seized up|is seizing up|locked up|hurts|is killing me|is spasming|went into spasm"
            "|has a cramp|is in spasm) but (i can breathe|i can breathe fine|i'm breathing fine"
            "|i'm breathing okay|i can breathe okay|breathing is fine|my breathing is fine"
            "|i can still breathe|i'm not short of breath|i'm not numb|it's not numb|it's not"
            " swollen|it isn't swollen|there's no swelling|there's no numbness|i can feel it"
            "|i can move it|i can still move it|i feel fine otherwise|nothing else is wrong"
            "|no other symptoms|i'm otherwise okay|i can talk fine|i'm talking fine)",
            "[(and|but|oh and|um)] (no|there's no|there is no|i have no|i've got no|without any"
            "|no sign of|not any) (numbness|swelling|tingling|trouble breathing|breathing problems"
            "|chest pain|redness|weakness|pins and needles|other symptoms|dark urine|dark pee)"
            " [(or anything|or anything like that|or anything else|at all|though|either|thankfully"
            "|as far as i know)]",
            "(i'm|i am|it's|it is|it isn't|i'm really) not (numb|swollen|short of breath|red|hot"
            "|blue|dizzy|weak|slurring) [(or anything|at all|just cramping|it's just a cramp)]",
            "(i can|i can still) (breathe|breathe fine|breathe okay|talk fine|feel my leg|feel my"
            " foot|feel my toes|move my leg|move it) [(it's just|just|but it's) (a cramp|the cramp"
            "|cramping)]",
            "(it's|it is) (not|nothing) (serious|an emergency|dangerous) (just|only) (a cramp"
            "|cramping|a muscle cramp|a charley horse) [in <my> {bodyPart}]",
            "(no|not an) emergency (just|only|it's just) (a cramp|a leg cramp|cramping|a bad cramp)",
        ),
    ),
)


# --- the second net: a flag in the words --------------------------------------------------

# Signs of each flag in free words, as regular expressions over lowercase words. A row is
# a tuple of patterns that must all be found in the same sentence (a wound *and*
# stiffness); the first pattern's place decides whether it is negated.
_W = r"(?:\w+\W+){0,3}"  # up to three words between two parts
_WHOSE = r"(?:my|me|his|her|their|the|your)"
WORD_SIGNS: dict[str, tuple[tuple[str, ...], ...]] = {
    "trouble_breathing": (
        (rf"\b(?:can't|cannot|can not|couldn't|cant|barely|hardly|struggl\w*|trouble|difficult\w*"
         rf"|hard|short|problems?)\W+{_W}(?:breath\w*|air)\b",),
        (r"\bbreath\w*\W+(?:difficult\w*|problems?|trouble|is hard|is weird|is funny)",),
        (r"\b(?:wheez\w*|gasp\w*|chok\w*|suffocat\w*|breathless|not breathing|stopped breathing)",),
    ),
    "chest_pain": (
        (rf"\bchest\W+{_W}(?:pain\w*|pressure|tight\w*|hurt\w*|heavy|crush\w*|squeez\w*|ache\w*)",),
        (rf"\b(?:pain|pressure|tightness|ache|heaviness)\W+in\W+(?:{_WHOSE}\W+)?chest",),
        (r"\b(?:tight|heavy|crushing|painful|sore|squeezing) chest\b",),
        (r"\b(?:crushing|squeezing|tight|heavy)\W+(?:[\w']+\W+){0,4}chest\b",),
        (r"\bheart attack",),
    ),
    "slurred_speech": (
        (r"\bslurr\w*",),
        (rf"\b(?:speech|words|talking|speaking|voice)\W+{_W}(?:funny|weird|strange|wrong|garbled"
         r"|jumbled|unclear|not clear|slurred|not right)",),
        (rf"\b(?:can't|cannot|trouble|difficulty|struggling to|barely|hardly|unable to|not able to)"
         rf"\W+(?:\w+\W+){{0,1}}(?:speak|talk|get {_WHOSE} words)",),
        (r"\btongue\W+(?:\w+\W+){0,2}(?:thick|heavy|numb|swollen)",),
        (r"\b(?:can't|cannot|can not) (?:talk|speak) (?:right|properly|straight|clearly)",),
    ),
    "stroke_signs": (
        (r"\b(?:a stroke|having a stroke|stroke signs|stroke symptoms)\b",),
        (r"\bdroop\w*",),
        (r"\bsudden\w*\W+(?:\w+\W+){0,2}(?:weak\w*|numb\w*|confus\w*)",),
        (rf"\b(?:can't|cannot|can not|unable to|not able to|couldn't)\W+(?:move|lift|raise|feel)"
         rf"\W+{_WHOSE}\W+(?:(?:right|left|whole)\W+)?(?:arms?|legs?|hands?|foot|feet|face|side)\b",),
        (r"\bface\W+(?:\w+\W+){0,3}(?:crooked|lopsided|uneven|fallen|sagging|slumped|weird|wonky)",),
        (r"\bparaly\w*",),
    ),
    "fainting": (
        (r"\b(?:faint\w*|passed out|pass out|passing out|blacked out|blacking out|collaps\w*"
         r"|unconscious|unresponsive|not responding|won't wake|out cold|keeled over)",),
    ),
    "seizure": ((r"\b(?:seizure\w*|convuls\w*|fitting|(?:having|had|has) a fit|epilep\w*)",),
                (r"\b(?:getting|having|has|had|got|having had) (?:a |these |those )?fits\b",),),
    "throat_swelling": (
        (r"\b(?:throat|tongue|lips)\W+(?:[\w']+\W+){0,4}(?:clos\w*|swell\w*|swollen|tight\w*)",),
        (r"\b(?:anaphyla\w*|allergic reaction)",),
        (r"\b(?:can't|cannot|can not|unable to|trouble|difficulty|struggling to|hard to)"
         r" (?:\w+ )?swallow\w*",),
    ),
    "emergency_call": (
        (r"\b(?:ambulance|paramedic\w*|nine one one|triple nine|triple zero|emergency services)\b",),
        (r"\b(?:it's|this is|it is|having|is) an? (?:medical )?emergency\b",),
        (r"^\W*(?:an? )?(?:medical )?emergency\b",),
        (r"\b(?:ambo|one oh eight|one zero eight|one one two|nine nine nine|zero zero zero"
         r"|help now|get help)\b",),
    ),
    "dark_urine": (
        (r"\b(?:pee|peeing|urine|wee|weeing|piss|pissing)\W+(?:\w+\W+){0,5}(?:dark|brown|cola|coke"
         r"|tea|red|black"
         r"|blood\w*)",),
        (r"\b(?:dark|brown|cola|tea|red|black|bloody)\W+(?:\w+\W+){0,2}(?:pee|urine|wee)\b",),
    ),
    "wound_stiffness": (
        (r"\b(?:cut|cuts|nail|wound|splinter|puncture|bit|bitten|bite|gash|rusty|stabbed)\b",
         rf"\b(?:stiff\w*|lock\w*|spasm\w*|rigid|jaw\W+{_W}tight)",),
        (r"\b(?:tetanus|lockjaw)\b", r"\b(?:cut|nail|wound|splinter|bit|bite)\b"),
    ),
    "hot_swollen_calf": (
        (r"\b(?:swell\w*|swollen|puffy)\b", r"\b(?:hot|warm|red)\b"),
        (r"\bblood clot|\bdvt\b",),
    ),
    "cold_pale_limb": (
        (r"\b(?:turn\w*|gone|went|going|is|are|looks?)\W+(?:\w+\W+){0,2}(?:blue|pale|white|purple"
         r"|ice cold|freezing cold|grey|gray|cold and \w+)\b",),
        (r"\b(?:pale|white|blue|grey|gray|purple) and (?:cold|icy|freezing)\b"
         r"|\b(?:cold|icy|freezing) and (?:pale|white|blue|grey|gray|purple)\b",),
    ),
    "recent_wound": (
        (r"\b(?:stepped on a (?:rusty )?nail|deep cut|puncture wound|dog bite|animal bite"
         r"|bitten by|dirty wound)",),
    ),
    "swelling": ((r"\b(?:swell\w*|swollen|puffy|puffed up)\b",),),
    # A cramp that "won't let go" is a cramp: relief first. Over ten minutes is the flag.
    LONG_CRAMP_FLAG_ID: (
        (r"\b(?:more than|over|longer than) (?:ten|fifteen|twenty|thirty|an hour)\b",),
        (r"\b(?:eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty) minutes",),
        (r"\b(?:half an hour|quarter of an hour|an hour|hours)\b",),
        (r"\b(?:even after|still after|after over|still going after) (?:ten|fifteen|twenty|thirty)"
         r" minutes",),
    ),
    "daily_cramps": (
        (r"\b(?:every (?:single )?(?:day|night)|daily|all the time|constantly|frequent\w*"
         r"|(?:(?:loads|heaps|lots|tons|a lot) of|so many|too many) (?:\w+ )?(?:cramp|spasm)\w*"
         r"|for no reason|without (?:any |a )?reason|no idea why|don't know why|can't work out why|most nights"
         r"|every week|keep getting)\b",),
    ),
    "weakness_numbness": (
        (r"\b(?:numb\w*|weak\w*|tingl\w*|pins and needles|dropping things|gave out|gave way)",),
    ),
    "skin_changes": (
        (r"\b(?:rash|blotch\w*|bruis\w*|discolou?r\w*|shiny)\b",),
        (rf"\bskin\W+{_W}(?:red|colou?r\w*|weird|strange|chang\w*|patch\w*)",),
        (r"\bcolou?r\W+(?:\w+\W+){0,2}chang\w*|\bpatch(?:es|y)\b",),
    ),
    "locked_jaw": ((rf"\b(?:lockjaw|jaw\W+{_W}(?:lock\w*|stuck|stiff|won't open|tight))",),),
    "face_or_mouth": (
        # A cheek of the face, not "butt cheek" or "bum cheek" (a glute).
        (rf"\b(?:face|eyelid|eye|mouth|lip|(?<!butt )(?<!bum )(?<!arse )cheek|jaw|tongue)\W+{_W}"
         r"(?:twitch\w*|spasm\w*|jerk\w*"
         r"|cramp\w*)",),
        (r"\b(?:twitch\w*|spasm\w*|jerk\w*|cramp\w*)\W+(?:\w+\W+){0,3}(?:face|eyelids?|mouth"
         r"|lips?|(?<!butt )(?<!bum )(?<!arse )cheeks?|jaw)\b",),
    ),
    "medication_change": (
        (r"\b(?:pills?|tablets?|medicin\w*|medication\w*|meds|statins?|prescription|dose)\b",
         r"\b(?:new|start\w*|chang\w*|switch\w*|upped|increas\w*|since|began|begun)\b"),
    ),
}
# Words that deny what follows ("no numbness", "I'm not short of breath")...
_DENIED_BEFORE = re.compile(
    r"\b(?:no|not|without|never|didn't|don't|isn't|aren't|haven't|hasn't|wasn't|nothing|nor|"
    r"zero)\b(?:\W+\w+){0,3}\W*$"
)
# ...or deny what comes before ("my breathing is fine").
_DENIED_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}(?:fine|okay|ok|normal|alright|good)\b")
# A question about a sign, not a report of one.
_HYPOTHETICAL = re.compile(
    r"^(?:so |and |but |um |okay so )?(?:what if|if|happens if|should i do if|do i do if"
    r"|what happens if|what should i do if|what do i do if"
    r"|when is|when are|when does|is it bad if|is it dangerous if|is it serious if|how do i know"
    r"|how do you know|can cramps|could cramps|do cramps|are cramps|should i worry about"
    r"|should i be worried about|do i need to worry about)\b"
    r"|^(?:is|are) [\w' ]+ (?:dangerous|serious|normal|bad|an emergency|a bad sign)$"
    # "What symptoms with a cramp mean it's an emergency?"
    r"|^(?:what |which )?(?:symptoms|signs)\b[\w' ]* mean (?:it's|it is|that|you need)[\w' ]*"
    r" (?:an emergency|serious|dangerous|bad|help|a doctor)$"
)
# A cramp that goes on: its "not" is no denial ("not stopping, more than ten minutes now").
_STILL_GOING = re.compile(
    r"\b(?:not|isn't|is not|won't|will not|doesn't|does not|hasn't|has not|didn't|never)"
    r" (?:even |yet |really )?(?:stopping|stopped|stop|going away|gone away|go away|easing"
    r"|eased|ease|letting go|let go|let up|letting up|getting better|got better|improving"
    r"|settling|settled|releasing|released|relaxing|relaxed|going|gone)\b")
_CANNOT = re.compile(r"\b(?:(?:am|is|are|was|were|isn't|aren't|wasn't) )?(?:not able to|unable to"
                     r"|can not|cannot|could not|couldn't)\b")
_SENTENCE = re.compile(r"[,.;!?]| but | though | although ")


def _denied(sentence: str, start: int, end: int) -> bool:
    return bool(_DENIED_BEFORE.search(sentence[:start]) or _DENIED_AFTER.search(sentence[end:]))


def _signs_in(sentence: str) -> list[str]:
    found = []
    for flag_id, rows in WORD_SIGNS.items():
        for row in rows:
            first = re.search(row[0], sentence)
            if first is None or _denied(sentence, first.start(), first.end()):
                continue
            if all(re.search(more, sentence) for more in row[1:]):
                found.append(flag_id)
                break
    return found


def sign_in_words(text: str | None) -> tuple[RedFlag | None, bool]:
    """The most urgent red flag named in free words, and whether the words only ask about
    it ("what if I can't breathe with a cramp": the dangerous-signs answer, never an
    escalation). Denied mentions ("no numbness", "my breathing is fine") don't count."""
    if not text:
        return None, False
    said = _normalised(text)
    found = [_FLAGS_BY_ID[i] for part in _SENTENCE.split(said)
             for i in _signs_in(f" {part.strip()} ")]
    return most_urgent(found), bool(_HYPOTHETICAL.search(said))


def flag_in_words(text: str | None) -> RedFlag | None:
    """The most urgent red flag reported in free words, or None: denied mentions and
    questions ("what if I can't breathe") never escalate."""
    flag, asked = sign_in_words(text)
    return None if asked else flag


def _normalised(text: str) -> str:
    said = " ".join(re.sub(r"[^a-z',.;!? ]", " ", text.lower().replace("\u2019", "'")).split())
    said = _STILL_GOING.sub("still cramping", said)  # "not stopping" denies nothing after it
    return _CANNOT.sub("can't", said)  # "I am not able to breathe" is "I can't breathe"


_FLAGS_BY_ID = {flag.id: flag for flag in RED_FLAGS}
_TIER_ORDER = tuple(Tier)


def most_urgent(flags: list[RedFlag] | tuple[RedFlag, ...]) -> RedFlag | None:
    """The flag of the highest tier (table order within a tier), or None."""
    ranked = sorted(flags, key=lambda f: (_TIER_ORDER.index(f.tier), RED_FLAGS.index(f)))
    return ranked[0] if ranked else None
