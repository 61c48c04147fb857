"""The product's URLs plus the benchmark's trivial view (cop.settings.bench only: the
product's own URL patterns, and so the access-matrix test, never see it). The view is the bare
floor's own (cop.bench_bare_urls), here served through the product's whole middleware stack."""

from django.urls import path

from cop.bench_bare_urls import trivial
from cop.urls import handler500  # noqa: F401  (the product's fault pages)
from cop.urls import urlpatterns as product_urlpatterns

urlpatterns = [path("bench/trivial/", trivial, name="bench_trivial"), *product_urlpatterns]
