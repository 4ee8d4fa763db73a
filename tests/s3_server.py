"""An S3-compatible server on loopback (moto's server mode), for the tests of
object storage: in this process, it also answers servers in other processes.

Each call makes its own buckets, so tests never see each other's files.
"""

import contextlib
import uuid

import boto3
from moto.server import ThreadedMotoServer

from movement.settings.storage import object_storages

CREDENTIALS = {"S3_ACCESS_KEY_ID": "testing", "S3_SECRET_ACCESS_KEY": "testing"}
REGION = "us-east-1"


@contextlib.contextmanager
def s3_server():
    """Yields the endpoint URL of a fresh moto server on a free port."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def client(endpoint):
    return boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name=REGION,
        aws_access_key_id=CREDENTIALS["S3_ACCESS_KEY_ID"],
        aws_secret_access_key=CREDENTIALS["S3_SECRET_ACCESS_KEY"],
    )


def bucket_environment(endpoint, **extra):
    """The S3_* variables for two new buckets, media readable by anyone (as
    docs/deployment.md asks, here by object ACL) and documents by nobody."""
    suffix = uuid.uuid4().hex[:10]
    environment = {
        "S3_ENDPOINT_URL": endpoint,
        "S3_REGION": REGION,
        "S3_MEDIA_BUCKET": f"media-{suffix}",
        "S3_DOCUMENTS_BUCKET": f"documents-{suffix}",
        "S3_MEDIA_ACL": "public-read",
        "S3_TIMEOUT_SECONDS": "2",
        **CREDENTIALS,
        **extra,
    }
    s3 = client(endpoint)
    for name in ("S3_MEDIA_BUCKET", "S3_DOCUMENTS_BUCKET"):
        s3.create_bucket(Bucket=environment[name])
    return environment


def storages_setting(environment, monkeypatch, base):
    """STORAGES as movement/settings/storage.py makes it from `environment`."""
    with monkeypatch.context() as patch:
        for name, value in environment.items():
            patch.setenv(name, value)
        return {**base, **object_storages()}


def keys(endpoint, bucket):
    listing = client(endpoint).list_objects_v2(Bucket=bucket)
    return [item["Key"] for item in listing.get("Contents", [])]
