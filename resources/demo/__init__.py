"""The resources' demo content, run by movement.demo (see its step order).

Each module has load(demo); communities link the library's resources, so they
come after it. `translations` says which pages are translated.
"""

STEPS = {
    50: "resources.demo.library",
    60: "resources.demo.communities",  # links the library's resources
}
