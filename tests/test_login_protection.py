"""Signing in to the admin: guessing is stopped, resets are limited, nobody locks others out."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user(
        "amira", "amira@example.org", "the-right-password"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def sign_in(client, password, username="amira", address="203.0.113.7", **headers):
    return client.post(
        LOGIN,
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def guess(client, times, **kwargs):
    return [sign_in(client, f"guess-{n}", **kwargs) for n in range(times)]


def test_five_wrong_passwords_pause_signing_in_even_with_the_right_one(editor):
    client = Client()
    answers = guess(client, settings.AXES_FAILURE_LIMIT)
    assert [answer.status_code for answer in answers[:-1]] == [200] * 4
    response = sign_in(client, "the-right-password")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Signing in is paused" in html
    assert "paused for 15 minutes" in html
    assert "Reset your password" in html


def test_the_lock_out_message_is_in_the_visitors_language(editor):
    client = Client()
    guess(client, settings.AXES_FAILURE_LIMIT)
    response = sign_in(client, "the-right-password", HTTP_ACCEPT_LANGUAGE="pl")
    assert response.status_code == 429
    assert "Logowanie jest wstrzymane" in response.content.decode()


def test_a_lock_out_is_per_username_and_address(editor, django_user_model):
    """Guessing from one address locks neither the user elsewhere nor others here."""
    guess(Client(), settings.AXES_FAILURE_LIMIT)
    assert signed_in(sign_in(Client(), "the-right-password", address="198.51.100.1"))
    django_user_model.objects.create_user("sam", "sam@example.org", "sams-password")
    assert signed_in(sign_in(Client(), "sams-password", username="sam"))


def test_a_lock_out_ends_by_itself(editor):
    guess(Client(), settings.AXES_FAILURE_LIMIT)
    assert sign_in(Client(), "the-right-password").status_code == 429
    AccessAttempt.objects.update(
        attempt_time=datetime.datetime.now(datetime.UTC)
        - settings.AXES_COOLOFF_TIME
        - datetime.timedelta(seconds=1)
    )
    assert signed_in(sign_in(Client(), "the-right-password"))


def test_an_administrator_can_unlock_at_once(editor):
    guess(Client(), settings.AXES_FAILURE_LIMIT)
    call_command("axes_reset_username", "amira", verbosity=0)
    assert signed_in(sign_in(Client(), "the-right-password"))


def test_signing_in_resets_the_count(editor):
    client = Client()
    guess(client, settings.AXES_FAILURE_LIMIT - 1)
    assert signed_in(sign_in(client, "the-right-password"))
    client.logout()
    guess(client, settings.AXES_FAILURE_LIMIT - 1)
    assert signed_in(sign_in(client, "the-right-password"))


def test_behind_a_proxy_the_visitors_own_address_counts(editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"address": "10.0.0.2"}  # every request arrives from the load balancer
    guess(
        Client(),
        settings.AXES_FAILURE_LIMIT,
        HTTP_X_FORWARDED_FOR="203.0.113.7",
        **proxy,
    )
    elsewhere = sign_in(
        Client(), "the-right-password", HTTP_X_FORWARDED_FOR="198.51.100.1", **proxy
    )
    assert signed_in(elsewhere)
    # The guesser cannot escape by claiming another address: the proxy appends
    # the real one, and only that counts.
    spoofed = sign_in(
        Client(),
        "the-right-password",
        HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7",
        **proxy,
    )
    assert spoofed.status_code == 429


def test_a_proxy_nobody_named_is_pointed_out(editor, caplog, monkeypatch):
    import movement.login_protection

    monkeypatch.setattr(movement.login_protection, "_warned_about_proxies", False)
    sign_in(Client(), "wrong", address="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert "TRUSTED_PROXY_COUNT is 0" in caplog.text


# Password reset e-mails


def ask_for_reset(client, address, ip="203.0.113.7"):
    return client.post(RESET, {"email": address}, REMOTE_ADDR=ip)


def test_password_resets_per_address_are_limited(editor):
    client = Client()
    for _ in range(3):
        assert ask_for_reset(client, "amira@example.org").status_code == 302
    response = ask_for_reset(client, "amira@example.org", ip="198.51.100.9")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many password reset requests" in html
    assert 'value="amira@example.org"' in html  # what they typed is kept
    assert len(mail.outbox) == 3


def test_another_spelling_of_the_address_counts_as_the_same_mailbox(editor):
    client = Client()
    for spelling in ("amira@example.org", "AMIRA@example.org", "Amira@Example.org"):
        assert ask_for_reset(client, spelling).status_code == 302
    assert ask_for_reset(client, "amira@EXAMPLE.ORG").status_code == 429
    assert len(mail.outbox) == 3


def test_password_resets_from_one_client_are_limited(editor):
    client = Client()
    answers = [ask_for_reset(client, f"someone{n}@example.org") for n in range(11)]
    assert [answer.status_code for answer in answers] == [302] * 10 + [429]


def test_password_resets_still_work_when_the_cache_is_down(editor, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens on the discard port
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.1},
        },
    }
    assert ask_for_reset(Client(), "amira@example.org").status_code == 302
    assert len(mail.outbox) == 1
