"""Import-time compatibility step for ask-sdk-webservice-support on OpenSSL 3.0.10+.

Why this exists: ``ask_sdk_webservice_support.verifier`` (imported by its
``WebserviceSkillHandler``) does ``from certvalidator import CertificateValidator``.
certvalidator imports oscrypto, and oscrypto 1.3.0 (the latest release) cannot parse a
two-digit OpenSSL patch version such as "3.0.19": it raises LibraryNotFoundError
("Error detecting the version of libcrypto") at import. The fix is merged upstream but
unreleased, so on every current Debian/Ubuntu host the SDK module cannot even be imported.

Our request verifier (skill.hosting.verification) checks the chain with ``cryptography``'s X.509
verification API and never uses certvalidator. So the smallest correct fix is: only when
the real import fails, register a stand-in ``certvalidator`` whose validator always
refuses. The SDK then imports, and its own stock RequestVerifier, if anyone ever wired it
in, fails closed instead of accepting requests unchecked.
"""

from __future__ import annotations

import importlib
import logging
import sys
import types

log = logging.getLogger(__name__)

STUB_MARKER = "__cramp_coach_stub__"


class _StubValidationError(Exception):
    """Stands in for certvalidator.errors.ValidationError."""


class _StubPathError(Exception):
    """Stands in for certvalidator.errors.PathError."""


class _RefusingCertificateValidator:
    """Stands in for certvalidator.CertificateValidator: never validates anything."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise _StubValidationError(
            "certvalidator is unavailable here; chains are checked by skill.hosting.verification"
        )


def _stub_modules() -> tuple[types.ModuleType, types.ModuleType]:
    errors = types.ModuleType("certvalidator.errors")
    errors.ValidationError = _StubValidationError
    errors.PathError = _StubPathError
    package = types.ModuleType("certvalidator")
    package.__path__ = []  # a package, so "from certvalidator.errors import ..." resolves
    package.CertificateValidator = _RefusingCertificateValidator
    package.errors = errors
    setattr(package, STUB_MARKER, True)
    return package, errors


def ensure_certvalidator_importable() -> bool:
    """Make ``import certvalidator`` succeed. Returns True when the stand-in was installed.

    Idempotent; leaves a working real certvalidator untouched.
    """
    existing = sys.modules.get("certvalidator")
    if existing is not None:
        return bool(getattr(existing, STUB_MARKER, False))
    try:
        importlib.import_module("certvalidator")
        return False
    except Exception as error:  # oscrypto raises LibraryNotFoundError, not ImportError
        reason = f"{type(error).__name__}: {error}"
    # A failed package import leaves its already-loaded submodules behind; drop them so the
    # stand-in is the only certvalidator anyone sees.
    for name in [n for n in sys.modules if n == "certvalidator" or n.startswith("certvalidator.")]:
        del sys.modules[name]
    package, errors = _stub_modules()
    sys.modules["certvalidator"] = package
    sys.modules["certvalidator.errors"] = errors
    log.debug("certvalidator unavailable (%s); installed the refusing stand-in", reason)
    return True


ensure_certvalidator_importable()
