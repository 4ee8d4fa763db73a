"""Filled in by the resources work in progress."""


def load(demo):
    return None
