from . import risk_errors_pb2
from . import risk_events_pb2
from . import risk_resources_pb2
from . import risk_service_pb2
from . import risk_service_pb2_grpc
