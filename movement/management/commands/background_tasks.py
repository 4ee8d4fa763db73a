"""What the background worker has to do, and what failed: for operators and monitoring.

    manage.py background_tasks            counts, the queue's delay, failed tasks
    manage.py background_tasks --check    the same; exits 1 when something is wrong

Something is wrong when a task has failed for good within --since hours, when
a task due to run has waited more than --late seconds (no worker is running, or
it cannot keep up), or when one has been running more than --stuck minutes (its
worker was killed or lost the database mid-task: run it again by hand, or let
it be).
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count, Min, Q
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

SHOWN_FAILURES = 20


class Command(BaseCommand):
    help = "Counts of background tasks, the queue's delay and the tasks that failed."

    def add_arguments(self, parser):
        parser.add_argument("--since", type=float, default=24, help="hours (24)")
        parser.add_argument("--late", type=float, default=300, help="seconds (300)")
        parser.add_argument("--stuck", type=float, default=30, help="minutes (30)")
        parser.add_argument(
            "--check", action="store_true", help="exit 1 when something is wrong"
        )

    def handle(self, *args, since, late, stuck, check, **options):
        now = timezone.now()
        recent = DBTaskResult.objects.filter(
            enqueued_at__gte=now - timedelta(hours=since)
        )
        counts = dict(
            recent.order_by()
            .values("status")
            .annotate(total=Count("id"))
            .values_list("status", "total")
        )
        self.stdout.write(f"Background tasks enqueued in the last {since:g} hours:")
        for status in TaskResultStatus:
            self.stdout.write(f"  {status.label.lower():11} {counts.get(status, 0)}")

        waiting = DBTaskResult.objects.ready()  # due: now, or their time has come
        # A task to run as soon as possible has no time of its own (the latest date
        # there is, django_tasks_db.models.get_date_max): it waits since enqueued.
        undeferred = Q(run_after=get_date_max())
        due_since = waiting.aggregate(
            undeferred=Min("enqueued_at", filter=undeferred),
            deferred=Min("run_after", filter=~undeferred),
        )
        oldest = min((moment for moment in due_since.values() if moment), default=now)
        delay = (now - oldest).total_seconds()
        self.stdout.write(
            f"Due and waiting: {waiting.count()}; the longest for {delay:.0f} s."
        )

        failures = DBTaskResult.objects.failed().filter(
            finished_at__gte=now - timedelta(hours=since)
        )
        failed = list(failures.order_by("-finished_at")[:SHOWN_FAILURES])
        for result in failed:
            last_line = (result.traceback.strip().splitlines() or [""])[-1]
            self.stdout.write(
                f"FAILED {result.id} {result.task_path} after "
                f"{len(result.worker_ids)} attempts, {result.finished_at:%Y-%m-%d %H:%M}"
                f": {last_line}"
            )

        running_long = list(
            DBTaskResult.objects.running().filter(
                started_at__lt=now - timedelta(minutes=stuck)
            )
        )
        for result in running_long:
            self.stdout.write(
                f"STUCK {result.id} {result.task_path}, running since "
                f"{result.started_at:%Y-%m-%d %H:%M}"
            )

        problems = []
        if failed:
            problems.append(f"{failures.count()} failed")
        if running_long:
            problems.append(f"{len(running_long)} running for over {stuck:g} minutes")
        if delay > late:
            problems.append(
                f"a task due {delay:.0f} s ago has not run: is `db_worker` running?"
            )
        if check and problems:
            raise CommandError("; ".join(problems))
