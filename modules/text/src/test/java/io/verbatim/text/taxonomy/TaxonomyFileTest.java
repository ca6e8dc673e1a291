package io.verbatim.text.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyFileTest {

    static final String BODY =
            """
            # Retail complaints, wave 3
            # owner: CX team

            # everything about getting the parcel
            topic 1: Доставка
              any: доставка, курьер, "не привезли"
              not: самовывоз

            topic 2: Доставка > Опоздание
              any: опоздание, опоздал, задержка
              all: курьер

            topic 7: Refunds
              any: refund, "money back"

            # check monthly
            """;

    @Test
    void readsTopicsRulesHierarchyAndComments() {
        Taxonomy taxonomy = TaxonomyFile.parse(BODY, "t.txt");

        assertThat(taxonomy.header()).containsExactly(" Retail complaints, wave 3", " owner: CX team");
        assertThat(taxonomy.topics()).extracting(TaxonomyTopic::id).containsExactly(1, 2, 7);
        TaxonomyTopic late = taxonomy.topic(2).orElseThrow();
        assertThat(late.path()).containsExactly("Доставка", "Опоздание");
        assertThat(late.label()).isEqualTo("Доставка > Опоздание");
        assertThat(late.rule().all()).containsExactly("курьер");
        assertThat(taxonomy.topic(1).orElseThrow().rule().any()).containsExactly("доставка", "курьер", "не привезли");
        assertThat(taxonomy.topic(1).orElseThrow().comments()).containsExactly(" everything about getting the parcel");
        assertThat(taxonomy.footer()).containsExactly(" check monthly");
    }

    @Test
    void aSavedFileReadsBackToTheSameTaxonomyAndWritesBackByteForByte(@TempDir Path dir) throws Exception {
        String canonical = String.join("\n", TaxonomyFile.HELP) + "\n" + BODY;
        Taxonomy taxonomy = TaxonomyFile.parse(canonical, "t.txt");
        assertThat(TaxonomyFile.write(taxonomy)).isEqualTo(canonical);

        Path file = dir.resolve("taxonomy.txt");
        TaxonomyFile.write(taxonomy, file);
        Taxonomy again = TaxonomyFile.read(file);
        assertThat(again).isEqualTo(taxonomy);
        TaxonomyFile.write(again, dir.resolve("again.txt"));
        assertThat(Files.readAllBytes(dir.resolve("again.txt"))).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aHandEditedFileWithoutHelpOrIndentReadsTheSame() {
        String sloppy =
                """
                topic 1 :   Доставка
                any:доставка,курьер , "не   привезли"
                NOT: самовывоз
                """;
        Taxonomy taxonomy = TaxonomyFile.parse("\uFEFF" + sloppy, "t.txt");
        assertThat(taxonomy.topic(1).orElseThrow().rule())
                .isEqualTo(
                        new TopicRule(List.of("доставка", "курьер", "не привезли"), List.of(), List.of("самовывоз")));
    }

    @Test
    void errorsNameTheFileTheLineAndWhatIsWrong() {
        assertError("topic 1: A\n  any: a\ntopic 2: B > C\n  any: c\n", 3, "parent 'B' of topic 2 is not defined");
        assertError("topic 1: A\n  any: a\n\ntopic 1: B\n  any: b\n", 4, "topic id 1 is used twice");
        assertError("topic x: A\n  any: a\n", 1, "topic id 'x' is not a number");
        assertError("topic 0: A\n  any: a\n", 1, "must be 1 or more");
        assertError("topic 3 A\n", 1, "':' is missing");
        assertError("# intro\nany: a\n", 2, "comes before any 'topic ID: NAME' line");
        assertError("topic 1: A\n  anny: a\n", 2, "found 'anny: a'");
        assertError("topic 1: A\n  any: a, , b\n", 2, "an empty term");
        assertError("topic 1: A\n  any: \"not closed\n", 2, "quoted phrase is not closed");
        assertError("topic 1: A\n  any: !!!\n", 2, "'!!!' has no letters or digits");
        assertError("topic 1: A\n  not: a\ntopic 2: B\n  any: b\n", 1, "topic 1 has no 'any:' or 'all:' rule");
        assertError("topic 1: A\n  any: a\ntopic 2: A\n  any: b\n", 3, "'A' is defined twice");
        assertError("topic 1: A >  \n  any: a\n", 1, "empty name");
    }

    private static void assertError(String content, int line, String message) {
        assertThatThrownBy(() -> TaxonomyFile.parse(content, "wave.txt"))
                .isInstanceOfSatisfying(TaxonomyParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.file()).isEqualTo("wave.txt");
                })
                .hasMessageStartingWith("wave.txt:" + line + ": ")
                .hasMessageContaining(message);
    }
}
