"""Issue 15: fragments read from this process's memory, not a round trip each to Redis.

The "rendered" alias keeps copies in front of a shared cache; here the shared
cache is a memory cache of its own that counts what it is asked.
"""

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

from movement.furniture import forget_furniture, furniture_generation
from movement.tiered_cache import TieredCache

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(settings):
    settings.CACHES = {
        **settings.CACHES,
        "counted": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "counted",
        },
    }
    cache = caches["counted"]
    cache.asked = []
    original_get, original_get_many = cache.get, cache.get_many

    def get(key, *args, **kwargs):
        cache.asked.append(key)
        return original_get(key, *args, **kwargs)

    def get_many(keys, *args, **kwargs):
        cache.asked.extend(keys)
        return original_get_many(keys, *args, **kwargs)

    cache.get, cache.get_many = get, get_many
    yield cache
    cache.clear()


def tiered(local_seconds=5):
    return TieredCache(
        "test-tiered",
        {"OPTIONS": {"SHARED": "counted", "LOCAL_SECONDS": local_seconds}},
    )


def test_a_copy_fetched_once_is_then_read_from_memory(shared):
    shared.set("menu:7", "<nav>")
    cache = tiered()
    assert cache.get("menu:7") == "<nav>"
    assert cache.get("menu:7") == "<nav>"
    assert cache.get_many(["menu:7"]) == {"menu:7": "<nav>"}
    assert shared.asked == ["menu:7"]


def test_what_this_process_stores_is_shared_and_kept_here(shared):
    cache = tiered()
    cache.set("head:7", "<title>", 60)
    assert shared.get("head:7") == "<title>"
    shared.asked.clear()
    assert cache.get("head:7") == "<title>"
    assert shared.asked == []


def test_a_missing_fragment_is_asked_of_the_shared_cache_each_time(shared):
    cache = tiered()
    assert cache.get("footer:7") is None
    assert cache.get("footer:7", "absent") == "absent"
    assert shared.asked == ["footer:7", "footer:7"]


def test_a_copy_fetched_from_the_shared_cache_is_kept_only_briefly(shared, monkeypatch):
    # Its remaining lifetime there is unknown (a banner's time window may end).
    shared.set("banner:7", "<aside>")
    cache = tiered(local_seconds=5)
    clock = [1000.0]
    monkeypatch.setattr("django.core.cache.backends.locmem.time.time", lambda: clock[0])
    cache.get("banner:7")
    clock[0] += 6
    shared.delete("banner:7")
    assert cache.get("banner:7") is None


def test_a_new_generation_drops_every_copy_in_this_process(shared, inside_a_request):
    cache = tiered()
    cache.set("menu:old", "<nav>", 60)
    shared.delete("menu:old")
    furniture_generation()
    forget_furniture()  # any publish, in any process
    furniture_generation()  # this process's next request sees it
    assert cache.get("menu:old") is None


def test_add_keeps_a_copy_only_when_it_added(shared):
    cache = tiered()
    shared.set("seo:7", "theirs")
    assert cache.add("seo:7", "mine", 60) is False
    assert cache.get("seo:7") == "theirs"
    assert cache.add("seo:8", "mine", 60) is True
    assert shared.get("seo:8") == "mine"


def test_clear_empties_only_this_processes_copies(shared):
    cache = tiered()
    cache.set("menu:7", "<nav>", 60)
    cache.clear()
    assert shared.get("menu:7") == "<nav>"


def test_delete_removes_both_copies(shared):
    cache = tiered()
    cache.set("menu:7", "<nav>", 60)
    cache.delete("menu:7")
    assert shared.get("menu:7") is None
    assert cache.get("menu:7") is None


def test_the_rendered_alias_is_tiered_in_front_of_default():
    cache = caches["rendered"]
    assert isinstance(cache, TieredCache)
    assert cache.shared is caches["default"]
    assert isinstance(cache.local, LocMemCache)
