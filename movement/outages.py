"""A service the site uses is away for a while: not a bug in the page.

Each service's own exception (movement.storage.StorageUnavailable, an OpenSearch
outage in search/backends/opensearch.py) derives from ServiceUnavailable, so a
visitor gets the "back in a moment" page, status 503 with Retry-After
(movement/views.py), without the core knowing each service.
"""


class ServiceUnavailable(Exception):
    """A backing service (storage, search) did not answer; try again shortly."""
