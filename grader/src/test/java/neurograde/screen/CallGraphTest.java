package neurograde.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallGraphTest {

  private static final MethodRef EXPERIMENT =
      new MethodRef("neurons/Experiments", "twoNeurons", "()Lneurons/SpikingNetwork;");
  private static final MethodRef SIMULATE =
      new MethodRef("neurons/SpikingNetwork", "simulate", "(DD)V");
  private static final MethodRef STEP = new MethodRef("neurons/LIFNeuron", "step", "(D)V");
  private static final MethodRef INNER = new MethodRef("neurons/LIFNeuron$Clamp", "apply", "(D)D");
  private static final MethodRef HELPER = new MethodRef("neurons/Helper", "run", "()V");

  private static CallGraph graph() {
    CallGraph graph = new CallGraph();
    graph.add(EXPERIMENT, SIMULATE);
    graph.add(SIMULATE, STEP);
    graph.add(STEP, INNER);
    graph.add(INNER, HELPER);
    graph.add(HELPER, STEP);
    return graph;
  }

  @Test
  void reachable_followsCallsTransitivelyAndIncludesTheRoots() {
    assertThat(graph().reachable(List.of(EXPERIMENT), Set.of()))
        .containsExactlyInAnyOrder(EXPERIMENT, SIMULATE, STEP, INNER, HELPER);
  }

  @Test
  void reachable_terminatesOnCycles() {
    assertThat(graph().reachable(List.of(HELPER), Set.of()))
        .containsExactlyInAnyOrder(HELPER, STEP, INNER);
  }

  @Test
  void cutClass_isNotEnteredSoWhatOnlyItCallsIsNotReached() {
    assertThat(graph().reachable(List.of(EXPERIMENT), Set.of("LIFNeuron", "SpikingNetwork")))
        .containsExactly(EXPERIMENT);
  }

  @Test
  void cutClass_coversItsNestedClasses() {
    assertThat(graph().reachable(List.of(INNER), Set.of("LIFNeuron"))).isEmpty();
  }

  @Test
  void methodWithNoCalls_reachesOnlyItself() {
    MethodRef lonely = new MethodRef("neurons/Activations", "relu", "(D)D");

    assertThat(graph().reachable(List.of(lonely), Set.of())).containsExactly(lonely);
  }

  @Test
  void topLevelSimpleName_dropsPackageAndNesting() {
    assertThat(INNER.topLevelSimpleName()).isEqualTo("LIFNeuron");
    assertThat(HELPER.topLevelSimpleName()).isEqualTo("Helper");
  }
}
