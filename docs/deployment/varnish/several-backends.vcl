# backend.vcl for several app servers: Varnish takes them in turn, leaves out
# one whose /healthz stops answering, and asks another when one does not answer
# at all (movement.vcl, vcl_backend_error). Copy this over backend.vcl, list
# your servers, and let them (and no one else) purge.
#
# tests/integration/test_several_servers.py runs two servers behind this file,
# with its two backends written for their ports.

import directors;

probe health {
    .url = "/healthz";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

# <backends>
backend app1 {
    .host = "10.0.0.11";
    .port = "8000";
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .probe = health;
}
backend app2 {
    .host = "10.0.0.12";
    .port = "8000";
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .probe = health;
}
# </backends>

# The app servers, which send a PURGE when content changes. Nobody else may.
acl purgers {
    # <purgers>
    "10.0.0.11";
    "10.0.0.12";
    # </purgers>
}

sub vcl_init {
    new apps = directors.round_robin();
    # <director>
    apps.add_backend(app1);
    apps.add_backend(app2);
    # </director>
}

# Runs before movement.vcl's own vcl_recv (Varnish joins subroutines of one
# name in the order it reads them).
sub vcl_recv {
    set req.backend_hint = apps.backend();
}
