from . import user_errors_pb2
from . import user_events_pb2
from . import user_resources_pb2
from . import user_service_pb2
from . import user_service_pb2_grpc
