package io.verbatim.store;

import io.verbatim.domain.port.PresetRepository;
import io.verbatim.domain.preset.Preset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link PresetRepository} over a workspace's H2 database; each call is one short transaction. */
final class H2PresetRepository implements PresetRepository {

    private final WorkspaceDatabase database;
    private final PresetDao presets = new PresetDao();

    H2PresetRepository(WorkspaceDatabase database) {
        this.database = database;
    }

    @Override
    public List<Preset> presets() {
        return database.inTransaction("list the import presets", presets::findAll);
    }

    @Override
    public Optional<Preset> preset(String name) {
        Objects.requireNonNull(name, "name");
        return database.inTransaction("read preset '" + name + "'", c -> presets.find(c, name));
    }

    @Override
    public Optional<Preset> matching(String fingerprint) {
        Objects.requireNonNull(fingerprint, "fingerprint");
        return database.inTransaction("look for a preset", c -> presets.findByFingerprint(c, fingerprint));
    }

    @Override
    public void save(Preset preset) {
        database.inTransaction("save preset '" + preset.name() + "'", c -> {
            presets.upsert(c, preset);
            return null;
        });
    }

    @Override
    public boolean delete(String name) {
        return database.inTransaction("delete preset '" + name + "'", c -> presets.delete(c, name));
    }
}
