"""Writes to the service map: `thing_verb(*, actor, ...)`, each the transaction boundary."""
