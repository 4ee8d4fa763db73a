"""Filled in by the communities work in progress."""


def load(demo):
    return None
