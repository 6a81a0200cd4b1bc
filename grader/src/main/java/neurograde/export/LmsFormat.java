package neurograde.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The grade-import CSV formats of learning-management systems: which columns identify a student
 * (copied from the system's own gradebook export, so they are exactly what it expects), how the
 * grade column is headed, and which columns can hold the submissions' ids.
 */
public enum LmsFormat {

  /**
   * Canvas: Grades > Import takes {@code Student, ID, SIS User ID, SIS Login ID, Section} and one
   * column per assignment, headed by its name and Canvas id, {@code Assignment 1 (12345)}; a column
   * whose name is new creates an assignment.
   */
  CANVAS(
      "Canvas",
      List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section"),
      List.of("SIS Login ID", "SIS User ID", "ID", "Student"),
      "",
      List.of()),

  /**
   * Moodle: Grades > Import > CSV file maps a column to the user (by username, email address or ID
   * number) and a column to the grade item, on its import page.
   */
  MOODLE(
      "Moodle",
      List.of("First name", "Last name", "Username", "ID number", "Email address"),
      List.of("Username", "Email address", "ID number"),
      "",
      List.of()),

  /**
   * Brightspace (D2L): Grades > Import takes {@code OrgDefinedId} and/or {@code Username} (values
   * as exported, with their leading #), {@code <item> Points Grade} and a last {@code End-of-Line
   * Indicator} column of #.
   */
  BRIGHTSPACE(
      "Brightspace",
      List.of("OrgDefinedId", "Username"),
      List.of("Username", "OrgDefinedId", "Email"),
      " Points Grade",
      List.of("End-of-Line Indicator"));

  private final String title;
  private final List<String> identity;
  private final List<String> keys;
  private final String gradeSuffix;
  private final List<String> trailer;

  LmsFormat(
      String title,
      List<String> identity,
      List<String> keys,
      String gradeSuffix,
      List<String> trailer) {
    this.title = title;
    this.identity = identity;
    this.keys = keys;
    this.gradeSuffix = gradeSuffix;
    this.trailer = trailer;
  }

  /** Returns the system's name, for example {@code Canvas}. */
  public String title() {
    return title;
  }

  /** Returns the name of the file the export writes, for example {@code grades-canvas.csv}. */
  public String fileName() {
    return "grades-" + name().toLowerCase(Locale.ROOT) + ".csv";
  }

  /** The columns that identify a student, in the order the import file has them. */
  List<String> identity() {
    return identity;
  }

  /** The columns that can hold the submissions' ids, most likely first. */
  List<String> keys() {
    return keys;
  }

  /** Returns the grade column's header for a grade item. */
  String gradeHeader(String item) {
    return item + gradeSuffix;
  }

  /** The columns after the grade, each with the value every row has. */
  List<String> trailer() {
    return trailer;
  }

  /** Returns the format of a system's gradebook export, recognised by its columns. */
  static Optional<LmsFormat> detect(CsvTable table) {
    if (table.column("SIS Login ID") >= 0 || table.column("SIS User ID") >= 0) {
      return Optional.of(CANVAS);
    }
    if (table.column("OrgDefinedId") >= 0 || table.column("End-of-Line Indicator") >= 0) {
      return Optional.of(BRIGHTSPACE);
    }
    if (table.column("Email address") >= 0 || table.column("ID number") >= 0) {
      return Optional.of(MOODLE);
    }
    return Optional.empty();
  }
}
