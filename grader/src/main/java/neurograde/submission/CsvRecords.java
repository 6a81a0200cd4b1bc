package neurograde.submission;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurograde.InputException;

/**
 * Splits CSV text into records in one pass (RFC 4180 and what spreadsheets write): a quoted field
 * may hold separators, doubled quotes and line breaks. The separator is a comma, or a semicolon or
 * tab if the header has no comma, or what an Excel {@code sep=} first line says.
 */
final class CsvRecords {

  /**
   * A row of the file.
   *
   * @param line the 1-based line it starts on
   * @param fields its fields, unquoted
   */
  record Record(int line, List<String> fields) {}

  private CsvRecords() {}

  /**
   * Returns the records of the text, blank lines left out.
   *
   * @param file the file it came from, for messages
   * @throws InputException if a quote is never closed
   */
  static List<Record> parse(Path file, String text) {
    int at = text.startsWith("\uFEFF") ? 1 : 0;
    int line = 1;
    char separator = 0;
    if (text.regionMatches(true, at, "sep=", 0, 4) && text.length() > at + 4) {
      separator = text.charAt(at + 4);
      int end = text.indexOf('\n', at);
      at = end < 0 ? text.length() : end + 1;
      line = 2;
    }
    if (separator == 0) {
      separator = guessSeparator(text, at);
    }
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean blank = true;
    int recordLine = line;
    int quoteLine = 0;
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        quoteLine = line;
        blank = false;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
        blank = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (!blank || !field.toString().isBlank()) {
          fields.add(field.toString());
          records.add(new Record(recordLine, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
        blank = true;
        line++;
        recordLine = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new InputException(
          file + ":" + quoteLine + ": a quoted field starts here and is never closed");
    }
    if (!blank || !field.toString().isBlank()) {
      fields.add(field.toString());
      records.add(new Record(recordLine, List.copyOf(fields)));
    }
    return records;
  }

  /** A comma, unless the first line has none and has semicolons or tabs (European Excel). */
  private static char guessSeparator(String text, int from) {
    int end = text.indexOf('\n', from);
    String header = text.substring(from, end < 0 ? text.length() : end);
    if (header.indexOf(',') >= 0) {
      return ',';
    }
    if (header.indexOf(';') >= 0) {
      return ';';
    }
    return header.indexOf('\t') >= 0 ? '\t' : ',';
  }
}
