"""builder views: placeholders until built."""
from django.http import HttpResponse


def py(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def study_list(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def study_create(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def study_detail(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def study_edit(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def survey_create(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def survey_detail(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def survey_edit(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def survey_preview(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def survey_status(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def survey_new_version(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def question_create(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def question_edit(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def question_delete(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)


def question_move(request, *args, **kwargs):  # placeholder
    return HttpResponse("Not built yet.", status=501)
