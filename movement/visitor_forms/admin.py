"""What the admin's viewsets of visitors' records (pledges, bookings) share."""

from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .exports import FormulaSafeCsvMixin


class MadeByVisitorsPolicy(ModelPermissionPolicy):
    """Visitors make these records on the site; nobody adds one in the admin,
    not even a superuser (the form would lack what the site's form fills in)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions, **kwargs):
        actions = [action for action in actions if action != "add"]
        return super().users_with_any_permission(actions, **kwargs)


class VisitorRecordsIndexView(FormulaSafeCsvMixin, IndexView):
    pass


class VisitorRecordsViewSet(ModelViewSet):
    """Moderators look through, correct, delete and export (CSV safe to open)."""

    index_view_class = VisitorRecordsIndexView
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None  # not in the search index: plain database lookups

    @property
    def permission_policy(self):
        return MadeByVisitorsPolicy(self.model)
