from . import user_events_pb2
from . import user_service_pb2
from . import user_service_pb2_grpc
