package neurograde.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import neurograde.InputException;
import neurograde.score.ItemResult;
import neurograde.score.Marks;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;
import neurograde.submission.SubmissionFinder;

/**
 * Writes the totals in the grade-import format of a learning-management system, from the system's
 * own gradebook export: each student's identity columns are copied from the export's row whose id
 * matches the submission's, so the system recognises them.
 *
 * <p>The submissions' ids are matched with one column of the export (for Canvas the SIS Login ID,
 * SIS User ID, Canvas ID or name; for Moodle the username, email address or ID number; for
 * Brightspace the username, OrgDefinedId or email): the one that matches most, unless named. A
 * value matches ignoring case, a leading #, and characters a file name cannot hold; an email
 * address also matches by the part before the @.
 */
public final class LmsExport {

  private LmsExport() {}

  /**
   * What to write.
   *
   * @param gradebookExport the CSV the system exported (its gradebook, or a class list)
   * @param format the system, or empty to recognise it from the export's columns
   * @param item the grade item (assignment) to fill, or empty for the rubric's title
   * @param match the export's column that holds the submissions' ids, or empty to find it
   */
  public record Options(
      Path gradebookExport,
      Optional<LmsFormat> format,
      Optional<String> item,
      Optional<String> match) {}

  /**
   * What was written.
   *
   * @param file the import file
   * @param format the system
   * @param matchedBy the export's column the ids were matched with
   * @param gradeColumn the header of the grade column
   * @param students how many students are in the file
   * @param withoutRow the students with a result but no row in the export (left out)
   * @param withoutResult the export's students without a result, by the matched value (left out)
   * @param pending how many students in the file still have a manual mark pending
   */
  public record Written(
      Path file,
      LmsFormat format,
      String matchedBy,
      String gradeColumn,
      int students,
      List<String> withoutRow,
      List<String> withoutResult,
      int pending) {}

  /**
   * Writes the import file into a folder, so that it is never half-written.
   *
   * @param dir the output folder
   * @param defaultItem the grade item's name if the options give none
   * @param results the results, manual marks applied
   * @throws InputException if the export cannot be read or recognised, a column is missing, or no
   *     student matches
   */
  static Written write(
      Path dir, String defaultItem, List<SubmissionResult> results, Options options)
      throws IOException {
    Path source = options.gradebookExport();
    CsvTable table = CsvTable.read(source);
    LmsFormat format =
        options
            .format()
            .or(() -> LmsFormat.detect(table))
            .orElseThrow(
                () ->
                    new InputException(
                        source
                            + ": not a gradebook export of Canvas, Moodle or Brightspace (no SIS"
                            + " Login ID, OrgDefinedId or Email address column); give --lms"
                            + " canvas, moodle or brightspace"));
    List<Integer> identity = new ArrayList<>();
    for (String column : format.identity()) {
      if (table.column(column) >= 0) {
        identity.add(table.column(column));
      }
    }
    if (identity.isEmpty()) {
      throw new InputException(
          source
              + ": none of the columns "
              + format.title()
              + " imports students by ("
              + String.join(", ", format.identity())
              + "); export the gradebook from "
              + format.title()
              + " and give that file");
    }
    int key = keyColumn(table, format, options.match(), results, source);
    Map<String, Integer> rowOf = rowsByKey(table, key, source);
    String item = options.item().orElse(defaultItem);
    String gradeColumn = gradeColumn(table, format, item);

    List<List<String>> lines = new ArrayList<>();
    List<String> header = new ArrayList<>();
    identity.forEach(c -> header.add(table.header().get(c)));
    header.add(gradeColumn);
    header.addAll(format.trailer());
    lines.add(header);
    List<String> withoutRow = new ArrayList<>();
    boolean[] used = new boolean[table.rows().size()];
    int pending = 0;
    for (SubmissionResult result : results) {
      Integer row = rowOf.get(normalize(result.student()));
      if (row == null) {
        withoutRow.add(result.student());
        continue;
      }
      used[row] = true;
      List<String> line = new ArrayList<>();
      identity.forEach(c -> line.add(table.rows().get(row).get(c)));
      line.add(Numbers.plain(Marks.round(result.score())));
      format.trailer().forEach(t -> line.add("#"));
      lines.add(line);
      pending += result.items().stream().anyMatch(ItemResult::pending) ? 1 : 0;
    }
    List<String> withoutResult = new ArrayList<>();
    for (int r = 0; r < used.length; r++) {
      String value = table.rows().get(r).get(key).strip();
      if (!used[r] && !value.isEmpty()) {
        withoutResult.add(value);
      }
    }
    Path file = dir.resolve(format.fileName());
    StringBuilder csv = new StringBuilder();
    for (List<String> line : lines) {
      // Values as the system exported them: a changed id would not match when imported.
      csv.append(String.join(",", line.stream().map(CsvExport::field).toList())).append("\r\n");
    }
    ResultFiles.writeAtomically(file, csv.toString());
    return new Written(
        file,
        format,
        table.header().get(key),
        gradeColumn,
        lines.size() - 1,
        withoutRow,
        withoutResult,
        pending);
  }

  /** Finds the column holding the submissions' ids: the named one, or the one matching most. */
  private static int keyColumn(
      CsvTable table,
      LmsFormat format,
      Optional<String> named,
      List<SubmissionResult> results,
      Path source) {
    if (named.isPresent()) {
      int column = table.column(named.get());
      if (column < 0) {
        throw new InputException(
            source + ": no column \"" + named.get() + "\"; its columns are " + table.header());
      }
      return column;
    }
    int best = -1;
    int bestCount = 0;
    for (String candidate : format.keys()) {
      int column = table.column(candidate);
      if (column < 0) {
        continue;
      }
      Map<String, Integer> rows = keys(table, column);
      int count =
          (int) results.stream().filter(r -> rows.containsKey(normalize(r.student()))).count();
      if (count > bestCount) {
        best = column;
        bestCount = count;
      }
    }
    if (best < 0) {
      throw new InputException(
          source
              + ": no student's id matches a submission's (tried the columns "
              + String.join(", ", format.keys())
              + "); name each submission after one of them, or give the column with --lms-match");
    }
    return best;
  }

  /** Returns each row by its normalised key, refusing two rows with the same key. */
  private static Map<String, Integer> rowsByKey(CsvTable table, int column, Path source) {
    Map<String, Integer> rows = new HashMap<>();
    for (int r = 0; r < table.rows().size(); r++) {
      String value = table.rows().get(r).get(column);
      if (normalize(value).isEmpty()) {
        continue;
      }
      Integer earlier = rows.put(normalize(value), r);
      if (earlier != null) {
        throw new InputException(
            source
                + ":"
                + (r + 2)
                + ": "
                + table.header().get(column)
                + " \""
                + value.strip()
                + "\" is also on line "
                + (earlier + 2)
                + "; match with another column (--lms-match)");
      }
    }
    keys(table, column).forEach(rows::putIfAbsent);
    return rows;
  }

  /** Returns each row by its normalised key, and by an email address's local part if unique. */
  private static Map<String, Integer> keys(CsvTable table, int column) {
    Map<String, Integer> rows = new HashMap<>();
    Map<String, Integer> localParts = new HashMap<>();
    for (int r = 0; r < table.rows().size(); r++) {
      String value = normalize(table.rows().get(r).get(column));
      if (value.isEmpty()) {
        continue;
      }
      rows.putIfAbsent(value, r);
      int at = value.indexOf('@');
      if (at > 0) {
        localParts.merge(value.substring(0, at), r, (a, b) -> -1);
      }
    }
    localParts.forEach(
        (local, r) -> {
          if (r >= 0) {
            rows.putIfAbsent(local, r);
          }
        });
    return rows;
  }

  /** Finds the export's column of the grade item (with its id), or makes its header. */
  private static String gradeColumn(CsvTable table, LmsFormat format, String item) {
    String wanted = format.gradeHeader(item).toLowerCase(Locale.ROOT);
    for (String header : table.header()) {
      if (header.toLowerCase(Locale.ROOT).startsWith(wanted)) {
        return header;
      }
    }
    return format.gradeHeader(item);
  }

  /** Returns an id as matched: no leading #, safe as a file name, lower case. */
  static String normalize(String value) {
    String text = value.strip();
    if (text.startsWith("#")) {
      text = text.substring(1).strip();
    }
    return text.isEmpty() ? "" : SubmissionFinder.safeId(text).toLowerCase(Locale.ROOT);
  }
}
