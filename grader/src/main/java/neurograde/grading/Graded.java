package neurograde.grading;

import java.util.Map;
import neurograde.score.SubmissionResult;

/**
 * A graded submission.
 *
 * @param result its marks and findings
 * @param observations what its code did, recorded for the report's plots
 * @param answers the text of its ANSWERS.md, or null
 */
public record Graded(SubmissionResult result, Map<String, Object> observations, String answers) {}
