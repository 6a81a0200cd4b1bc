package neurons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

  @Test
  void experimentsMain_writesEveryPlotAsPng(@TempDir Path dir) throws IOException {
    Experiments.main(new String[] {dir.resolve("plots").toString()});

    for (String name : new String[] {"3a-firing-rate.png", "3b-two-neurons.png", "3c-inhibition.png", "3d-ring.png", "4b-activations.png"}) {
      Path plot = dir.resolve("plots").resolve(name);
      assertThat(plot).exists();
      byte[] head = new byte[4];
      System.arraycopy(Files.readAllBytes(plot), 0, head, 0, 4);
      assertThat(head).as(name).containsExactly(PNG_MAGIC);
    }
  }
}
