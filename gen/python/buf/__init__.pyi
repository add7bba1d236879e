from . import validate
