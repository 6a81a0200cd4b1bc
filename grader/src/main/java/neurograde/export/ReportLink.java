package neurograde.export;

import java.net.URI;
import java.net.URISyntaxException;

/** The link from the gradebook, in the output folder, to a student's report. */
final class ReportLink {

  /** Folder of the reports in an output folder (the report writer puts them there). */
  static final String FOLDER = "reports";

  private ReportLink() {}

  /** Returns the relative link to a student's report, escaped as a URI. */
  static String of(String student) {
    String path = FOLDER + "/" + student + ".html";
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("no link for the report of " + student, e);
    }
  }
}
