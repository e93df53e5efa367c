"""Locales the skill ships in: each one's emergency number and its own words.

Texts write ``{doctor}``, ``{physio}``... and each locale says them its own way:
a British listener hears "GP" and "physio", an American one "doctor" and
"physical therapist". American English is the base; the others override it.
"""

from .schema import Locale

# Words that differ between the English locales: placeholder -> what en-US says.
BASE_WORDS: dict[str, str] = {
    "doctor": "doctor",
    "a_doctor": "a doctor",
    "physio": "physical therapist",
    "a_physio": "a physical therapist",
    "pee": "pee",
    "emergency_room": "the emergency room",
    "mom": "mom",
}

LOCALE_WORDS: dict[str, dict[str, str]] = {
    "en-US": {},
    "en-CA": {"physio": "physiotherapist", "a_physio": "a physiotherapist"},
    "en-GB": {
        "doctor": "GP", "a_doctor": "a GP", "physio": "physio", "a_physio": "a physio",
        "pee": "wee", "emergency_room": "A and E", "mom": "mum",
    },
    "en-AU": {
        "doctor": "GP", "a_doctor": "a GP", "physio": "physio", "a_physio": "a physio",
        "pee": "wee", "emergency_room": "the emergency department", "mom": "mum",
    },
    "en-IN": {"physio": "physiotherapist", "a_physio": "a physiotherapist"},
}


def _digits(number: str) -> str:
    return f"<say-as interpret-as='digits'>{number}</say-as>"


def _locale(code: str, number: str) -> Locale:
    return Locale(code, number, _digits(number), BASE_WORDS | LOCALE_WORDS[code])


LOCALES: tuple[Locale, ...] = (
    _locale("en-US", "911"),
    _locale("en-CA", "911"),
    _locale("en-GB", "999"),
    _locale("en-AU", "000"),
    _locale("en-IN", "112"),
)
DEFAULT_LOCALE = "en-US"
# Where the skill is offered (skill.json): the countries of the locales above.
DISTRIBUTION_COUNTRIES: tuple[str, ...] = tuple(loc.code.split("-")[1] for loc in LOCALES)
