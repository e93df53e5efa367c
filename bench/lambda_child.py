"""One Lambda cold start, run as a script by bench.lambda_cold (so nothing of the bench is
imported): ``python bench/lambda_child.py ours|floor EVENT.json``.

Imports the handler, answers one event and prints whether it spoke. ``floor`` is the ASK
SDK's hello-world Lambda: ``SkillBuilder``, one handler, ``sb.lambda_handler()``.
"""

import json
import sys
from pathlib import Path


def floor_handler():
    from ask_sdk_core.dispatch_components import AbstractRequestHandler
    from ask_sdk_core.skill_builder import SkillBuilder

    class HelloHandler(AbstractRequestHandler):
        def can_handle(self, handler_input):
            return True

        def handle(self, handler_input):
            return handler_input.response_builder.speak("Hello.").response

    builder = SkillBuilder()
    builder.add_request_handler(HelloHandler())
    return builder.lambda_handler()


def main(side: str, event_path: str) -> int:
    event = json.loads(Path(event_path).read_text())
    if side == "ours":
        from skill.hosting.lambda_function import lambda_handler
    else:
        lambda_handler = floor_handler()
    answer = lambda_handler(event, None)
    print(json.dumps({"side": side, "spoke": bool(answer["response"]["outputSpeech"]["ssml"])}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
