from . import reporting_errors_pb2
from . import reporting_events_pb2
from . import reporting_resources_pb2
from . import reporting_service_pb2
from . import reporting_service_pb2_grpc
