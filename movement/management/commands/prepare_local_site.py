import secrets

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from movement.demo import load_demo_content

LOCAL_ADMIN = "admin"


class Command(BaseCommand):
    help = (
        "Everything `make run` needs before serving: migrate, load the demo content and "
        "make sure a local admin account exists. Safe to run any number of times."
    )

    def handle(self, *args, **options):
        call_command("migrate", interactive=False, verbosity=0)
        load_demo_content()
        self.ensure_local_admin()

    def ensure_local_admin(self):
        User = get_user_model()
        if User.objects.filter(username=LOCAL_ADMIN).exists():
            self.stdout.write(
                f"Admin: http://127.0.0.1:8000/admin/ as '{LOCAL_ADMIN}' (password shown "
                f"when first created; reset it with `.venv/bin/python manage.py "
                f"changepassword {LOCAL_ADMIN}`)."
            )
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(LOCAL_ADMIN, "admin@example.org", password)
        self.stdout.write(
            self.style.SUCCESS(
                f"Created a local admin account. Log in at http://127.0.0.1:8000/admin/ with\n"
                f"    username: {LOCAL_ADMIN}\n    password: {password}\n"
                f"This password is shown only once."
            )
        )
