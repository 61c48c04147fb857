"""exports views: placeholders until built."""
from django.http import HttpResponse


def py(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def export_form(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def export_status(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def export_download(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)
