package io.verbatim.analytics.cube;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.testing.InMemoryDatasetRepository;
import org.junit.jupiter.api.Test;

/** One cube per dataset as it is now, the least recently used one dropped first. */
class CubeCacheTest {

    private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
    private final Dataset first =
            repository.survey("first").text("region", "A|B").build();
    private final Dataset second =
            repository.survey("second").text("region", "A").build();

    @Test
    void theSameDatasetGetsTheSameCubeAndAChangedOneANewCube() {
        CubeCache cache = new CubeCache(2);
        Cube cube = cache.cube(repository, first);

        assertThat(cache.cube(repository, first)).isSameAs(cube);
        Dataset grown = new Dataset(
                first.id(),
                first.name(),
                first.kind(),
                3,
                first.columns(),
                first.layout(),
                first.source(),
                first.importedAt());
        assertThat(cache.cube(repository, grown)).isNotSameAs(cube);
        assertThat(cache.cube(new InMemoryDatasetRepository(), first)).isNotSameAs(cube);
    }

    @Test
    void keepsOnlyItsCapacityDroppingTheLeastRecentlyUsed() {
        CubeCache cache = new CubeCache(1);
        Cube cube = cache.cube(repository, first);
        cache.cube(repository, second);

        assertThat(cache.cube(repository, first)).isNotSameAs(cube);
    }
}
