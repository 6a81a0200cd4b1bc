package neurograde.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import neurograde.rubric.Rubric;
import neurograde.rubric.RubricItem;
import neurograde.score.ItemResult;
import neurograde.score.Marks;
import neurograde.score.ResultFiles;
import neurograde.score.SubmissionResult;

/**
 * Writes the grades of a class as CSV for learning-management systems: one row per student with
 * {@code student,name,total,max}, each rubric item's marks, and how many items a TA still has to
 * mark.
 *
 * <p>The text follows RFC 4180 (comma separated, CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled) and is UTF-8 without a byte order mark. Numbers have a point and no
 * trailing zeros ({@code 41.5}, {@code 47}) whatever the default locale. The total is the marks
 * known so far; an item whose manual part is pending is an empty cell.
 */
public final class CsvExport {

  /** Name of the CSV file in an output folder. */
  public static final String FILE = "grades.csv";

  private static final String EOL = "\r\n";

  private CsvExport() {}

  /** Writes the CSV so that the file is never half-written. */
  public static void write(Path file, Rubric rubric, List<SubmissionResult> results)
      throws IOException {
    ResultFiles.writeAtomically(file, toCsv(rubric, results));
  }

  /**
   * Returns the CSV text, rows sorted by student id.
   *
   * @throws IllegalArgumentException if a result lacks an item of the rubric
   */
  public static String toCsv(Rubric rubric, List<SubmissionResult> results) {
    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("student", "name", "total", "max"));
    rubric.items().forEach(item -> header.add(item.id()));
    header.add("pending");
    line(csv, header);
    List<SubmissionResult> sorted =
        results.stream().sorted(Comparator.comparing(SubmissionResult::student)).toList();
    for (SubmissionResult result : sorted) {
      List<String> fields =
          new ArrayList<>(
              List.of(
                  text(result.student()),
                  result.name() == null ? "" : text(result.name()),
                  number(result.score()),
                  number(result.maxScore())));
      for (RubricItem item : rubric.items()) {
        ItemResult marks = result.item(item.id());
        fields.add(marks.score() == null ? "" : number(marks.score()));
      }
      fields.add(Long.toString(result.items().stream().filter(ItemResult::pending).count()));
      line(csv, fields);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append(EOL);
  }

  /**
   * Keeps a text from being read as a formula: a spreadsheet opening the file would run {@code
   * =HYPERLINK(...)} in a student's name (OWASP's advice: a leading apostrophe).
   */
  static String text(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /**
   * Quotes a field if it holds a comma, a quote or a line break, doubling its quotes (RFC 4180).
   */
  static String field(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String number(double marks) {
    return Numbers.plain(Marks.round(marks));
  }
}
