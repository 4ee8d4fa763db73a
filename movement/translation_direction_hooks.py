"""Hooks for right-to-left languages in the editors (movement/translation_direction.py)."""

from wagtail import hooks

from movement.translation_direction import translation_direction_script

hooks.register("insert_editor_js", translation_direction_script)
