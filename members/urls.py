from django.urls import path

from . import views, views_audit, views_deliveries, views_home, views_personal

app_name = "members"

urlpatterns = [
    path("", views_home.home, name="home"),
    path("communities/", views.my_communities, name="my_communities"),
    path("profile/", views.profile, name="profile"),
    path("profile/data/", views_personal.personal_data, name="personal_data"),
    path("profile/data/<str:token>/", views_personal.personal_data_status,
         name="personal_data_status"),
    path("profile/data/<str:token>/download/", views_personal.personal_data_download,
         name="personal_data_download"),
    path("profile/close/", views_personal.account_close, name="account_close"),
    path("account-closed/", views_personal.account_closed, name="account_closed"),
    path("profile/sessions/<int:pk>/end/", views.usersession_end, name="usersession_end"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("audit/", views_audit.audit_trail, name="audit_trail"),
    path("audit/deliveries/", views_deliveries.deliveries, name="deliveries"),
    path("c/<slug:slug>/", views.community_home, name="community_home"),
    path("c/<slug:slug>/audit/", views_audit.community_audit, name="community_audit"),
    path("c/<slug:slug>/members/", views.member_directory, name="directory"),
    path("c/<slug:slug>/members/invite/", views.invite, name="invite"),
    path("c/<slug:slug>/members/<int:pk>/role/", views.member_role, name="member_role"),
    path("c/<slug:slug>/members/<int:pk>/remove/", views.member_remove, name="member_remove"),
    path("notifications/", views.notification_list, name="notifications"),
    path("notifications/read/", views.notifications_mark_all_read,
         name="notifications_mark_all_read"),
    path("notifications/<int:pk>/", views.notification_open, name="notification_open"),
    path("settings/notifications/", views.notification_settings, name="notification_settings"),
    path("unsubscribe/<str:token>/", views.notification_unsubscribe,
         name="notification_unsubscribe"),
]
