from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is by invitation only: accounts are created when an invitation is accepted."""

    def is_open_for_signup(self, request):
        return False
