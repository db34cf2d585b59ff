/**
 * Structure and prim files: VASP POSCAR (read and write), CIF (write), CASM {@code prim.json}
 * and configuration lists (read), {@link org.sublattice.crystal.io.StructureMatcher} to compare
 * structures up to origin shift and point operations, and
 * {@link org.sublattice.crystal.io.StructureMapper} to map relaxed structures onto the ideal
 * sites of supercells of a prim.
 */
package org.sublattice.crystal.io;
