package coursetools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The standalone template pom pins the same versions as the parent pom. */
class TemplatePomTest {

  private static final Pattern VERSION_PROPERTY = Pattern.compile("<([a-z0-9.-]+\\.version)>([^<]+)</");

  @Test
  void everyVersionInTheTemplatePom_matchesTheParentPom() throws IOException {
    Map<String, String> parent = versions(Path.of("..", "pom.xml"));
    Map<String, String> template = versions(Path.of("..", "student-template", "pom.xml"));

    assertThat(template).isNotEmpty();
    template.forEach((name, version) -> assertThat(parent)
        .as("student-template/pom.xml pins %s=%s; the parent pom must pin the same", name, version)
        .containsEntry(name, version));
  }

  private static Map<String, String> versions(Path pom) throws IOException {
    Map<String, String> versions = new TreeMap<>();
    Matcher m = VERSION_PROPERTY.matcher(Files.readString(pom));
    while (m.find()) {
      versions.put(m.group(1), m.group(2));
    }
    return versions;
  }
}
