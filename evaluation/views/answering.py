"""answering views: placeholders until built."""
from django.http import HttpResponse


def py(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def my_surveys(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def answer_signed_in(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def answer_by_link(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def thanks(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)
