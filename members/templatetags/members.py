from django import template

from .. import permissions

register = template.Library()


@register.filter
def is_facilitator(membership) -> bool:
    """`{% if membership|is_facilitator %}`: the rule of members/permissions.py, in its own
    community."""
    return membership is not None and permissions.is_facilitator(membership,
                                                                 membership.community_id)
