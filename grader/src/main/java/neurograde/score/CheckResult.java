package neurograde.score;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one check found.
 *
 * @param id the check's id
 * @param item the rubric item it counts for
 * @param title what it checks
 * @param passed whether it earned all of its marks
 * @param score marks earned
 * @param max the check's marks
 * @param status how it ended: passed, failed, error, timeout, crash, memory, forbidden, not-run
 * @param message what was expected and what the code did, for the student; empty when passed
 * @param mistake the named mistake found, or null
 * @param output what the student's code printed during the check (capped), or null
 */
public record CheckResult(
    String id,
    String item,
    String title,
    boolean passed,
    double score,
    double max,
    String status,
    String message,
    @JsonInclude(JsonInclude.Include.NON_NULL) String mistake,
    @JsonInclude(JsonInclude.Include.NON_NULL) String output) {}
