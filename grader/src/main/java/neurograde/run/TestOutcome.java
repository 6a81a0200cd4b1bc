package neurograde.run;

import java.util.List;
import java.util.Map;
import neurograde.score.Diagnostic;

/**
 * What running the hidden tests on a submission gave.
 *
 * @param checks each check's (and observation's) outcome, by id
 * @param observations data recorded for the report's plots, by name
 * @param diagnostics problems of the run itself: a worker that kept failing (a grader fault)
 * @param testsMs wall time of the run (ms)
 */
public record TestOutcome(
    Map<String, Protocol.Finished> checks,
    Map<String, Object> observations,
    List<Diagnostic> diagnostics,
    long testsMs) {}
