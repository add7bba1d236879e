from . import wallet_errors_pb2
from . import wallet_events_pb2
from . import wallet_resources_pb2
from . import wallet_service_pb2
from . import wallet_service_pb2_grpc
