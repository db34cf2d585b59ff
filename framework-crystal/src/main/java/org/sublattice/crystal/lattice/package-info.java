/**
 * Building blocks for lattice plugins: checking per-sublattice species maps, building prims from
 * positions in conventional-cell units, and a plain {@link org.sublattice.api.Lattice} value.
 */
package org.sublattice.crystal.lattice;
