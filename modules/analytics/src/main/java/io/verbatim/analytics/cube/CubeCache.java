package io.verbatim.analytics.cube;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cubes of the datasets an analyst looked at last, so that every widget and every filter change reuses one.
 * A cube is keyed by the dataset as it is now: a new wave, a re-import or a changed question role gives a new
 * {@link Dataset} value and so a new cube, never a stale one.
 */
public final class CubeCache {

    private final int capacity;
    private final Map<Key, Cube> cubes;

    /** @param capacity how many cubes to keep; the least recently used goes first */
    public CubeCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.cubes = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The cube of {@code dataset} in {@code repository}, built (lazily, see {@link Cube}) on first use. */
    public synchronized Cube cube(DatasetRepository repository, Dataset dataset) {
        Key key = new Key(repository, dataset);
        Cube cube = cubes.get(key);
        if (cube == null) {
            cube = Cube.of(repository, dataset);
            cubes.put(key, cube);
            if (cubes.size() > capacity) {
                cubes.remove(cubes.keySet().iterator().next());
            }
        }
        return cube;
    }

    /** A repository by identity (two workspaces may hold equal datasets) and a dataset by value. */
    private record Key(DatasetRepository repository, Dataset dataset) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.repository == repository && key.dataset.equals(dataset);
        }

        @Override
        public int hashCode() {
            return Objects.hash(System.identityHashCode(repository), dataset);
        }
    }
}
