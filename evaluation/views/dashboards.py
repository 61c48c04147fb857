"""dashboards views: placeholders until built."""
from django.http import HttpResponse


def py(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def survey_results(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def session_results(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)
