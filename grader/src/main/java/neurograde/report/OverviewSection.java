package neurograde.report;

import java.nio.file.Path;
import java.util.List;
import neurograde.rubric.Rubric;
import neurograde.score.SubmissionResult;
import org.jsoup.nodes.Element;

/** One section of the class overview; {@link ClassOverview#SECTIONS} lists them in order. */
interface OverviewSection {

  /**
   * What a section draws on.
   *
   * @param out the output folder
   * @param rubric the marking scheme
   * @param results every student's result, sorted by id
   * @param submitted the results of students who submitted something
   */
  record ClassResults(
      Path out, Rubric rubric, List<SubmissionResult> results, List<SubmissionResult> submitted) {}

  /** Appends the section (its heading and content) to the page. */
  void append(Element body, ClassResults students);
}
