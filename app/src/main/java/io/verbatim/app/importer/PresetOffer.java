package io.verbatim.app.importer;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.port.PresetRepository;
import io.verbatim.domain.preset.Preset;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.mapping.HeaderFingerprint;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.MappingJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A saved preset offered for a file because the file's header has the fingerprint the preset was saved with, as
 * {@code import} does on the command line (the newest such preset of the file's kind).
 *
 * @param name the preset's name
 * @param mapping its mapping, for the file's kind
 */
public record PresetOffer(String name, ColumnMapping mapping) {

    /**
     * The preset matching {@code file} as {@code importer} reads its header; run off the UI thread (it reads the file
     * and the workspace).
     */
    public static Optional<PresetOffer> find(PresetRepository presets, DatasetImporter importer, Path file) {
        String fingerprint = HeaderFingerprint.of(importer.headers(file));
        if (fingerprint.isEmpty()) {
            return Optional.empty();
        }
        return presets.matching(fingerprint)
                .filter(p -> p.kind() == importer.kind())
                .map(p -> of(p, importer.kind()));
    }

    /** A stored preset as a mapping for a file of {@code kind}. */
    public static PresetOffer of(Preset preset, DatasetKind kind) {
        return new PresetOffer(
                preset.name(),
                MappingJson.parse(preset.mapping(), Path.of("preset " + preset.name()))
                        .withKind(kind));
    }

    /** The workspace's presets by name. */
    static List<String> names(PresetRepository presets) {
        return presets.presets().stream().map(Preset::name).toList();
    }
}
