package neurograde.compile;

import java.util.List;
import java.util.Map;
import neurograde.score.Diagnostic;

/**
 * What compiling a submission gave.
 *
 * @param classes the class files, by binary name (for example {@code neurons.LIFNeuron})
 * @param substituted the written classes that came from the template instead of the student, with
 *     why: missing, or did not compile
 * @param diagnostics compile errors and missing parts, with file and line
 * @param compileMs time spent compiling (ms)
 */
public record CompileResult(
    Map<String, byte[]> classes,
    Map<String, String> substituted,
    List<Diagnostic> diagnostics,
    long compileMs) {

  public CompileResult {
    classes = Map.copyOf(classes);
    substituted = Map.copyOf(substituted);
    diagnostics = List.copyOf(diagnostics);
  }
}
