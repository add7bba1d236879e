"""TAM platform contracts for Python: generated code (``tam_protos.gen.python``) and the kit.

The kit mirrors the Java kit of ``com.tam:tam-protos`` and answers exactly like it (the golden
corpus in ``tests/golden`` proves it):

* :mod:`tam_protos.validation` - protovalidate server and client interceptors (sync and aio);
* :mod:`tam_protos.session` - the session middleware (``UserService.ValidateSession``);
* :mod:`tam_protos.errors` - build and read rich ``google.rpc.Status`` errors;
* :mod:`tam_protos.money` - strict decimal money, payouts and commission.

See docs/python.md.
"""
