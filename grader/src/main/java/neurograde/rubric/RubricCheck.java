package neurograde.rubric;

/**
 * One automatic check of an item: a hidden test.
 *
 * @param id the hidden test's id, for example {@code step.interpolation}
 * @param title what it checks
 * @param marks its marks; a check can also earn part of them
 */
public record RubricCheck(String id, String title, double marks) {}
