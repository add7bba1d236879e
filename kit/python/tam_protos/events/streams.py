"""Stream names and limits shared with the Java kit (com.tam.protos.events.EventStreams).

The stream definitions themselves are generated from the descriptors into
nats/streams/*.json by the Java build; these constants must agree with them
(tests/python/test_events.py checks it).
"""

#: How long a publisher retries one publish (same Nats-Msg-Id) before failing.
PUBLISH_RETRY_HORIZON_SECONDS = 120.0
#: The duplicate window of every stream; at least the retry horizon.
DUPLICATE_WINDOW_SECONDS = 300.0
#: The stream that keeps poison messages.
DEAD_LETTER_STREAM = "TAM_DEADLETTER"
#: Dead letters are published on ``tam.deadletter.<durable>.<original subject>``.
DEAD_LETTER_PREFIX = "tam.deadletter"


def stream_name(domain: str) -> str:
    """The stream of a domain: ``TAM_<DOMAIN>``."""
    return "TAM_" + domain.upper()


def dead_letter_subject(durable: str, original_subject: str) -> str:
    """The dead-letter subject of a consumer's poison message."""
    return f"{DEAD_LETTER_PREFIX}.{durable}.{original_subject}"
