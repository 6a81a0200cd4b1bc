package neurograde.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowlistTest {

  /** Returns the refusal of a method call in graded code, or an empty string if it is allowed. */
  private static String call(String owner, String name) {
    return Allowlist.refusal(owner, name, false, false).orElse("");
  }

  @Nested
  class GradedCode {

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        java/lang/Math                  | exp
        java/lang/StrictMath            | sqrt
        java/lang/String                | format
        java/lang/StringBuilder         | append
        java/lang/Double                | compare
        java/lang/Integer               | parseInt
        java/lang/Object                | getClass
        java/lang/Object                | hashCode
        java/lang/Class                 | getSimpleName
        java/lang/Class                 | desiredAssertionStatus
        java/lang/System                | nanoTime
        java/lang/System                | currentTimeMillis
        java/lang/System                | arraycopy
        java/lang/Iterable              | forEach
        java/lang/IllegalStateException | <init>
        java/lang/AssertionError        | <init>
        java/lang/Throwable             | printStackTrace
        java/lang/Enum                  | ordinal
        java/lang/Record                | <init>
        java/io/PrintStream             | println
        java/io/PrintStream             | printf
        java/io/UncheckedIOException    | <init>
        java/util/ArrayList             | <init>
        java/util/HashMap               | put
        java/util/List                  | stream
        java/util/Collections           | unmodifiableList
        java/util/Arrays                | sort
        java/util/Random                | nextGaussian
        java/util/Locale                | getDefault
        java/util/stream/IntStream      | range
        java/util/stream/Collectors     | toList
        java/util/function/DoubleUnaryOperator | applyAsDouble
        java/math/BigDecimal            | <init>
        java/text/DecimalFormat         | format
        [D                              | clone
        neurons/SpikeTrains             | generate
        neurons/Helper                  | run
        java/lang/System                | gc
        java/lang/Class                 | getEnumConstants
        java/util/concurrent/atomic/AtomicInteger | incrementAndGet
        """)
    void harmlessCall_isAllowed(String owner, String name) {
      assertThat(call(owner, name)).isEmpty();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        java/lang/System               | exit              | calls System.exit
        java/lang/System               | setOut            | calls System.setOut
        java/lang/System               | getProperty       | calls System.getProperty
        java/lang/System               | setProperty       | calls System.setProperty
        java/lang/System               | getenv            | calls System.getenv
        java/lang/System               | setSecurityManager | calls System.setSecurityManager
        java/lang/Runtime              | getRuntime        | uses the runtime or processes (java.lang.Runtime)
        java/lang/ProcessBuilder       | start             | uses the runtime or processes (java.lang.ProcessBuilder)
        java/lang/Thread               | start             | uses threads (java.lang.Thread)
        java/lang/ThreadLocal          | get               | uses threads (java.lang.ThreadLocal)
        java/lang/Object               | wait              | waits on or notifies threads
        java/lang/Object               | notifyAll         | waits on or notifies threads
        java/lang/Class                | forName           | uses reflection (Class.forName)
        java/lang/Class                | getDeclaredFields | uses reflection (Class.getDeclaredFields)
        java/lang/Class                | getResourceAsStream | uses reflection (Class.getResourceAsStream)
        java/lang/Class                | newInstance       | uses reflection (Class.newInstance)
        java/lang/reflect/Method       | invoke            | uses reflection or method handles (java.lang.reflect.Method)
        java/lang/invoke/MethodHandles | lookup            | uses reflection or method handles (java.lang.invoke.MethodHandles)
        java/lang/ClassLoader          | loadClass         | loads classes or inspects the stack (java.lang.ClassLoader)
        java/lang/StackWalker          | getInstance       | loads classes or inspects the stack (java.lang.StackWalker)
        java/lang/Module               | getName           | loads classes or inspects the stack (java.lang.Module)
        java/lang/ref/Cleaner          | create            | uses java.lang.ref.Cleaner
        java/lang/Integer              | getInteger        | reads system properties (Integer.getInteger)
        java/lang/Boolean              | getBoolean        | reads system properties (Boolean.getBoolean)
        java/lang/SecurityManager      | <init>            | uses java.lang.SecurityManager, which the grader does not allow
        java/lang/ThreadDeath          | <init>            | uses java.lang.ThreadDeath, which the grader does not allow
        java/io/File                   | <init>            | uses files or streams (java.io.File)
        java/io/FileWriter             | <init>            | uses files or streams (java.io.FileWriter)
        java/io/PrintStream            | <init>            | creates an output stream
        java/nio/file/Files            | delete            | uses files or streams (java.nio.file.Files)
        java/net/URL                   | openStream        | uses the network (java.net.URL)
        java/util/concurrent/ForkJoinPool | commonPool     | uses threads (java.util.concurrent.ForkJoinPool)
        java/util/concurrent/ThreadLocalRandom | current   | uses threads (java.util.concurrent.ThreadLocalRandom)
        java/util/Timer                | <init>            | uses threads (java.util.Timer)
        java/util/ServiceLoader        | load              | loads classes or inspects the stack (java.util.ServiceLoader)
        java/util/ResourceBundle       | getBundle         | reads resources (java.util.ResourceBundle)
        java/util/Properties           | load              | uses java.util.Properties, which the grader does not allow
        java/util/Scanner              | <init>            | uses java.util.Scanner, which the grader does not allow
        java/util/prefs/Preferences    | userRoot          | uses java.util.prefs.Preferences, which the grader does not allow
        java/util/logging/Logger       | getLogger         | uses java.util.logging.Logger, which the grader does not allow
        java/util/zip/ZipFile          | <init>            | uses java.util.zip.ZipFile, which the grader does not allow
        java/util/Locale               | setDefault        | changes a global default (Locale.setDefault)
        java/util/TimeZone             | setDefault        | changes a global default (TimeZone.setDefault)
        java/util/Collection           | parallelStream    | starts threads (Collection.parallelStream)
        java/util/Arrays               | parallelSetAll    | starts threads (Arrays.parallelSetAll)
        java/util/Formatter            | <init>            | creates a Formatter (use String.format)
        java/util/random/RandomGenerator | getDefault      | uses an unseeded random generator (RandomGenerator); use new java.util.Random(seed)
        java/time/zone/ZoneRulesProvider | registerProvider | changes the JVM's time-zone rules (ZoneRulesProvider)
        java/util/stream/IntStream     | parallel          | starts threads (IntStream.parallel)
        java/time/Clock                | systemUTC         | uses the system clock
        java/awt/Toolkit               | getDefaultToolkit | draws or writes plots outside Experiments.main (java.awt.Toolkit)
        javax/imageio/ImageIO          | write             | draws or writes plots outside Experiments.main (javax.imageio.ImageIO)
        org/jfree/chart/ChartUtils     | saveChartAsPNG    | draws or writes plots outside Experiments.main (org.jfree.chart.ChartUtils)
        sun/misc/Unsafe                | getUnsafe         | uses sun.misc.Unsafe, which the grader does not allow
        neurograde/run/Channel         | send              | uses neurograde.run.Channel, which the grader does not allow
        neurons/util/Helper            | run               | is outside package neurons
        """)
    void dangerousCall_isRefusedSayingWhy(String owner, String name, String why) {
      assertThat(call(owner, name)).isEqualTo(why);
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        java/util/stream/IntStream    | parallel
        java/util/stream/Stream       | parallel
        java/util/stream/BaseStream   | parallel
        java/util/stream/DoubleStream | parallel
        """)
    void parallelStream_isRefusedAsStartingThreads(String owner, String name) {
      assertThat(call(owner, name)).startsWith("starts threads (").endsWith("." + name + ")");
    }

    @ParameterizedTest(name = "StreamSupport.{0}")
    @ValueSource(strings = {"stream", "intStream", "longStream", "doubleStream"})
    void streamSupport_isRefusedSinceItsFlagMakesAParallelStream(String name) {
      // StreamSupport.stream(list.spliterator(), true) is a parallel stream without the word
      // "parallel".
      assertThat(call("java/util/stream/StreamSupport", name))
          .isEqualTo("starts threads (StreamSupport." + name + ")");
    }

    @Test
    void systemOutAndErr_mayBeRead() {
      assertThat(Allowlist.refusal("java/lang/System", "out", true, false)).isEmpty();
      assertThat(Allowlist.refusal("java/lang/System", "err", true, false)).isEmpty();
    }

    @Test
    void systemIn_mayNotBeRead() {
      assertThat(Allowlist.refusal("java/lang/System", "in", true, false))
          .contains("reads System.in");
    }

    @Test
    void classItself_isAllowedWhenNoMemberIsUsed() {
      assertThat(Allowlist.refusal("java/lang/System", null, false, false)).isEmpty();
      assertThat(Allowlist.refusal("java/lang/Class", null, false, false)).isEmpty();
    }
  }

  @Nested
  class PlottingCode {

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        java/io/File                  | <init>
        java/io/PrintWriter           | println
        java/nio/file/Files           | createDirectories
        java/nio/file/Path            | of
        java/nio/charset/StandardCharsets | UTF_8
        java/awt/Color                | <init>
        javax/imageio/ImageIO         | write
        org/jfree/chart/ChartFactory  | createXYLineChart
        org/jfree/chart/ChartUtils    | saveChartAsPNG
        """)
    void filesAndChartsInCodeOnlyMainRuns_areAllowed(String owner, String name) {
      assertThat(Allowlist.refusal(owner, name, false, true)).isEmpty();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
        java/lang/System       | exit
        java/lang/Runtime      | exec
        java/lang/Thread       | start
        java/net/Socket        | <init>
        java/lang/Class        | forName
        javax/swing/JFrame     | <init>
        """)
    void otherDangerousCallsInCodeOnlyMainRuns_areStillRefused(String owner, String name) {
      assertThat(Allowlist.refusal(owner, name, false, true)).isNotEmpty();
    }
  }

  @Test
  void bootstrapsOfLambdasConcatenationRecordsAndSwitches_areAllowed() {
    assertThat(Allowlist.isAllowedBootstrap("java/lang/invoke/LambdaMetafactory")).isTrue();
    assertThat(Allowlist.isAllowedBootstrap("java/lang/invoke/StringConcatFactory")).isTrue();
    assertThat(Allowlist.isAllowedBootstrap("java/lang/runtime/ObjectMethods")).isTrue();
    assertThat(Allowlist.isAllowedBootstrap("java/lang/runtime/SwitchBootstraps")).isTrue();
    assertThat(Allowlist.isAllowedBootstrap("java/lang/invoke/ConstantBootstraps")).isFalse();
    assertThat(Allowlist.isAllowedBootstrap("neurons/Evil")).isFalse();
  }

  @Test
  void refusal_isEmptyOrAReason() {
    Optional<String> refused = Allowlist.refusal("java/lang/System", "exit", false, false);

    assertThat(refused).hasValueSatisfying(why -> assertThat(why).isNotBlank());
  }
}
