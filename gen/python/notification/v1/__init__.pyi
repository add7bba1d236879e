from . import notification_errors_pb2
from . import notification_resources_pb2
from . import notification_service_pb2
from . import notification_service_pb2_grpc
