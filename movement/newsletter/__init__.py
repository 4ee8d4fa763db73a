"""The newsletter: signing up with double opt-in, changing or ending a
subscription, and sending a newsletter page to a topic's subscribers.

- forms.py, views.py, urls.py: the public pages (sign up, confirm, manage);
- subscribing.py: what signing up, confirming and leaving do;
- links.py: the signed links in the emails;
- backend.py: wagtail-newsletter's campaign backend (the page's Newsletter tab);
- sending.py: the background task that sends a batch at a time;
- admin.py: subscribers (export) and the send log for Moderators.
"""
