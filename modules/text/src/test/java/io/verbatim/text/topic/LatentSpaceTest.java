package io.verbatim.text.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatentSpaceTest {

    @Test
    void eigenDecompositionOfASmallSymmetricMatrix() {
        double[][] m = {{2, 1, 0}, {1, 2, 0}, {0, 0, 5}};
        DenseMath.Eigen eigen = DenseMath.symmetricEigen(m);
        assertThat(eigen.values()[0]).isCloseTo(5, within(1e-9));
        assertThat(eigen.values()[1]).isCloseTo(3, within(1e-9));
        assertThat(eigen.values()[2]).isCloseTo(1, within(1e-9));
        assertThat(Math.abs(eigen.vectors()[2][0])).isCloseTo(1, within(1e-9));
    }

    @Test
    void textsSharingContextsLandCloseAndUnrelatedTextsFar() {
        // terms: 0 lost, 1 card, 2 missing, 3 refund, 4 money
        List<SparseVector> docs = List.of(
                vector(new int[] {0, 1}),
                vector(new int[] {1, 2}),
                vector(new int[] {0, 1, 2}),
                vector(new int[] {3, 4}),
                vector(new int[] {3, 4}),
                vector(new int[] {4}));
        LatentSpace space = LatentSpace.fit(docs, 5, 2, 1);
        float[] lost = space.embed(docs.get(0));
        float[] missing = space.embed(docs.get(1));
        float[] refund = space.embed(docs.get(3));
        assertThat(DenseMath.dot(lost, missing)).isGreaterThan(0.9f);
        assertThat(Math.abs(DenseMath.dot(lost, refund))).isLessThan(0.1f);
    }

    private static SparseVector vector(int[] terms) {
        float[] weights = new float[terms.length];
        java.util.Arrays.fill(weights, (float) (1 / Math.sqrt(terms.length)));
        return new SparseVector(terms, weights);
    }
}
