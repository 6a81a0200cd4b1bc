package neurograde.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import neurograde.InputException;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void parse_readsKOfN() {
    assertThat(Shard.parse("2/3")).isEqualTo(new Shard(2, 3));
    assertThat(Shard.parse(" 1 / 1 ")).isEqualTo(new Shard(1, 1));
    assertThat(Shard.parse("2/3")).hasToString("2/3");
  }

  @Test
  void parse_namesWhatIsWrong() {
    assertThatThrownBy(() -> Shard.parse("2"))
        .isInstanceOf(InputException.class)
        .hasMessage("--shard 2: write it as K/N, for example 2/3 (the second of three)");
    assertThatThrownBy(() -> Shard.parse("a/3"))
        .hasMessage("--shard a/3: write it as K/N, for example 2/3 (the second of three)");
    assertThatThrownBy(() -> Shard.parse("0/3"))
        .hasMessage("--shard 0/3: K must be between 1 and N (3), not 0");
    assertThatThrownBy(() -> Shard.parse("4/3"))
        .hasMessage("--shard 4/3: K must be between 1 and N (3), not 4");
    assertThatThrownBy(() -> Shard.parse("1/0"))
        .hasMessage("--shard 1/0: N must be between 1 and 1000, not 0");
    assertThatThrownBy(() -> Shard.parse("1/1001"))
        .hasMessage("--shard 1/1001: N must be between 1 and 1000, not 1001");
  }

  @Test
  void everyStudent_isInExactlyOneShard_andTheShardsAreAboutEqual() {
    List<String> students = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      students.add(String.format(Locale.ROOT, "s%04d", i));
    }
    students.add("Zoë Ünal");
    for (int count = 1; count <= 7; count++) {
      int[] sizes = new int[count + 1];
      for (String student : students) {
        int owners = 0;
        for (int k = 1; k <= count; k++) {
          if (new Shard(k, count).grades(student)) {
            owners++;
            sizes[k]++;
          }
        }
        assertThat(owners).as("shards grading %s of %d", student, count).isEqualTo(1);
      }
      for (int k = 1; k <= count; k++) {
        assertThat(sizes[k] * count)
            .as("size of shard %d/%d", k, count)
            .isBetween((int) (students.size() * 0.85), (int) (students.size() * 1.15));
      }
    }
  }

  @Test
  void theShardOfAnId_dependsOnTheIdAlone() {
    // SHA-256 of the id's UTF-8 bytes, its first 8 bytes as an unsigned number, modulo N, plus 1:
    // machines running different versions of the grader must still agree.
    assertThat(Shard.partOf("reference", 3)).isEqualTo(1);
    assertThat(Shard.partOf("mistake-slope-sign", 3)).isEqualTo(2);
    assertThat(Shard.partOf("variant-unseeded-jitter", 3)).isEqualTo(3);
    assertThat(Shard.partOf("anything", 1)).isEqualTo(1);
  }

  @Test
  void ofAList_keepsTheShardsItemsInOrder_andOfARoster_itsStudents() {
    Shard first = new Shard(1, 3);
    List<String> ids = List.of("variant-unseeded-jitter", "reference", "mistake-activations");
    assertThat(first.of(ids, id -> id)).containsExactly("reference", "mistake-activations");
    Map<String, String> roster = new LinkedHashMap<>();
    roster.put("mistake-slope-sign", "Bea");
    roster.put("reference", null);
    assertThat(first.of(roster)).containsOnlyKeys("reference");
  }
}
