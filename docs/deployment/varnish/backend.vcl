# The site-specific part of movement.vcl: where the app listens and who may purge.
# Copy both files to /etc/varnish and edit this one.

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# The app servers, which send a PURGE when content changes. Nobody else may.
acl purgers {
    "127.0.0.1";
    "::1";
}
