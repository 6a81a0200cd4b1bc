package neurograde.submission;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Text as editors and spreadsheets save it: UTF-8, with or without a byte order mark, else
 * Windows-1252 (what a Western Windows machine writes).
 */
final class TextBytes {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextBytes() {}

  /**
   * The text of a file, its UTF-8 byte order mark left out.
   *
   * @param text the text
   * @param utf8 whether it was UTF-8; if not, it was read as Windows-1252
   */
  record Decoded(String text, boolean utf8) {}

  /** Decodes the bytes as UTF-8, or as Windows-1252 if they are not UTF-8. */
  static Decoded decode(byte[] bytes) {
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xEF
                && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF
            ? 3
            : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return new Decoded(StandardCharsets.UTF_8.newDecoder().decode(buffer).toString(), true);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, start, bytes.length - start, WINDOWS_1252), false);
    }
  }
}
