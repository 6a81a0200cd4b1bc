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
import java.util.Set;
import neurograde.InputException;

/**
 * A class list: a CSV file with a header row naming an id column ({@code id}, {@code student id},
 * {@code username}, {@code login} and the like) and optionally a {@code name} column. Ids match the
 * submissions' folder or zip names, ignoring case.
 *
 * <p>Spreadsheet exports are accepted as they come: UTF-8 with or without a byte-order mark, UTF-16
 * with one, or Windows-1252; commas, semicolons or tabs; Excel's {@code sep=} line; quoted fields
 * holding separators, doubled quotes or line breaks; CRLF; rows of empty fields.
 */
public final class Roster {

  /** Largest roster read (bytes): a class list is kilobytes; anything near this is another file. */
  static final int MAX_BYTES = 16 << 20;

  /**
   * Headers of an id column. "student" is one only if no column has another of these: in an LMS
   * export it is the students' names.
   */
  private static final List<String> ID_HEADERS =
      List.of(
          "id",
          "student id",
          "studentid",
          "username",
          "user name",
          "login",
          "login id",
          "sis login id",
          "user id",
          "sis user id");

  private static final List<String> NAME_HEADERS =
      List.of("name", "full name", "student name", "display name");

  private Roster() {}

  /**
   * Reads a roster: student names by id, in file order; with several id columns, the leftmost.
   *
   * @throws InputException if the file is missing, has no id column, or lists an id twice
   */
  public static Map<String, String> read(Path file) {
    return read(file, Set.of());
  }

  /**
   * Reads a roster as {@link #read(Path)} does; with several id columns (an LMS export often has a
   * number and a login), the one that matches the most submission ids, ignoring case (the leftmost
   * of those that match as many).
   *
   * @param submissions the ids of the submissions the roster is for
   * @throws InputException if the file is missing, has no id column, or lists an id twice (or two
   *     ids that differ only in case: their result files would be one file on macOS and Windows)
   */
  public static Map<String, String> read(Path file, Set<String> submissions) {
    List<CsvRecords.Record> records = CsvRecords.parse(file, text(file));
    if (records.isEmpty()) {
      throw new InputException(
          file + ": the roster is empty; it needs a header row with an id column");
    }
    CsvRecords.Record headerRecord = records.get(0);
    List<String> header = headerRecord.fields();
    List<Integer> idColumns = new ArrayList<>();
    int nameColumn = -1;
    for (int i = 0; i < header.size(); i++) {
      String h = normal(header.get(i));
      if (ID_HEADERS.contains(h)) {
        idColumns.add(i);
      } else if (nameColumn < 0 && NAME_HEADERS.contains(h)) {
        nameColumn = i;
      }
    }
    int student = -1;
    for (int i = 0; i < header.size() && student < 0; i++) {
      if (normal(header.get(i)).equals("student")) {
        student = i;
      }
    }
    if (idColumns.isEmpty() && student >= 0) {
      idColumns.add(student);
    }
    if (idColumns.isEmpty()) {
      throw new InputException(
          file
              + ":"
              + headerRecord.line()
              + ": no id column in the header "
              + header
              + "; name one \"id\"");
    }
    // a header of a thousand "id" columns must not cost a thousand passes over the rows
    int idColumn =
        bestColumn(idColumns.subList(0, Math.min(8, idColumns.size())), records, submissions);
    if (nameColumn < 0 && student >= 0 && student != idColumn) {
      nameColumn = student;
    }
    Map<String, String> roster = new LinkedHashMap<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Map<String, String> byLowerCase = new HashMap<>();
    for (CsvRecords.Record record : records.subList(1, records.size())) {
      List<String> row = record.fields();
      if (row.stream().allMatch(String::isBlank)) {
        continue;
      }
      String id = field(row, idColumn);
      if (!id.isEmpty()) {
        id = SubmissionFinder.safeId(id);
      }
      if (id.isEmpty()) {
        throw new InputException(file + ":" + record.line() + ": the row has no student id");
      }
      if (firstLine.containsKey(id)) {
        throw new InputException(
            file
                + ":"
                + record.line()
                + ": student id \""
                + id
                + "\" appears twice (first on line "
                + firstLine.get(id)
                + ")");
      }
      String sameButCase = byLowerCase.putIfAbsent(id.toLowerCase(Locale.ROOT), id);
      if (sameButCase != null) {
        throw new InputException(
            file
                + ":"
                + record.line()
                + ": student ids \""
                + sameButCase
                + "\" (line "
                + firstLine.get(sameButCase)
                + ") and \""
                + id
                + "\" differ only in case; ids must be unique ignoring case");
      }
      firstLine.put(id, record.line());
      String name = nameColumn >= 0 ? field(row, nameColumn) : "";
      roster.put(id, name.isEmpty() ? null : name);
    }
    return roster;
  }

  private static String field(List<String> row, int column) {
    return column < row.size() ? row.get(column).strip() : "";
  }

  private static String normal(String header) {
    return header.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
  }

  /** The id column that matches the most submissions, ignoring case; the first on a tie. */
  private static int bestColumn(
      List<Integer> columns, List<CsvRecords.Record> records, Set<String> submissions) {
    if (columns.size() == 1 || submissions.isEmpty()) {
      return columns.get(0);
    }
    Set<String> wanted = new java.util.HashSet<>();
    submissions.forEach(s -> wanted.add(s.toLowerCase(Locale.ROOT)));
    int best = columns.get(0);
    long bestCount = -1;
    for (int column : columns) {
      long count =
          records.stream()
              .skip(1)
              .map(r -> field(r.fields(), column))
              .filter(id -> !id.isEmpty())
              .filter(id -> wanted.contains(SubmissionFinder.safeId(id).toLowerCase(Locale.ROOT)))
              .count();
      if (count > bestCount) {
        best = column;
        bestCount = count;
      }
    }
    return best;
  }

  /** Reads the file as text, recognising the encodings spreadsheets write. */
  private static String text(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(
            file
                + ": "
                + Files.size(file)
                + " bytes is too large for a roster (at most "
                + (MAX_BYTES >> 20)
                + " MiB); is it the class list?");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such roster file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read the roster: " + e.getMessage());
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    // a spreadsheet's "CSV" export is often Windows-1252
    return TextBytes.decode(bytes).text();
  }
}
