package neurograde.run.worker;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a JVM of its own by {@link LandlockIT}: enters the sandbox as a worker does, then tries
 * what a sandboxed worker must and must not be able to do, and prints one line per try.
 */
public final class LandlockProbe {

  private LandlockProbe() {}

  public static void main(String[] args) throws Exception {
    Path allowed = Path.of(args[0]);
    Path outside = Path.of(args[1]);
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      List<Path> readable =
          new ArrayList<>(List.of(allowed, Path.of(System.getProperty("java.home"))));
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        readable.add(Path.of(entry).toAbsolutePath());
      }
      System.out.println("sandbox: " + Landlock.enter(readable));
      System.out.println("read allowed: " + attempt(() -> Files.readString(allowed)));
      System.out.println(
          "read JDK: "
              + attempt(() -> Files.size(Path.of(System.getProperty("java.home"), "release"))));
      System.out.println("read outside: " + attempt(() -> Files.readString(outside)));
      System.out.println(
          "write: " + attempt(() -> Files.writeString(outside.resolveSibling("written"), "x")));
      System.out.println(
          "connect: "
              + attempt(
                  () -> {
                    try (Socket s =
                        new Socket(InetAddress.getLoopbackAddress(), listening.getLocalPort())) {
                      return "connected";
                    }
                  }));
      Thread started =
          new Thread(
              () ->
                  System.out.println(
                      "thread read outside: " + attempt(() -> Files.readString(outside))));
      started.start();
      started.join();
    }
  }

  interface Attempt {
    Object run() throws IOException;
  }

  private static String attempt(Attempt attempt) {
    try {
      attempt.run();
      return "allowed";
    } catch (IOException | RuntimeException e) {
      return "refused (" + e.getClass().getSimpleName() + ")";
    }
  }
}
