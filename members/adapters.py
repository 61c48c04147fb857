import base64
import hashlib

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.contrib.sites.shortcuts import get_current_site
from django.core.exceptions import ImproperlyConfigured


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is by invitation only: accounts are created when an invitation is accepted.
    Account emails (password reset, address confirmation, security notices) are rendered in
    the request and sent through the outbox, so a mail server that is down loses none."""

    def is_open_for_signup(self, request):
        return False

    def send_mail(self, template_prefix, email, context):
        from allauth.core import context as allauth_context

        from cop.outbox.messages import enqueue_email

        request = allauth_context.request
        ctx = {"request": request, "email": email,
               "current_site": get_current_site(request), **context}
        enqueue_email(self.render_mail(template_prefix, email, ctx))


def _fernet_key(secret: str) -> bytes:
    """A Fernet key from any secret string: a Fernet key as given, else SHA-256 of it (so a
    `secrets.token_urlsafe(50)` value works like the project's other keys)."""
    raw = secret.encode()
    try:
        if len(base64.urlsafe_b64decode(raw)) == 32:
            return raw
    except ValueError:
        pass
    return base64.urlsafe_b64encode(hashlib.sha256(raw).digest())


def mfa_cipher() -> MultiFernet:
    keys = [k.strip() for k in settings.MFA_ENCRYPTION_KEY.split(",") if k.strip()]
    if not keys:
        raise ImproperlyConfigured("MFA_ENCRYPTION_KEY is empty.")
    return MultiFernet([Fernet(_fernet_key(k)) for k in keys])


class MFAAdapter(DefaultMFAAdapter):
    """TOTP secrets and recovery-code seeds are stored encrypted (Fernet, key
    MFA_ENCRYPTION_KEY), never in clear. A person who must use a second factor cannot turn
    off their last one."""

    def encrypt(self, text: str) -> str:
        return mfa_cipher().encrypt(text.encode()).decode("ascii")

    def decrypt(self, encrypted_text: str) -> str:
        try:
            return mfa_cipher().decrypt(encrypted_text.encode("ascii")).decode()
        except InvalidToken as exc:
            raise ImproperlyConfigured(
                "A stored second-factor secret cannot be decrypted: MFA_ENCRYPTION_KEY "
                "is not the key it was encrypted with.") from exc

    def can_delete_authenticator(self, authenticator) -> bool:
        from allauth.mfa.models import Authenticator

        from .security import SECOND_FACTOR_TYPES, mfa_required

        user = authenticator.user
        if authenticator.type not in SECOND_FACTOR_TYPES or not mfa_required(user):
            return True
        others = Authenticator.objects.filter(user=user, type__in=SECOND_FACTOR_TYPES)
        return others.exclude(pk=authenticator.pk).exists()
