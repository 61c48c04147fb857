# placeholder: replaced by its owner
from django.http import Http404


def library(request, *args, **kwargs):
    raise Http404


def material_add(request, *args, **kwargs):
    raise Http404


def material_file(request, *args, **kwargs):
    raise Http404


def material_delete(request, *args, **kwargs):
    raise Http404
