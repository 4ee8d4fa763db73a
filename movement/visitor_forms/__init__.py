"""What every form a visitor fills in shares: pledges, form pages, bookings.

- csrf: forms on pages that caches keep, with no token in the page;
- guard: the honeypot, the time taken, the rate per address and the size of
  each field, checked before anything is stored;
- exports: spreadsheets of what visitors sent, safe to open in Excel.

What is kept, why and for how long: docs/privacy.md.
"""
