package neurograde.hidden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/**
 * Marks a hidden test as a check of the rubric.
 *
 * <p>{@code uses} names the student methods the check calls, as {@code Class#method} (a trailing
 * {@code *} matches a prefix): if screening quarantines a method they can reach, the check's item
 * scores zero.
 */
@Test
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Check {

  /** The check's id, as the rubric names it. */
  String value();

  /** The layer of classes the check runs. */
  Layer layer() default Layer.OWN;

  /** The student methods the check calls directly. */
  String[] uses();

  /** Whether the check runs a whole experiment (a longer time limit). */
  boolean slow() default false;
}
