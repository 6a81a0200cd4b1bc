package neurograde.hidden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

/**
 * Marks a hidden test that earns no marks but records what the student's code does, for the
 * report's plots. It runs after the checks, under the same limits; its failure costs nothing.
 */
@Test
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Observe {

  /** A name for what is observed. */
  String value();

  /** Whether it runs a whole experiment (a longer time limit). */
  boolean slow() default false;
}
