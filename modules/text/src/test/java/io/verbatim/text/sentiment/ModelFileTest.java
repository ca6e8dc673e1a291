package io.verbatim.text.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.verbatim.text.lang.TextLanguage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

    @Test
    void aModelReadsBackEqualWhenItsWeightsAreHalfPrecision(@TempDir Path dir) throws IOException {
        ModelSpec spec = new ModelSpec(TextLanguage.RU, 10, true);
        float[] weights = new float[spec.buckets() * 3];
        weights[5] = 0.5f;
        weights[3 * 700 + 2] = -1.25f;
        LinearModel model = new LinearModel(spec, weights, new double[] {0.1, -0.2, 0.3}, new double[] {0, -0.4, 0.2});
        Path file = dir.resolve("m.bin");
        ModelFile.write(model, file);
        assertThat(ModelFile.read(file)).isEqualTo(model);
    }

    @Test
    void anotherFileIsRefused() {
        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    @Test
    void shippedModelsAreSmallAndReadable() throws IOException {
        for (TextLanguage language : new TextLanguage[] {TextLanguage.RU, TextLanguage.EN}) {
            LinearModel model = SentimentModels.shippedModel(language);
            assertThat(model.spec().language()).isEqualTo(language);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ModelFile.write(model, bytes);
            assertThat(bytes.size()).isLessThan(2_000_000);
            assertThat(ModelFile.read(new ByteArrayInputStream(bytes.toByteArray())))
                    .isEqualTo(model);
        }
    }

    @Test
    void aFolderWithoutAModelFallsBackToTheShippedOne(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir);
        ModelSentimentClassifier classifier = SentimentModels.fromFolder(dir);
        assertThat(classifier.russian()).isEqualTo(SentimentModels.shippedModel(TextLanguage.RU));
    }
}
