"""The one URL of the bare framework floor (cop.settings.bench_bare), and the view both floors
render: the bare one here, the product's trivial one through cop.bench_urls."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path


def trivial(request: HttpRequest) -> HttpResponse:
    """A 20-line template with a loop, a filter and an if: the same work on both floors."""
    return render(request, "bench/trivial.html", {"title": "Trivial page", "items": range(10)})


urlpatterns = [path("bench/trivial/", trivial, name="bench_trivial")]
