package com.tam.protos.testkit.sandbox;

/**
 * SIGINT and SIGTERM handling, so that Ctrl-C ends the sandbox with exit status 0 after a clean
 * shutdown (the JVM's default handlers exit with 130 and 143). Uses {@code sun.misc.Signal} (module
 * jdk.unsupported) through reflection; where it is missing, the default handlers and the shutdown
 * hook still stop the platform cleanly.
 */
final class Signals {
  private Signals() {}

  static void onInterruptOrTerminate(Runnable action) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Object proxy =
          java.lang.reflect.Proxy.newProxyInstance(
              Signals.class.getClassLoader(),
              new Class<?>[] {handler},
              (p, method, args) -> {
                if (method.getName().equals("handle")) {
                  action.run();
                }
                return null;
              });
      for (String name : new String[] {"INT", "TERM"}) {
        Object sig = signal.getConstructor(String.class).newInstance(name);
        signal.getMethod("handle", signal, handler).invoke(null, sig, proxy);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not available: the shutdown hook still closes the platform.
    }
  }
}
