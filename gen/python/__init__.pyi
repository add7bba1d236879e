from . import buf
from . import common
from . import wallet
