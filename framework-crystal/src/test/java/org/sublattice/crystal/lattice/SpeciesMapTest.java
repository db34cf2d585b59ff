package org.sublattice.crystal.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeciesMapTest {
    private static final List<String> LABELS = List.of("8a", "8b");

    @Test
    void resultFollowsTheLabelOrder() {
        Map<String, List<String>> m = SpeciesMap.check(Map.of("8b", List.of("Al", "Li"), "8a", List.of("Li", "Va")), LABELS);
        assertEquals(LABELS, List.copyOf(m.keySet()));
        assertEquals(List.of("Al", "Li"), m.get("8b"));
    }

    @Test
    void unknownLabelIsNamedWithTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpeciesMap.check(Map.of("8a", List.of("Li"), "8b", List.of("Al"), "16c", List.of("Li")), LABELS));
        assertEquals("unknown sublattice label 16c in species; allowed labels: 8a, 8b", e.getMessage());
    }

    @Test
    void missingLabelIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SpeciesMap.check(Map.of("8a", List.of("Li")), LABELS));
        assertEquals("species gives no occupants for sublattice 8b; every one of 8a, 8b needs a list", e.getMessage());
    }

    @Test
    void emptyDuplicateOrUnknownOccupantsAreNamed() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> SpeciesMap.check(Map.of("8a", List.of("Li"), "8b", List.of()), LABELS));
        assertEquals("species.8b must list at least one occupant, got []", empty.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> SpeciesMap.check(Map.of("8a", List.of("Li", "Li"), "8b", List.of("Al")), LABELS));
        assertEquals("site '8a' lists an occupant twice: [Li, Li]", twice.getMessage());
        IllegalArgumentException symbol = assertThrows(IllegalArgumentException.class,
                () -> SpeciesMap.check(Map.of("8a", List.of("li"), "8b", List.of("Al")), LABELS));
        assertEquals("unknown species 'li' on site '8a': expected an element symbol (Li, Al, …) or Va", symbol.getMessage());
    }
}
