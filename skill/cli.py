"""The ``cramp-coach`` command: build the model and audio, try the skill, serve it."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import PROJECT_ROOT, Config

if TYPE_CHECKING:
    from ask_sdk_core.skill import CustomSkill

DEV_USER_ID = "amzn1.ask.account.LOCAL-CLI"


def _cmd_build_model(args: argparse.Namespace) -> int:
    from .language import interaction_model

    config = Config().with_overrides(endpoint_url=args.endpoint) if args.endpoint else Config()
    out = Path(args.out)
    if args.check:
        stale = interaction_model.stale_files(out, config)
        if stale:
            print(f"stale: {', '.join(stale)} (run: cramp-coach build-model)", file=sys.stderr)
            return 1
        print("interaction model is up to date")
        return 0
    for path in interaction_model.write_model(out, config):
        print(f"wrote {path}")
    return 0


def _cmd_build_icons(args: argparse.Namespace) -> int:
    from .language.icons import write_icons

    for path in write_icons(Path(args.out)):
        print(f"wrote {path}")
    return 0


def _request(intent: str, slots: dict[str, str], locale: str) -> dict[str, Any]:
    request: dict[str, Any] = {
        "type": "IntentRequest",
        "requestId": "amzn1.echo-api.request.cli",
        "timestamp": "2026-01-01T00:00:00Z",
        "locale": locale,
        "intent": {
            "name": intent,
            "confirmationStatus": "NONE",
            "slots": {k: {"name": k, "value": v, "confirmationStatus": "NONE"}
                      for k, v in slots.items()},
        },
    }
    if intent == "LaunchRequest":
        request = {k: v for k, v in request.items() if k != "intent"} | {"type": "LaunchRequest"}
    system = {
        "application": {"applicationId": "amzn1.ask.skill.local-cli"},
        "user": {"userId": DEV_USER_ID},
        "device": {"deviceId": "amzn1.ask.device.LOCAL-CLI", "supportedInterfaces": {}},
        "apiEndpoint": "https://api.amazonalexa.com",
    }
    return {
        "version": "1.0",
        "session": {
            "new": True, "sessionId": "amzn1.echo-api.session.cli",
            "application": system["application"], "user": system["user"], "attributes": {},
        },
        "context": {"System": system},
        "request": request,
    }


def _invoke_once(skill: CustomSkill, body: dict[str, Any]) -> dict[str, Any]:
    from ask_sdk_model import RequestEnvelope

    envelope = skill.serializer.deserialize(json.dumps(body), RequestEnvelope)
    response = skill.serializer.serialize(skill.invoke(request_envelope=envelope, context=None))
    if not isinstance(response, dict):  # a ResponseEnvelope always serializes to one
        raise TypeError(f"response envelope serialized to {type(response).__name__}")
    return response


def _run_turn(intent: str, slots: dict[str, str], locale: str, as_json: bool) -> int:
    from . import content
    from .conversation.skill_builder import build_skill

    # The CLI never touches the real diary: each run gets a throwaway SQLite file.
    with tempfile.TemporaryDirectory(prefix="cramp-coach-cli-") as scratch:
        config = Config.from_env().with_overrides(
            store="sqlite", sqlite_path=Path(scratch) / "cli.sqlite3")
        response = _invoke_once(build_skill(config), _request(intent, slots, locale))
    if as_json:

        print(json.dumps(response, indent=2))
        return 0
    body = response.get("response", {})
    print(f"intent: {intent} {slots or ''}".rstrip())
    speech = (body.get("outputSpeech") or {}).get("ssml", "")
    print(f"says:   {content.plain_text(speech)}")
    reprompt = ((body.get("reprompt") or {}).get("outputSpeech") or {}).get("ssml", "")
    if reprompt:
        print(f"then:   {content.plain_text(reprompt)}")
    if card := body.get("card"):
        print(f"card:   {card.get('title')}: {card.get('content') or card.get('text')}")
    for directive in body.get("directives") or []:
        print(f"does:   {directive.get('type')}")
    print(f"ends:   {bool(body.get('shouldEndSession'))}")
    return 0


def _cmd_say(args: argparse.Namespace) -> int:
    from .language.nlu import match

    utterance = " ".join(args.utterance)
    found = match(utterance, args.locale)
    if found is None:
        print(f"no sample in the model matches {utterance!r}; Alexa would send "
              "AMAZON.FallbackIntent:", file=sys.stderr)
        return _run_turn("AMAZON.FallbackIntent", {}, args.locale, args.json)
    return _run_turn(found.intent, found.slots, args.locale, args.json)


def _cmd_intent(args: argparse.Namespace) -> int:
    slots = {}
    for pair in args.slots:
        name, sep, value = pair.partition("=")
        if not sep:
            print(f"slots are name=value, got {pair!r}", file=sys.stderr)
            return 2
        slots[name] = value
    return _run_turn(args.name, slots, args.locale, args.json)


def _cmd_nlu_eval(args: argparse.Namespace) -> int:
    from .language import evaluation

    cases = evaluation.load_cases(args.locale or None, args.set or evaluation.EVALUATION_DIR)
    if args.split != "all":
        cases = [c for c in cases if c.held_out == (args.split == "held-out")]
    outcomes = evaluation.evaluate(cases, args.lenient)
    for line in evaluation.report(outcomes, show_misses=not args.quiet):
        print(line)
    failing = evaluation.failing_groups(outcomes)
    if failing:
        print(f"below {evaluation.PASS_MARK:.0%}: {', '.join(failing)}", file=sys.stderr)
        return 1
    return 0


def _cmd_build_lambda(args: argparse.Namespace) -> int:
    from .hosting.lambda_build import main as build_lambda_main

    return build_lambda_main(args.rest)


def _cmd_build_audio(args: argparse.Namespace) -> int:
    from .audio.build import main as build_audio_main

    return build_audio_main(args.rest)


def _cmd_routes(args: argparse.Namespace) -> int:
    from .conversation.routing import default_table, describe

    print(describe(default_table()))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    """Serve under gunicorn exactly as the Procfile does, after building missing clips."""
    try:
        from .audio.build import ensure_audio_built
    except ImportError as missing:  # a runtime-only install: no audio build stack
        print(f"audio: not building clips ({missing.name} is not installed; "
              "pip install '.[audio]'); routines will be spoken instead", file=sys.stderr)
    else:
        ensure_audio_built(Config.from_env())
    gunicorn = str(Path(sys.executable).with_name("gunicorn"))
    argv = [gunicorn, "-c", str(PROJECT_ROOT / "skill" / "hosting" / "gunicorn_conf.py"),
            "skill.hosting.webhook:create_app()"]
    os.chdir(PROJECT_ROOT)
    os.execv(gunicorn, argv)
    return 0  # not reached


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cramp-coach", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    model = sub.add_parser("build-model", help="write interaction_model/ from the content")
    model.add_argument("--out", default=str(PROJECT_ROOT / "interaction_model"))
    model.add_argument("--endpoint", default=os.environ.get("SKILL_ENDPOINT_URL", ""),
                       help="the HTTPS endpoint for skill.json (default: SKILL_ENDPOINT_URL)")
    model.add_argument("--check", action="store_true", help="only report stale files")
    model.set_defaults(func=_cmd_build_model)

    icons = sub.add_parser("build-icons", help="draw the store icons into the skill package")
    icons.add_argument("--out", default=str(PROJECT_ROOT / "interaction_model"))
    icons.set_defaults(func=_cmd_build_icons)

    for name, func, helptext in (
        ("say", _cmd_say, "print what the skill would say to an utterance"),
        ("intent", _cmd_intent, "print what the skill would say to a named intent"),
    ):
        cmd = sub.add_parser(name, help=helptext)
        if name == "say":
            cmd.add_argument("utterance", nargs="+")
        else:
            cmd.add_argument("name", help="an intent name, or LaunchRequest")
            cmd.add_argument("slots", nargs="*", help="slot=value pairs")
        cmd.add_argument("--locale", default="en-US")
        cmd.add_argument("--json", action="store_true", help="print the whole response JSON")
        cmd.set_defaults(func=func)

    evaluate = sub.add_parser("nlu-eval", help="accuracy on the NLU evaluation set (tests/nlu)")
    evaluate.add_argument("--locale", action="append", help="only this locale (repeatable)")
    evaluate.add_argument("--split", choices=("all", "dev", "held-out"), default="all",
                          help="dev: the half to read while writing templates")
    evaluate.add_argument("--quiet", action="store_true", help="figures only, no misses")
    evaluate.add_argument("--set", type=Path, default=None,
                          help="another folder of <locale>.csv annotation files "
                               "(tests/nlu/outside/...)")
    evaluate.add_argument("--lenient", action="store_true",
                          help="drop broken samples instead of failing (a grammar in progress)")
    evaluate.set_defaults(func=_cmd_nlu_eval)

    audio = sub.add_parser("build-audio", help="render the audio clips (see --help)",
                           add_help=False)
    audio.add_argument("rest", nargs=argparse.REMAINDER)
    audio.set_defaults(func=_cmd_build_audio)

    lambda_zip = sub.add_parser("build-lambda", help="the AWS Lambda zip in dist/ (see --help)",
                                add_help=False)
    lambda_zip.add_argument("rest", nargs=argparse.REMAINDER)
    lambda_zip.set_defaults(func=_cmd_build_lambda)

    routes = sub.add_parser("routes", help="print who answers each intent, by what is pending")
    routes.set_defaults(func=_cmd_routes)

    serve = sub.add_parser("serve", help="serve the skill under gunicorn (as the Procfile)")
    serve.set_defaults(func=_cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.func in (_cmd_build_audio, _cmd_build_lambda):  # their own options pass through
        args.rest = extra + args.rest
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
