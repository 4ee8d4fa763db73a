"""Filled in by the campaigns work in progress."""


def load(demo):
    return None
