package neurograde.shard;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import neurograde.InputException;

/**
 * One of N equal parts of a class, for grading a class on several machines: shard K of N grades the
 * students whose id falls into part K. The part depends on the id alone (its SHA-256), so every
 * machine agrees without seeing the others, whatever order it finds the submissions in.
 *
 * @param index which part, from 1 to {@code count}
 * @param count how many parts
 */
public record Shard(int index, int count) {

  /** Most parts a class may be split into. */
  public static final int MAX_COUNT = 1000;

  public Shard {
    if (count < 1 || count > MAX_COUNT || index < 1 || index > count) {
      throw new IllegalArgumentException("no shard " + index + "/" + count);
    }
  }

  /**
   * Reads {@code K/N}, such as {@code 2/3}.
   *
   * @throws InputException naming the problem if it is not K/N with 1 <= K <= N <= 1000
   */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/", -1);
    int index;
    int count;
    try {
      if (parts.length != 2) {
        throw new NumberFormatException();
      }
      index = Integer.parseInt(parts[0].strip());
      count = Integer.parseInt(parts[1].strip());
    } catch (NumberFormatException e) {
      throw new InputException(
          "--shard " + text + ": write it as K/N, for example 2/3 (the second of three)");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw new InputException(
          "--shard " + text + ": N must be between 1 and " + MAX_COUNT + ", not " + count);
    }
    if (index < 1 || index > count) {
      throw new InputException(
          "--shard " + text + ": K must be between 1 and N (" + count + "), not " + index);
    }
    return new Shard(index, count);
  }

  /** Returns the part (1 to {@code count}) a student id falls into. */
  public static int partOf(String student, int count) {
    byte[] digest;
    try {
      digest =
          MessageDigest.getInstance("SHA-256").digest(student.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java", e);
    }
    long value = ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    return (int) Long.remainderUnsigned(value, count) + 1;
  }

  /** Whether this shard grades a student. */
  public boolean grades(String student) {
    return partOf(student, count) == index;
  }

  /** Returns the items of this shard, in their order. */
  public <T> List<T> of(List<T> all, Function<T, String> student) {
    return all.stream().filter(item -> grades(student.apply(item))).toList();
  }

  /** Returns the roster entries (id to name) of this shard's students. */
  public Map<String, String> of(Map<String, String> roster) {
    Map<String, String> mine = new LinkedHashMap<>();
    roster.forEach(
        (student, name) -> {
          if (grades(student)) {
            mine.put(student, name);
          }
        });
    return mine;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
