from . import notification_service_pb2
from . import notification_service_pb2_grpc
