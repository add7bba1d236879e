package com.tam.protos.interop;

import com.tam.protos.testing.FakeWallet;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Serves the kit-wrapped {@link FakeWallet} over Netty on loopback, for the cross-language proof:
 * the Go and Python clients in gen/go and tests/python call it (scripts/interop-test.sh) and check
 * the seed reservation and the kit's validation status (ErrorInfo {@code VALIDATION_FAILED},
 * BadRequest field {@code amount}) for the amount {@code "1e3"}.
 */
public final class InteropWalletServer {

  private InteropWalletServer() {}

  /**
   * Starts the server on the loopback address.
   *
   * @param port the port, or 0 for a free one
   * @return the started server; {@link Server#getPort()} tells the port
   * @throws IOException if the port cannot be bound
   */
  public static Server start(int port) throws IOException {
    return NettyServerBuilder.forAddress(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
        .addService(new FakeWallet().service())
        .build()
        .start();
  }

  /**
   * Binds a free loopback port, prints {@code PORT=<port>} on a line of its own, then serves until
   * the process is stopped.
   *
   * @param args unused
   * @throws Exception if the server cannot start or is interrupted
   */
  public static void main(String[] args) throws Exception {
    Server server = start(0);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    System.out.println("PORT=" + server.getPort());
    System.out.flush();
    server.awaitTermination();
  }
}
