from . import order_book_service_pb2
from . import order_book_service_pb2_grpc
from . import order_errors_pb2
from . import order_events_pb2
from . import order_resources_pb2
from . import order_validator_service_pb2
from . import order_validator_service_pb2_grpc
