"""Keyed hashes that stand in for people in survey data (key: EVALUATION_CODE_KEY).

- The respondent code is the same for one person across every survey of one study, so waves
  link, and differs between studies. It cannot be reversed without the key, and the key is
  kept away from everyone who sees survey data.
- The draft key lets a person find the answers they saved for later; it is cleared when the
  response is submitted, after which nothing ties the response to the person.
(Shifted dates in exports are not keyed: each export draws its own, exports/deidentify.py.)"""

import base64
import hashlib
import hmac

from django.conf import settings


def _digest(*parts) -> bytes:
    message = ":".join(str(part) for part in parts).encode()
    return hmac.new(settings.EVALUATION_CODE_KEY.encode(), message, hashlib.sha256).digest()


def respondent_code(*, study_id: int, user_id: int) -> str:
    """Ten characters of base32 (50 bits): unique enough for a national programme."""
    return base64.b32encode(_digest("respondent", study_id, user_id)).decode()[:10]


def draft_key(*, invitation_id: int) -> str:
    """An invitation is one person's, for one survey (and session): so is its draft."""
    return _digest("draft", invitation_id).hex()
