package neurograde.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.util.Arrays;

/**
 * The grader's side channel to and from a worker: length-prefixed messages over a loopback socket
 * that only the grader and the worker's own code hold. Student code cannot reach it; what it prints
 * goes to the captured output instead. Messages are Smile, Jackson's binary JSON: the observations
 * carry tens of thousands of numbers per submission, which JSON text would print and parse again
 * (about 8 ms a submission), and the job carries class files, which JSON would encode as base64.
 * Smile refuses text that is not valid UTF-16 (a lone surrogate in a student's exception message,
 * say), which JSON text carries: such a message goes as JSON, and the receiver tells the two apart
 * by Smile's header.
 */
public final class Channel implements AutoCloseable {

  /** Largest message accepted (bytes); a job carries the submission's class files. */
  private static final int MAX_MESSAGE = 64 << 20;

  private static final ObjectMapper SMILE =
      new ObjectMapper(new SmileFactory())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The first bytes of every Smile message (":)\n"); JSON text starts with '{'. */
  private static final byte[] SMILE_HEADER = {':', ')', '\n'};

  private final Socket socket;
  private final DataInputStream in;
  private final DataOutputStream out;

  public Channel(Socket socket) throws IOException {
    this.socket = socket;
    socket.setTcpNoDelay(true);
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
    this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
  }

  /** Largest message accepted (bytes). */
  public static int maxMessage() {
    return MAX_MESSAGE;
  }

  /** A message too large to send; nothing was sent, and the channel can still be used. */
  public static final class TooLarge extends IOException {
    TooLarge(long bytes) {
      super("a message of " + bytes + " bytes, over the " + (MAX_MESSAGE >> 20) + " MiB allowed");
    }
  }

  /**
   * Sends a message.
   *
   * @throws TooLarge if it is over the limit: the receiver would refuse it
   */
  public synchronized void send(Protocol.Message message) throws IOException {
    byte[] bytes;
    try {
      bytes = SMILE.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      bytes = JSON.writeValueAsBytes(message); // text Smile cannot encode, such as a lone surrogate
    }
    if (bytes.length > MAX_MESSAGE) {
      throw new TooLarge(bytes.length);
    }
    out.writeInt(bytes.length);
    out.write(bytes);
    out.flush();
  }

  /**
   * Receives the next message, waiting at most {@code timeoutMs} (0: forever).
   *
   * @throws java.net.SocketTimeoutException if none arrives in time
   * @throws EOFException if the other side is gone
   */
  public Protocol.Message receive(int timeoutMs) throws IOException {
    socket.setSoTimeout(timeoutMs);
    int length = in.readInt();
    if (length < 0 || length > MAX_MESSAGE) {
      throw new IOException(
          "a message of " + length + " bytes, over the " + (MAX_MESSAGE >> 20) + " MiB allowed");
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    boolean smile =
        bytes.length >= SMILE_HEADER.length
            && Arrays.equals(bytes, 0, SMILE_HEADER.length, SMILE_HEADER, 0, SMILE_HEADER.length);
    return (smile ? SMILE : JSON).readValue(bytes, Protocol.Message.class);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // closing: nothing left to do
    }
  }
}
