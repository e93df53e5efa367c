"""The privacy policy and terms of use, served at /privacy and /terms and named in skill.json.

Plain text as data: the web page only lays it out. The figures (how long entries are kept,
how many) are the ones the stores apply; a test holds the two together.
"""

from __future__ import annotations

from .schema import LegalPage, Section

PRIVACY_PATH = "/privacy"
TERMS_PATH = "/terms"

DIARY_KEEP_DAYS = 180
DIARY_MAX_ENTRIES = 1000
RESUME_WINDOW_MINUTES = 30


PRIVACY_POLICY = LegalPage(
    title="Cramp Coach privacy policy",
    updated="2026-12-01",
    sections=(
        Section("What Cramp Coach stores", (
            "If you use the cramp diary, each cramp you log is stored as: the time, the body "
            "part, and, if you said them, what came before it (for example running or a new "
            "medication) and how long it lasted. These are kept as fixed labels chosen from a "
            "short list, never as your own words.",
            "Cramp Coach also keeps three small settings per user: whether you have heard the "
            "health disclaimer, and where you stopped in a guided stretch or routine (so you "
            f"can resume it within {RESUME_WINDOW_MINUTES} minutes).",
            "Cramp Coach does not store voice recordings, your name, your address, your email "
            "or your location. Alexa sends the skill the words it understood; what Amazon keeps "
            "is governed by Amazon's own privacy notice.",
        )),
        Section("How you are identified", (
            "Alexa gives each skill an anonymous user id. Cramp Coach stores only a one-way "
            "hash of it, so the stored data does not carry your Amazon account id.",
        )),
        Section("Where it is stored", (
            "On the server that runs the skill: in a database file on that server, or in an "
            "Amazon DynamoDB table in the AWS region the operator chose. The data is not sold, "
            "shared or used for advertising. Logs record the kind of request and how long it "
            "took, never user ids, device ids or diary contents.",
        )),
        Section("How long it is kept", (
            f"Diary entries are deleted after {DIARY_KEEP_DAYS} days, and at most the newest "
            f"{DIARY_MAX_ENTRIES} entries are kept. The settings stay until you delete them.",
        )),
        Section("How to delete it", (
            "Say \"Alexa, ask cramp coach to delete my cramp diary\" and answer yes: everything "
            "stored for you is erased at once.",
            "Disabling the skill in the Alexa app erases everything stored for you too.",
        )),
        Section("Health information", (
            "What you log is about your health. It is used only to tell you about your own "
            "diary (how many cramps, when, what came before them). Cramp Coach does not "
            "diagnose, and is not a substitute for professional medical advice.",
        )),
        Section("Changes", (
            "If this policy changes, the new version is published at this address with a new "
            "date before it applies.",
        )),
    ),
)

TERMS_OF_USE = LegalPage(
    title="Cramp Coach terms of use",
    updated="2026-12-01",
    sections=(
        Section("Not medical advice", (
            "Cramp Coach gives general information about muscle cramps and stretches. It is "
            "not a substitute for professional medical advice, diagnosis or treatment. Ask a "
            "doctor about your own health, and before taking any supplement or medication.",
            "In an emergency, call your local emergency number. Do not wait for the skill.",
        )),
        Section("Use at your own risk", (
            "Stop a stretch if it hurts. Cramp Coach is provided as it is, without warranty of "
            "any kind; it may be unavailable or make mistakes.",
        )),
        Section("Your data", (
            "The privacy policy at /privacy says what is stored, for how long, and how to "
            "delete it.",
        )),
        Section("Changes", (
            "These terms may change; the new version is published at this address with a new "
            "date before it applies.",
        )),
    ),
)

LEGAL_PAGES: dict[str, LegalPage] = {PRIVACY_PATH: PRIVACY_POLICY, TERMS_PATH: TERMS_OF_USE}
