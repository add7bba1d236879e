from . import annotations_pb2
from . import annotations_pb2_grpc
from . import betting_pb2
from . import betting_pb2_grpc
from . import errors_pb2
from . import errors_pb2_grpc
from . import event_pb2
from . import event_pb2_grpc
