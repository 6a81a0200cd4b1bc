package neurograde.isolation;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.StringConcatException;
import java.lang.invoke.StringConcatFactory;

/** A muting bootstrap for tests, as the worker's gate provides one. */
public final class MutingBootstrap {

  public static volatile boolean muted;

  private MutingBootstrap() {}

  public static boolean muted() {
    return muted;
  }

  public static CallSite makeConcatWithConstants(
      MethodHandles.Lookup lookup, String name, MethodType type, String recipe, Object... constants)
      throws StringConcatException, ReflectiveOperationException {
    return muting(
        StringConcatFactory.makeConcatWithConstants(lookup, name, type, recipe, constants), type);
  }

  public static CallSite makeConcat(MethodHandles.Lookup lookup, String name, MethodType type)
      throws StringConcatException, ReflectiveOperationException {
    return muting(StringConcatFactory.makeConcat(lookup, name, type), type);
  }

  private static CallSite muting(CallSite real, MethodType type)
      throws ReflectiveOperationException {
    MethodHandle test =
        MethodHandles.lookup()
            .findStatic(MutingBootstrap.class, "muted", MethodType.methodType(boolean.class));
    MethodHandle empty =
        MethodHandles.dropArguments(
            MethodHandles.constant(String.class, ""), 0, type.parameterList());
    return new ConstantCallSite(MethodHandles.guardWithTest(test, empty, real.getTarget()));
  }
}
