from django.urls import path

from .views import calendars, library, sessions

app_name = "sessions_app"

one = "c/<slug:slug>/sessions/<int:pk>/"

urlpatterns = [
    path("c/<slug:slug>/sessions/", calendars.community_calendar, name="calendar"),
    path("c/<slug:slug>/sessions/new/", sessions.session_create, name="session_create"),
    path(one, sessions.session_detail, name="session_detail"),
    path(one + "edit/", sessions.session_edit, name="session_edit"),
    path(one + "cancel/", sessions.session_cancel, name="session_cancel"),
    path(one + "rsvp/", sessions.session_rsvp, name="session_rsvp"),
    path("c/<slug:slug>/series/<int:series_pk>/edit/", sessions.series_edit,
         name="series_edit"),
    path(one + "session.ics", calendars.session_ics, name="session_ics"),
    path(one + "agenda/", sessions.agenda_add, name="agenda_add"),
    path(one + "agenda/<int:item_pk>/", sessions.agenda_edit, name="agenda_edit"),
    path(one + "agenda/<int:item_pk>/delete/", sessions.agenda_delete, name="agenda_delete"),
    path(one + "record/", sessions.session_record, name="session_record"),
    path(one + "actions/", sessions.action_add, name="action_add"),
    path(one + "actions/<int:action_pk>/done/", sessions.action_done, name="action_done"),
    path(one + "follow-up/", sessions.follow_up_request, name="follow_up_request"),
    path("c/<slug:slug>/follow-ups/", sessions.follow_up_list, name="follow_up_list"),
    path("c/<slug:slug>/follow-ups/<int:request_pk>/handled/", sessions.follow_up_handled,
         name="follow_up_handled"),
    path("c/<slug:slug>/library/", library.library, name="library"),
    path("c/<slug:slug>/library/new/", library.material_add, name="material_add"),
    path("c/<slug:slug>/library/<int:material_pk>/file/", library.material_file,
         name="material_file"),
    path("c/<slug:slug>/library/<int:material_pk>/delete/", library.material_delete,
         name="material_delete"),
    path("c/<slug:slug>/library/<int:material_pk>/check/", library.material_check,
         name="material_check"),
    path("c/<slug:slug>/library/<int:material_pk>/replace/", library.material_replace,
         name="material_replace"),
    path("calendar/", calendars.my_calendar, name="my_calendar"),
    path("calendar/feed/<str:token>.ics", calendars.calendar_feed, name="calendar_feed"),
]
