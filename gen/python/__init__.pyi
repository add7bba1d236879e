from . import buf
from . import common
from . import notification
from . import order
from . import reporting
from . import risk
from . import user
from . import wallet
