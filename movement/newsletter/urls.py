from django.urls import path

from . import views

urlpatterns = [
    path("", views.sign_up, name="newsletter_sign_up"),
    path("check-your-email/", views.sent, name="newsletter_sent"),
    path("confirm/<str:token>/", views.confirm, name="newsletter_confirm"),
    path("manage/<str:token>/", views.manage, name="newsletter_manage"),
    path("leave/<str:token>/", views.leave, name="newsletter_unsubscribe"),
]
