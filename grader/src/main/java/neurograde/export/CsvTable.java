package neurograde.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import neurograde.InputException;

/**
 * A CSV file as a learning-management system exports it: a header row and rows of text (RFC 4180:
 * quoted fields may hold commas, quotes and line breaks), UTF-8 with or without a byte order mark,
 * or Windows-1252 as a spreadsheet saves it.
 *
 * @param header the first row
 * @param rows the other rows, each padded or cut to the header's length
 */
record CsvTable(List<String> header, List<List<String>> rows) {

  CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Reads a CSV file.
   *
   * @throws InputException if it is missing, unreadable or empty
   */
  static CsvTable read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, Charset.forName("windows-1252"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> lines = parse(text);
    if (lines.isEmpty()) {
      throw new InputException(file + ": empty; it needs a header row");
    }
    List<String> header = lines.get(0).stream().map(String::strip).toList();
    List<List<String>> rows = new ArrayList<>();
    for (List<String> line : lines.subList(1, lines.size())) {
      if (line.stream().allMatch(String::isBlank)) {
        continue;
      }
      List<String> row = new ArrayList<>(line.subList(0, Math.min(line.size(), header.size())));
      while (row.size() < header.size()) {
        row.add("");
      }
      rows.add(row);
    }
    return new CsvTable(header, rows);
  }

  /** Returns the index of a column by its header, ignoring case, or -1. */
  int column(String name) {
    for (int c = 0; c < header.size(); c++) {
      if (header.get(c).equalsIgnoreCase(name)) {
        return c;
      }
    }
    return -1;
  }

  /** Splits a CSV text into rows of fields. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        rows.add(fields);
        fields = new ArrayList<>();
        any = false;
      } else {
        field.append(c);
      }
    }
    if (any) {
      fields.add(field.toString());
      rows.add(fields);
    }
    return rows;
  }
}
