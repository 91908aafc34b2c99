#!/usr/bin/env python3
"""The tutorial's stack, timed on the same redis-server as productmanager-bench.

Django + django-redis, the tutorial's Product model in SQLite (a temporary directory), and the
tutorial's low-level cache calls: cache.set('product_objects', Product.objects.all()) once, then
cache.get('product_objects') timed, for 1,000 and 10,000 products; and a small cache.get.
Prints one JSON object of medians in nanoseconds on stdout; bench/run.sh --peer passes it to the
runner, which reports our ratios (docs/performance-goals.md, "Against the tutorial's stack").

    peer.py --redis-socket PATH [--sizes 1000,10000] [--quick]
"""
import argparse
import json
import os
import statistics
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def configure(socket, db_path):
    from django.conf import settings

    settings.configure(
        INSTALLED_APPS=["peerproducts"],
        DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": db_path}},
        CACHES={
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                # A database of its own on the same server, so that neither side sees the
                # other's keys.
                "LOCATION": "unix://%s?db=1" % socket,
                "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
                "TIMEOUT": None,
            }
        },
        USE_TZ=True,
        DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    )
    import django

    django.setup()


def median_ns(call, samples, per_sample):
    """Median over `samples` samples of the mean time of `per_sample` calls, in ns."""
    call()  # warm: connection, imports, allocator
    times = []
    for _ in range(samples):
        t0 = time.perf_counter_ns()
        for _ in range(per_sample):
            call()
        times.append((time.perf_counter_ns() - t0) / per_sample)
    return statistics.median(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--redis-socket", required=True)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, HERE)

    with tempfile.TemporaryDirectory(prefix="pmbench-django-") as tmp:
        configure(args.redis_socket, os.path.join(tmp, "db.sqlite3"))
        from django.core.cache import cache
        from django.core.management import call_command

        from peerproducts.models import Product

        call_command("migrate", run_syncdb=True, verbosity=0)
        cache.clear()
        samples = 5 if args.quick else 21
        result = {"django": __import__("django").get_version(), "list_get_ns": {}}

        cache.set("small", "a small cached value")
        result["small_get_ns"] = median_ns(lambda: cache.get("small"), samples, 200)

        for n in [int(s) for s in args.sizes.split(",") if s]:
            Product.objects.all().delete()
            Product.objects.bulk_create(
                Product(title="Product %d" % i, price="%d.%02d" % (i % 1000, i % 100))
                for i in range(n)
            )
            # The tutorial's view, on a miss: the queryset is evaluated and pickled.
            cache.set("product_objects", Product.objects.all())

            def hit():
                products = cache.get("product_objects")
                assert len(products) == n

            result["list_get_ns"][str(n)] = median_ns(hit, samples, 1)
        cache.clear()
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
