package neurograde.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** The link from the gradebook, in the output folder, to a student's report. */
final class ReportLink {

  /** Folder of the reports in an output folder (the report writer puts them there). */
  static final String FOLDER = "reports";

  private ReportLink() {}

  /** Returns the relative link to a student's report, escaped as a URI. */
  static String of(String student) {
    // half a surrogate pair (only a hand-edited result holds one) cannot be escaped: "?" instead
    String encodable = new String(student.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    String path = FOLDER + "/" + encodable + ".html";
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("no link for the report of " + student, e);
    }
  }
}
