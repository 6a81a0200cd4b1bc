package neurograde.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plots already drawn in this run, by a digest of everything they show, as the {@code data:} URLs
 * that reports embed. Most of a class gets much of the assignment right, so most students' plots
 * are the same picture: each is drawn and encoded once. The digest is SHA-256 of the plot's inputs,
 * so two different plots never share an image.
 */
final class PlotCache {

  /** Enough for every distinct plot of a correct submission, and a few common mistakes. */
  private static final int CAPACITY = 256;

  private final Map<String, String> drawn =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CAPACITY;
        }
      };

  /** Returns the image drawn for these inputs, as a {@code data:} URL, or null. */
  synchronized String get(Key key) {
    return drawn.get(key.digest());
  }

  synchronized void put(Key key, String image) {
    drawn.put(key.digest(), image);
  }

  /** Starts the key of a plot; add every input that changes the picture. */
  static Key key(String plot, int width, int height) {
    return new Key().add(plot).add(width).add(height);
  }

  /**
   * A digest of a plot's inputs, built up in order; lengths are included so inputs cannot run
   * together.
   */
  static final class Key {
    private final MessageDigest digest;
    private final ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
    private String value;

    private Key() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
    }

    Key add(String text) {
      if (text == null) {
        return add(-1);
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      add(bytes.length);
      digest.update(bytes);
      return this;
    }

    Key add(long n) {
      number.clear();
      number.putLong(n);
      digest.update(number.array());
      return this;
    }

    Key add(double x) {
      return add(Double.doubleToLongBits(x));
    }

    Key add(double[] xs) {
      if (xs == null) {
        return add(-1);
      }
      add(xs.length);
      for (double x : xs) {
        add(x);
      }
      return this;
    }

    Key add(int[] xs) {
      if (xs == null) {
        return add(-1);
      }
      add(xs.length);
      for (int x : xs) {
        add(x);
      }
      return this;
    }

    Key addRows(List<double[]> rows) {
      if (rows == null) {
        return add(-1);
      }
      add(rows.size());
      for (double[] row : rows) {
        add(row);
      }
      return this;
    }

    Key addTexts(List<String> texts) {
      if (texts == null) {
        return add(-1);
      }
      add(texts.size());
      for (String text : texts) {
        add(text);
      }
      return this;
    }

    String digest() {
      if (value == null) {
        value = HexFormat.of().formatHex(digest.digest());
      }
      return value;
    }
  }
}
