/**
 * Structure and prim files: VASP POSCAR (read and write), CIF (write), CASM {@code prim.json}
 * (read), and {@link org.sublattice.crystal.io.StructureMatcher} to compare structures up to
 * origin shift and point operations.
 */
package org.sublattice.crystal.io;
