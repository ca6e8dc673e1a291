package io.verbatim.cli;

import io.verbatim.domain.dataset.DatasetKind;
import io.verbatim.domain.port.PresetRepository;
import io.verbatim.domain.preset.Preset;
import io.verbatim.ingest.DatasetImporter;
import io.verbatim.ingest.Importers;
import io.verbatim.ingest.mapping.HeaderFingerprint;
import io.verbatim.ingest.preset.ColumnMapping;
import io.verbatim.ingest.preset.MappingJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which importer and which mapping a file is imported with: a mapping the analyst named ({@code --mapping FILE} or
 * {@code --preset NAME}) decides the kind when {@code --kind} does not; without one, a saved preset whose header
 * fingerprint equals the file's is applied by itself. The fingerprint is taken by an importer of the preset's kind,
 * since a ticket table below a preamble has its header where the ticket importer finds it, not in the first row.
 */
final class MappingChoice {

    /** The kinds a mapping or preset can be for; JSON exports and documents have no header row to match. */
    private static final List<DatasetKind> MAPPED_KINDS =
            List.of(DatasetKind.SURVEY, DatasetKind.TICKETS, DatasetKind.MENTIONS);

    private final Importers importers;
    private final PresetRepository presets;
    private final DatasetKind wantedKind;
    private final boolean anyPresets;

    /**
     * @param wantedKind the kind {@code --kind} asked for, or null
     */
    MappingChoice(Importers importers, PresetRepository presets, DatasetKind wantedKind) {
        this.importers = importers;
        this.presets = presets;
        this.wantedKind = wantedKind;
        this.anyPresets = !presets.presets().isEmpty();
    }

    /**
     * The mapping of a stored preset.
     *
     * @throws UserInputException when there is no such preset
     */
    ColumnMapping preset(String name) {
        Preset preset = presets.preset(name)
                .orElseThrow(() -> new UserInputException("no preset named '" + name + "'; "
                        + (presets.presets().isEmpty()
                                ? "save one with import FILE --save-preset NAME"
                                : "presets: "
                                        + String.join(
                                                ", ",
                                                presets.presets().stream()
                                                        .map(Preset::name)
                                                        .toList()))));
        return MappingJson.parse(preset.mapping(), Path.of("preset " + name)).withKind(preset.kind());
    }

    /**
     * The importer and mapping for one file.
     *
     * @param named the mapping the analyst named, or null to look for a matching preset
     */
    Choice choose(Path file, ColumnMapping named) {
        if (named != null) {
            return new Choice(importerFor(file, named.kind()), named, null);
        }
        DatasetImporter detected = importerFor(file, null);
        if (!anyPresets) {
            // Reading a header per kind costs a workbook's shared strings each time; skip it when nothing can match.
            return new Choice(detected, ColumnMapping.NONE, null);
        }
        for (DatasetKind kind : candidateKinds(detected.kind())) {
            DatasetImporter importer = importers.forKind(kind, file).orElseThrow();
            String fingerprint = HeaderFingerprint.of(importer.headers(file));
            Optional<Preset> match = fingerprint.isEmpty()
                    ? Optional.empty()
                    : presets.matching(fingerprint).filter(p -> p.kind() == kind);
            if (match.isPresent()) {
                ColumnMapping mapping = MappingJson.parse(
                                match.get().mapping(),
                                Path.of("preset " + match.get().name()))
                        .withKind(kind);
                return new Choice(importer, mapping, match.get().name());
            }
        }
        return new Choice(detected, ColumnMapping.NONE, null);
    }

    /** The header fingerprint a preset saved from this import is offered again for. */
    static String fingerprint(DatasetImporter importer, Path file) {
        return HeaderFingerprint.of(importer.headers(file));
    }

    /** True when presets can be saved for files of this kind. */
    static boolean mappable(DatasetKind kind) {
        return MAPPED_KINDS.contains(kind);
    }

    /** The kind asked for alone; else the detected kind first, then the other kinds a preset can be for. */
    private List<DatasetKind> candidateKinds(DatasetKind detected) {
        if (wantedKind != null) {
            return mappable(wantedKind) ? List.of(wantedKind) : List.of();
        }
        List<DatasetKind> kinds = new ArrayList<>();
        if (mappable(detected)) {
            kinds.add(detected);
        }
        MAPPED_KINDS.stream().filter(k -> k != detected).forEach(kinds::add);
        return kinds;
    }

    private DatasetImporter importerFor(Path file, DatasetKind mappingKind) {
        if (wantedKind != null && mappingKind != null && wantedKind != mappingKind) {
            throw new UserInputException("--kind " + wantedKind.wireName() + " contradicts the mapping, which is for "
                    + mappingKind.wireName() + "; drop one of the two");
        }
        DatasetKind kind = wantedKind != null ? wantedKind : mappingKind;
        return kind == null
                ? importers.forFile(file)
                : importers.forKind(kind, file).orElseThrow();
    }

    /**
     * @param importer the importer to use
     * @param mapping the mapping to apply ({@link ColumnMapping#NONE} for none)
     * @param autoPreset the name of the preset applied because its fingerprint matched, or null
     */
    record Choice(DatasetImporter importer, ColumnMapping mapping, String autoPreset) {}
}
