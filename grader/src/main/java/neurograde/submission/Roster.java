package neurograde.submission;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import neurograde.InputException;

/**
 * A class list: a CSV file with a header row naming an {@code id} column (or {@code student},
 * {@code username}, {@code login}) and optionally a {@code name} column. Ids match the submissions'
 * folder or zip names.
 */
public final class Roster {

  private Roster() {}

  /**
   * Reads a roster: student names by id, in file order.
   *
   * @throws InputException if the file is missing, has no id column, or lists an id twice
   */
  public static Map<String, String> read(Path file) {
    List<String> lines;
    try {
      byte[] bytes = Files.readAllBytes(file);
      String text;
      try {
        text =
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        // a spreadsheet's "CSV" export is often Windows-1252
        text = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
      }
      lines = text.lines().toList();
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such roster file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read the roster: " + e.getMessage());
    }
    if (lines.isEmpty()) {
      throw new InputException(
          file + ": the roster is empty; it needs a header row with an id column");
    }
    List<String> header = fields(stripBom(lines.get(0)));
    int idColumn = -1;
    int nameColumn = -1;
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (idColumn < 0 && List.of("id", "student", "student id", "username", "login").contains(h)) {
        idColumn = i;
      } else if (nameColumn < 0 && List.of("name", "full name", "student name").contains(h)) {
        nameColumn = i;
      }
    }
    if (idColumn < 0) {
      throw new InputException(
          file + ":1: no id column in the header " + header + "; name one \"id\"");
    }
    Map<String, String> roster = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int n = 1; n < lines.size(); n++) {
      if (lines.get(n).isBlank()) {
        continue;
      }
      List<String> row = fields(lines.get(n));
      String id = idColumn < row.size() ? row.get(idColumn).strip() : "";
      if (!id.isEmpty()) {
        id = SubmissionFinder.safeId(id);
      }
      if (id.isEmpty()) {
        throw new InputException(file + ":" + (n + 1) + ": the row has no student id");
      }
      if (firstLine.containsKey(id)) {
        throw new InputException(
            file
                + ":"
                + (n + 1)
                + ": student id \""
                + id
                + "\" appears twice (first on line "
                + firstLine.get(id)
                + ")");
      }
      firstLine.put(id, n + 1);
      String name = nameColumn >= 0 && nameColumn < row.size() ? row.get(nameColumn).strip() : "";
      roster.put(id, name.isEmpty() ? null : name);
    }
    return roster;
  }

  private static String stripBom(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  /** Splits a CSV line, honouring double quotes. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
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
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
