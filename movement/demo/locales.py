"""Every content language, mirroring the English tree (aliases until translated)."""

from movement.i18n.locales import ensure_locales, mirror_default_tree


def load(demo):
    ensure_locales()
    mirror_default_tree()
