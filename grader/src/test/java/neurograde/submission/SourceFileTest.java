package neurograde.submission;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SourceFileTest {

  @Nested
  class Names {

    @Test
    void fileName_isTheLastSegmentOfThePath() {
      SourceFile file = new SourceFile("alice/src/main/java/neurons/LIFNeuron.java", "");

      assertThat(file.fileName()).isEqualTo("LIFNeuron.java");
      assertThat(file.className()).isEqualTo("LIFNeuron");
    }

    @Test
    void fileAtTheRoot_isNamedByItsWholePath() {
      SourceFile file = new SourceFile("Experiments.java", "");

      assertThat(file.fileName()).isEqualTo("Experiments.java");
      assertThat(file.className()).isEqualTo("Experiments");
    }

    @Test
    void fileThatIsNotJava_keepsItsWholeNameAsClassName() {
      assertThat(new SourceFile("docs/ANSWERS.md", "").className()).isEqualTo("ANSWERS.md");
    }
  }

  @Nested
  class DeclaredPackage {

    @Test
    void packageDeclaration_isFound() {
      assertThat(new SourceFile("A.java", "package neurons;\n\nclass A {}\n").declaredPackage())
          .isEqualTo("neurons");
    }

    @Test
    void dottedPackageWithSpacesAndLineBreaks_isFound() {
      assertThat(
              new SourceFile("A.java", "  package\n  uni.course.neurons ;\nclass A {}")
                  .declaredPackage())
          .isEqualTo("uni.course.neurons");
    }

    @Test
    void noDeclaration_isTheDefaultPackage() {
      assertThat(new SourceFile("A.java", "import java.util.List;\nclass A {}\n").declaredPackage())
          .isEmpty();
    }

    @Test
    void emptyFile_isTheDefaultPackage() {
      assertThat(new SourceFile("A.java", "").declaredPackage()).isEmpty();
    }

    @Test
    void packageInALineComment_isIgnored() {
      String text = "// package old;\npackage neurons;\nclass A {}\n";

      assertThat(new SourceFile("A.java", text).declaredPackage()).isEqualTo("neurons");
    }

    @Test
    void packageInABlockComment_isIgnored() {
      String text = "/*\npackage old;\n*/\npackage neurons;\nclass A {}\n";

      assertThat(new SourceFile("A.java", text).declaredPackage()).isEqualTo("neurons");
    }

    @Test
    void commentedOutDeclarationAlone_isTheDefaultPackage() {
      assertThat(new SourceFile("A.java", "// package neurons;\nclass A {}\n").declaredPackage())
          .isEmpty();
    }

    @Test
    void megabyteOfCommentOpenersNeverClosed_isTheDefaultPackageInOnePass() {
      String text = "/* ".repeat(350_000);

      assertThat(new SourceFile("A.java", text).declaredPackage()).isEmpty();
    }

    @Test
    void declarationBeforeAMegabyteOfCommentOpeners_isFoundWithoutReadingThem() {
      String text = "package neurons;\n" + "/* ".repeat(350_000);

      assertThat(new SourceFile("A.java", text).declaredPackage()).isEqualTo("neurons");
    }

    @Test
    void declarationWrittenWithUnicodeEscapes_isFoundAsJavacReadsIt() {
      String text = "\\u0070ackage neuron\\u0073;\nclass A {}\n";

      assertThat(new SourceFile("A.java", text).declaredPackage()).isEqualTo("neurons");
    }

    @Test
    void escapedBackslashBeforeU_isNotAUnicodeEscape() {
      assertThat(JavaHeader.unescape("\"\\\\u0041\"")).isEqualTo("\"\\\\u0041\"");
    }

    @Test
    void commentsEndingInOldMacLineBreaks_areSkipped() {
      String text = "// Alice's work\rpackage neurons;\rclass A {}\r";

      assertThat(new SourceFile("A.java", text).declaredPackage()).isEqualTo("neurons");
    }

    @Test
    void declarationWithCommentsBetweenItsParts_isFound() {
      String text = "package /* course */ uni . neurons /* ! */ ;";

      assertThat(new SourceFile("A.java", text).declaredPackage()).isEqualTo("uni.neurons");
    }

    @Test
    void annotationBeforeTheDeclaration_isNotAPackageOfNeurons() {
      assertThat(new SourceFile("A.java", "@Deprecated package neurons;").declaredPackage())
          .isEmpty();
    }

    @Test
    void declarationAfterAJavadocHeader_isFound() {
      String text = "/**\n * Assignment 1.\n * @author Alice\n */\npackage neurons;\n";

      assertThat(new SourceFile("A.java", text).declaredPackage()).isEqualTo("neurons");
    }
  }
}
