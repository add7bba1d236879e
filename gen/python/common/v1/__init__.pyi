from . import annotations_pb2
from . import betting_pb2
from . import currency_pb2
from . import errors_pb2
from . import event_pb2
