package neurograde.run;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/** The messages between the grader and a worker. */
public final class Protocol {

  private Protocol() {}

  /** Any message. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = Job.class, name = "job"),
    @JsonSubTypes.Type(value = Started.class, name = "started"),
    @JsonSubTypes.Type(value = Finished.class, name = "finished"),
    @JsonSubTypes.Type(value = Observation.class, name = "observation"),
    @JsonSubTypes.Type(value = JobDone.class, name = "done"),
    @JsonSubTypes.Type(value = Stuck.class, name = "stuck"),
    @JsonSubTypes.Type(value = Retire.class, name = "retire"),
    @JsonSubTypes.Type(value = Shutdown.class, name = "shutdown")
  })
  public sealed interface Message
      permits Hello, Job, Started, Finished, Observation, JobDone, Stuck, Retire, Shutdown {}

  /** The worker's first message: it proves it was started by this grader. */
  public record Hello(String token, long pid) implements Message {}

  /**
   * A submission to run the hidden tests on.
   *
   * @param student the student's id, for logs
   * @param classes the screened class files, by binary name
   * @param substituted written classes that are the template's, with why
   * @param skip checks (and observations) already done or given up on
   * @param observe whether to run the observations for the report
   * @param hung whether the submission already exceeded a time limit (later limits are shorter)
   */
  public record Job(
      String student,
      Map<String, byte[]> classes,
      Map<String, String> substituted,
      List<String> skip,
      boolean observe,
      boolean hung)
      implements Message {}

  /** A check (or observation) started, with the time limit the worker gave it (ms). */
  public record Started(String check, long timeoutMs) implements Message {}

  /**
   * A check (or observation) finished.
   *
   * @param check its id
   * @param status passed, failed, error, timeout, not-run or grader
   * @param fraction of its marks earned
   * @param message what was expected and what the code did
   * @param mistake a named mistake's id, or null
   * @param output what the student's code printed (capped), or null
   * @param millis how long it ran (ms), for benchmarks
   */
  public record Finished(
      String check,
      String status,
      double fraction,
      String message,
      String mistake,
      String output,
      long millis)
      implements Message {

    /**
     * A check that earned nothing and has no mistake, output or time to report: one that was not
     * run, or whose worker was lost during it.
     */
    public static Finished zero(String check, String status, String message) {
      return new Finished(check, status, 0, message, null, null, 0);
    }
  }

  /** Data recorded for the report's plots. */
  public record Observation(String name, Object data) implements Message {}

  /**
   * The job is done: every check ran or was skipped. {@code retire}: the submission left threads
   * running or a class unable to initialise, so this worker must not serve another submission.
   */
  public record JobDone(String student, boolean retire) implements Message {}

  /**
   * A check ran past its limits and would not stop when told to: the grader records it as timed out
   * with {@code message} (the same a check that did stop gets) and kills the worker.
   */
  public record Stuck(String check, String message) implements Message {}

  /**
   * The last check left this worker unfit for more (a class it keeps cannot initialise any more):
   * the grader kills it and goes on with a fresh one.
   */
  public record Retire(String reason) implements Message {}

  /** The worker should exit. */
  public record Shutdown() implements Message {}
}
