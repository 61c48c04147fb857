"""The product's URLs plus the benchmark's trivial view (cop.settings.bench only: the
product's own URL patterns, and so the access-matrix test, never see it)."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from cop.urls import handler500  # noqa: F401  (the product's fault pages)
from cop.urls import urlpatterns as product_urlpatterns


def trivial(request: HttpRequest) -> HttpResponse:
    """A small template through the whole middleware stack: the framework's own floor."""
    return render(request, "bench/trivial.html", {"items": range(10)})


urlpatterns = [path("bench/trivial/", trivial, name="bench_trivial"), *product_urlpatterns]
