package neurograde.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grader-worker channel, over a real loopback socket. */
class ChannelTest {

  private ServerSocket server;
  private Socket client;
  private Socket accepted;

  @BeforeEach
  void connect() throws IOException {
    server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
    accepted = server.accept();
  }

  @AfterEach
  void close() throws IOException {
    client.close();
    accepted.close();
    server.close();
  }

  private static Protocol.Finished finished(String message) {
    return new Protocol.Finished("slope.dvdt", "error", 0, message, null, "printed", 12);
  }

  @Test
  void aMessageArrivesAsSent() throws IOException {
    Channel sender = new Channel(client);
    Channel receiver = new Channel(accepted);
    Map<String, Object> data = Map.of("v", List.of(0.1, -65.0, 1.0e-300, 2.0e23), "n", 3);

    sender.send(new Protocol.Observation("lif.trace", data));
    sender.send(finished("LIFNeuron.slope threw IllegalStateException: é ✓"));

    Protocol.Observation observation = (Protocol.Observation) receiver.receive(5000);
    assertThat(observation.name()).isEqualTo("lif.trace");
    assertThat(observation.data()).isEqualTo(data);
    Protocol.Finished f = (Protocol.Finished) receiver.receive(5000);
    assertThat(f.message()).isEqualTo("LIFNeuron.slope threw IllegalStateException: é ✓");
    assertThat(f.fraction()).isCloseTo(0, within(0.0));
  }

  /** A student's exception message with a lone surrogate once crashed the worker. */
  @Test
  void textSmileCannotEncode_arrivesAsJsonText() throws IOException {
    Channel sender = new Channel(client);
    Channel receiver = new Channel(accepted);
    String lone = "lone \uD800 surrogate";

    sender.send(finished(lone));
    sender.send(finished("paired \uD83D\uDE00"));

    assertThat(((Protocol.Finished) receiver.receive(5000)).message()).isEqualTo(lone);
    assertThat(((Protocol.Finished) receiver.receive(5000)).message())
        .isEqualTo("paired \uD83D\uDE00");
  }

  @Test
  void messagesAreSmileUnlessTheyCannotBe() throws IOException {
    Channel sender = new Channel(client);
    DataInputStream raw = new DataInputStream(accepted.getInputStream());

    sender.send(finished("plain"));
    sender.send(finished("lone \uDC00"));

    assertThat(firstBytes(raw)).isEqualTo(new byte[] {':', ')', '\n'});
    assertThat(firstBytes(raw)[0]).isEqualTo((byte) '{');
  }

  private static byte[] firstBytes(DataInputStream in) throws IOException {
    byte[] message = new byte[in.readInt()];
    in.readFully(message);
    return java.util.Arrays.copyOf(message, 3);
  }
}
