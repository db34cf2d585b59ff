package org.sublattice.plugin.clex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.BoundHamiltonian;
import org.sublattice.api.crystal.Neighbour;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.api.crystal.Supercell;
import org.sublattice.crystal.ClusterSpace;
import org.sublattice.crystal.ClusterSpace.DecoratedSite;
import org.sublattice.crystal.SiteBasis;

/**
 * A cluster expansion bound to a supercell, as flat tables.
 *
 * <p>Site functions come from a {@link SiteBasis} table. For every basis site b, the "local terms" are the decorated clusters that contain site
 * (b, 0,0,0): their ECI, the site function at b, and for each other site a neighbour slot and a
 * site-function row. {@code nbr[s·W + slot]} gives the supercell index of each slot's site for
 * every site s; in large supercells a {@link Supercell.Stencil} computes these indices instead
 * (see {@link #TABLE_ENTRIES}). Then ΔE of changing site s is Σ_t V_t (φ_t(new) − φ_t(old)) Π_others φ, and the
 * total energy is Σ_s Σ_t V_t Π φ / |cluster| + V_0·N_prim. For ΔE the φ values of the site's
 * neighbour slots are first gathered into a small scratch array, so each term reads only that
 * array; the scratch makes an instance single-threaded ({@link #forChain()} gives each chain its
 * own view of the shared tables). Nothing is allocated per call.
 *
 * <p>In supercells so small that a cluster wraps onto itself (an "other" site is s itself), the
 * product depends on s twice; those supercells use an exact slow path that applies the change,
 * evaluates, and restores.
 */
final class BoundClusterExpansion implements BoundHamiltonian {
    /**
     * Largest neighbour table kept (entries, 512 kB, a core's L2 cache here): a table is read
     * faster than the stencil computes only while it stays in the nearest caches. Beyond this
     * size the indices are computed instead; on the bench's problems a 4 MB limit made Metropolis
     * at 32,000 FCC sites and KMC at 65,536 B32 sites about 1.5 times slower than computing.
     */
    static final long TABLE_ENTRIES = 1 << 17;
    private final Supercell sc;
    private final int volume;
    private final double constant;
    private final int width;
    /** Neighbour table, nbr[s·width + slot]; null where {@link #stencil} computes the indices instead. */
    private final int[] nbr;
    private final Supercell.Stencil stencil;
    /**
     * Scratch of this view: the neighbours of the last two sites computed by the stencil (the
     * rates of a kinetic Monte Carlo event flip one site in turn with each of its neighbours),
     * the sites they belong to (−1: none), and which of the two was used last.
     */
    private final int[] row;
    private final int[] row2;
    private int rowSite = -1;
    private int row2Site = -1;
    private boolean row2Recent;
    private final int[] termStart;
    private final double[] termEci;
    private final double[] termInvSize;
    private final int[] termCenterPhi;
    private final int[] termOthersStart;
    private final int[] otherSlot;
    private final int[] otherPhi;
    private final double[] phi;
    private final int maxOcc;
    private final boolean wraps;
    /** Per (basis, slot): offset of the slot site's φ rows in {@code phi}. */
    private final int[] slotPhiBase;
    private final int[] slotCount;
    /** Per term: the centre's function index k. */
    private final int[] termCenterK;
    /** Per factor: index into the gathered local φ values, slot·maxOcc + k. */
    private final int[] otherLocal;
    /** Scratch of this view (one chain, one thread): φ_k of every slot of the changed site, and Δφ_k of the centre. */
    private final double[] local;
    private final double[] dphi;
    /** Largest cluster diameter (Å). */
    private final double range;
    /** Length of the local array: width·maxOcc. */
    private final int localLength;
    /** Points and pairs folded into coefficients: pointCoef[b·maxOcc + k], pairCoef[(b·maxOcc + k)·localLength + idx]. */
    private final double[] pointCoef;
    private final double[] pairCoef;
    /** Triplets: ECI, centre k, two local indices; per basis b the range tripStart[b] … tripStart[b+1]. */
    private final int[] tripStart;
    private final double[] tripEci;
    private final int[] tripK;
    private final int[] tripA;
    private final int[] tripB;
    /** Larger clusters: indices into the general term arrays, per basis b from bigStart[b]. */
    private final int[] bigStart;
    private final int[] bigTerms;
    /** All sites binary (two occupants): one function per site, local index = slot. */
    private final boolean binary;
    private final double[] pairCoefBinary;
    private final int[] tripSlots;

    /** A view sharing {@code other}'s tables with scratch space of its own. */
    private BoundClusterExpansion(BoundClusterExpansion o) {
        this.sc = o.sc;
        this.volume = o.volume;
        this.constant = o.constant;
        this.width = o.width;
        this.nbr = o.nbr;
        this.stencil = o.stencil;
        this.row = new int[o.row.length];
        this.row2 = new int[o.row.length];
        this.termStart = o.termStart;
        this.termEci = o.termEci;
        this.termInvSize = o.termInvSize;
        this.termCenterPhi = o.termCenterPhi;
        this.termOthersStart = o.termOthersStart;
        this.otherSlot = o.otherSlot;
        this.otherPhi = o.otherPhi;
        this.phi = o.phi;
        this.maxOcc = o.maxOcc;
        this.wraps = o.wraps;
        this.slotPhiBase = o.slotPhiBase;
        this.slotCount = o.slotCount;
        this.termCenterK = o.termCenterK;
        this.otherLocal = o.otherLocal;
        this.local = new double[o.local.length];
        this.dphi = new double[o.dphi.length];
        this.range = o.range;
        this.localLength = o.localLength;
        this.pointCoef = o.pointCoef;
        this.pairCoef = o.pairCoef;
        this.tripStart = o.tripStart;
        this.tripEci = o.tripEci;
        this.tripK = o.tripK;
        this.tripA = o.tripA;
        this.tripB = o.tripB;
        this.bigStart = o.bigStart;
        this.bigTerms = o.bigTerms;
        this.binary = o.binary;
        this.pairCoefBinary = o.pairCoefBinary;
        this.tripSlots = o.tripSlots;
    }

    @Override
    public BoundHamiltonian forChain() {
        return new BoundClusterExpansion(this);
    }

    @Override
    public double interactionRange() {
        return range;
    }

    BoundClusterExpansion(Supercell sc, ClusterSpace space, SiteBasis basis, double[] eci) {
        this(sc, space, basis, eci, TABLE_ENTRIES);
    }

    /** As above, keeping a neighbour table only up to {@code tableEntries} entries. */
    BoundClusterExpansion(Supercell sc, ClusterSpace space, SiteBasis basis, double[] eci, long tableEntries) {
        this.sc = sc;
        this.volume = sc.volume();
        Prim prim = sc.prim();
        int nb = prim.size();
        int maxOccupants = 1;
        for (int b = 0; b < nb; b++) {
            maxOccupants = Math.max(maxOccupants, prim.basis().get(b).occupants().size());
        }
        this.maxOcc = maxOccupants;
        // phi[(b·maxOcc + k)·maxOcc + occ] = φ_k(occ) of basis site b.
        this.phi = new double[nb * maxOcc * maxOcc];
        for (int b = 0; b < nb; b++) {
            for (int k = 0; k < basis.functions(b); k++) {
                for (int o = 0; o < basis.functions(b); o++) {
                    phi[(b * maxOcc + k) * maxOcc + o] = basis.value(b, k, o);
                }
            }
        }
        double c = 0;
        List<List<int[]>> slotsPerBasis = new ArrayList<>();
        List<Map<SiteCoord, Integer>> slotIndex = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            slotsPerBasis.add(new ArrayList<>());
            slotIndex.add(new HashMap<>());
        }
        List<Double> tEci = new ArrayList<>();
        List<Double> tInv = new ArrayList<>();
        List<Integer> tCenter = new ArrayList<>();
        List<int[]> tOtherSlots = new ArrayList<>();
        List<int[]> tOtherPhi = new ArrayList<>();
        this.termStart = new int[nb + 1];
        for (int b = 0; b < nb; b++) {
            termStart[b] = tEci.size();
            for (ClusterSpace.Function f : space.functions()) {
                double v = eci[f.index()];
                if (f.size() == 0) {
                    if (b == 0) {
                        c = v * volume;
                    }
                    continue;
                }
                if (v == 0) {
                    continue;
                }
                for (List<DecoratedSite> member : f.members()) {
                    for (int pos = 0; pos < member.size(); pos++) {
                        DecoratedSite center = member.get(pos);
                        if (center.site().b() != b) {
                            continue;
                        }
                        SiteCoord o = center.site();
                        int[] slots = new int[member.size() - 1];
                        int[] phis = new int[member.size() - 1];
                        int n = 0;
                        for (int q = 0; q < member.size(); q++) {
                            if (q == pos) {
                                continue;
                            }
                            DecoratedSite other = member.get(q);
                            SiteCoord rel = other.site().translate(-o.i(), -o.j(), -o.k());
                            int bb = b;
                            Integer slot = slotIndex.get(b).computeIfAbsent(rel, r -> {
                                slotsPerBasis.get(bb).add(new int[] {r.b(), r.i(), r.j(), r.k()});
                                return slotsPerBasis.get(bb).size() - 1;
                            });
                            slots[n] = slot;
                            phis[n] = (rel.b() * maxOcc + other.function()) * maxOcc;
                            n++;
                        }
                        tEci.add(v);
                        tInv.add(1.0 / member.size());
                        tCenter.add((b * maxOcc + center.function()) * maxOcc);
                        tOtherSlots.add(slots);
                        tOtherPhi.add(phis);
                    }
                }
            }
        }
        termStart[nb] = tEci.size();
        this.constant = c;
        int w = 0;
        for (List<int[]> s : slotsPerBasis) {
            w = Math.max(w, s.size());
        }
        this.width = w;
        List<Neighbour> relations = new ArrayList<>();
        for (int b = 0; b < nb; b++) {
            for (int[] r : slotsPerBasis.get(b)) {
                relations.add(new Neighbour(b, r[0], r[1], r[2], r[3], 0));
            }
        }
        this.stencil = sc.stencil(relations);
        this.row = new int[Math.max(w, 1)];
        this.row2 = new int[row.length];
        this.nbr = (long) sc.size() * w <= tableEntries ? sc.neighbourTable(relations).table() : null;
        boolean selfWrap = false;
        for (int s = 0; s < sc.size(); s++) {
            int n = stencil.fill(s, row);
            for (int k = 0; k < n; k++) {
                selfWrap |= row[k] == s;
            }
        }
        this.wraps = selfWrap;
        int nt = tEci.size();
        this.termEci = new double[nt];
        this.termInvSize = new double[nt];
        this.termCenterPhi = new int[nt];
        this.termOthersStart = new int[nt + 1];
        int total = 0;
        for (int[] s : tOtherSlots) {
            total += s.length;
        }
        this.otherSlot = new int[total];
        this.otherPhi = new int[total];
        int p = 0;
        for (int t = 0; t < nt; t++) {
            termEci[t] = tEci.get(t);
            termInvSize[t] = tInv.get(t);
            termCenterPhi[t] = tCenter.get(t);
            termOthersStart[t] = p;
            int[] s = tOtherSlots.get(t);
            int[] f = tOtherPhi.get(t);
            for (int j = 0; j < s.length; j++) {
                otherSlot[p] = s[j];
                otherPhi[p] = f[j];
                p++;
            }
        }
        termOthersStart[nt] = p;
        this.slotCount = new int[nb];
        this.slotPhiBase = new int[nb * Math.max(w, 1)];
        for (int b = 0; b < nb; b++) {
            List<int[]> slots = slotsPerBasis.get(b);
            slotCount[b] = slots.size();
            for (int k = 0; k < slots.size(); k++) {
                slotPhiBase[b * w + k] = slots.get(k)[0] * maxOcc * maxOcc;
            }
        }
        this.termCenterK = new int[nt];
        this.otherLocal = new int[total];
        for (int t = 0; t < nt; t++) {
            termCenterK[t] = (termCenterPhi[t] / maxOcc) % maxOcc;
            for (int q = termOthersStart[t]; q < termOthersStart[t + 1]; q++) {
                otherLocal[q] = otherSlot[q] * maxOcc + (otherPhi[q] / maxOcc) % maxOcc;
            }
        }
        double longest = 0;
        for (ClusterSpace.Orbit orbit : space.orbits()) {
            longest = Math.max(longest, orbit.maxLength());
        }
        this.range = longest;
        this.localLength = Math.max(w, 1) * maxOcc;
        this.local = new double[localLength];
        this.dphi = new double[maxOcc];
        // Fold points and pairs into per-site coefficient vectors; keep triplets as flat arrays.
        this.pointCoef = new double[nb * maxOcc];
        this.pairCoef = new double[nb * maxOcc * localLength];
        List<Integer> trips = new ArrayList<>();
        List<Integer> bigs = new ArrayList<>();
        this.tripStart = new int[nb + 1];
        this.bigStart = new int[nb + 1];
        for (int b = 0; b < nb; b++) {
            tripStart[b] = trips.size();
            bigStart[b] = bigs.size();
            for (int t = termStart[b]; t < termStart[b + 1]; t++) {
                int others = termOthersStart[t + 1] - termOthersStart[t];
                int k = termCenterK[t];
                if (others == 0) {
                    pointCoef[b * maxOcc + k] += termEci[t];
                } else if (others == 1) {
                    pairCoef[(b * maxOcc + k) * localLength + otherLocal[termOthersStart[t]]] += termEci[t];
                } else if (others == 2) {
                    trips.add(t);
                } else {
                    bigs.add(t);
                }
            }
        }
        tripStart[nb] = trips.size();
        bigStart[nb] = bigs.size();
        this.tripEci = new double[trips.size()];
        this.tripK = new int[trips.size()];
        this.tripA = new int[trips.size()];
        this.tripB = new int[trips.size()];
        for (int i = 0; i < trips.size(); i++) {
            int t = trips.get(i);
            tripEci[i] = termEci[t];
            tripK[i] = termCenterK[t];
            tripA[i] = otherLocal[termOthersStart[t]];
            tripB[i] = otherLocal[termOthersStart[t] + 1];
        }
        this.bigTerms = bigs.stream().mapToInt(Integer::intValue).toArray();
        this.binary = maxOcc == 2;
        this.pairCoefBinary = new double[binary ? nb * Math.max(w, 1) : 0];
        this.tripSlots = new int[binary ? 2 * tripEci.length : 0];
        if (binary) {
            for (int b = 0; b < nb; b++) {
                for (int slot = 0; slot < w; slot++) {
                    pairCoefBinary[b * w + slot] = pairCoef[(b * 2 + 1) * localLength + slot * 2 + 1];
                }
            }
            for (int i = 0; i < tripEci.length; i++) {
                tripSlots[2 * i] = tripA[i] / 2;
                tripSlots[2 * i + 1] = tripB[i] / 2;
            }
        }
    }

    /** The neighbours of a site by the stencil, from the last two computed where it is one of them. */
    private int[] neighbours(int site) {
        if (site == rowSite) {
            row2Recent = false;
            return row;
        }
        if (site == row2Site) {
            row2Recent = true;
            return row2;
        }
        if (row2Recent) {
            stencil.fill(site, row);
            rowSite = site;
            row2Recent = false;
            return row;
        }
        stencil.fill(site, row2);
        row2Site = site;
        row2Recent = true;
        return row2;
    }

    @Override
    public Supercell supercell() {
        return sc;
    }

    @Override
    public double energy(byte[] occ) {
        double e = constant;
        for (int s = 0; s < occ.length; s++) {
            e += local(occ, s, occ[s], true);
        }
        return e;
    }

    @Override
    public double deltaFlip(byte[] occ, int site, int newOccupant) {
        int old = occ[site];
        if (old == newOccupant) {
            return 0;
        }
        if (wraps) {
            return slowDelta(occ, site, newOccupant);
        }
        if (binary) {
            return deltaBinary(occ, site, newOccupant, old);
        }
        int b = site / volume;
        int[] nb = nbr;
        int base = site * width;
        if (nb == null) {
            nb = neighbours(site);
            base = 0;
        }
        // Gather φ_k of every neighbour slot once; the terms then read this small array.
        int ns = slotCount[b];
        for (int slot = 0; slot < ns; slot++) {
            int o = occ[nb[base + slot]];
            int pb = slotPhiBase[b * width + slot] + o;
            int lb = slot * maxOcc;
            for (int k = 1; k < maxOcc; k++) {
                local[lb + k] = phi[pb + k * maxOcc];
            }
        }
        int cb = b * maxOcc * maxOcc;
        double d = 0;
        for (int k = 1; k < maxOcc; k++) {
            double dk = phi[cb + k * maxOcc + newOccupant] - phi[cb + k * maxOcc + old];
            dphi[k] = dk;
            if (dk == 0) {
                continue;
            }
            // points and pairs: a dot product with the folded pair coefficients
            int pc = (b * maxOcc + k) * localLength;
            double sum = pointCoef[b * maxOcc + k];
            for (int i = 0; i < localLength; i++) {
                sum += pairCoef[pc + i] * local[i];
            }
            d += dk * sum;
        }
        for (int i = tripStart[b], end = tripStart[b + 1]; i < end; i++) {
            d += tripEci[i] * dphi[tripK[i]] * local[tripA[i]] * local[tripB[i]];
        }
        for (int i = bigStart[b], end = bigStart[b + 1]; i < end; i++) {
            int t = bigTerms[i];
            double prod = termEci[t] * dphi[termCenterK[t]];
            for (int q = termOthersStart[t], qe = termOthersStart[t + 1]; q < qe; q++) {
                prod *= local[otherLocal[q]];
            }
            d += prod;
        }
        return d;
    }

    /** The same for supercells whose sites all have two occupants: every term has k = 1. */
    private double deltaBinary(byte[] occ, int site, int nw, int old) {
        int b = site / volume;
        int[] nb = nbr;
        int base = site * width;
        if (nb == null) {
            nb = neighbours(site);
            base = 0;
        }
        int row = b * width;
        int ns = slotCount[b];
        double sum = pointCoef[b * 2 + 1];
        for (int slot = 0; slot < ns; slot++) {
            double v = phi[slotPhiBase[row + slot] + 2 + occ[nb[base + slot]]];
            local[slot] = v;
            sum += pairCoefBinary[row + slot] * v;
        }
        for (int i = tripStart[b], end = tripStart[b + 1]; i < end; i++) {
            sum += tripEci[i] * local[tripSlots[2 * i]] * local[tripSlots[2 * i + 1]];
        }
        int cb = b * 4 + 2;
        double dk = phi[cb + nw] - phi[cb + old];
        double d = dk * sum;
        if (bigStart[b] != bigStart[b + 1]) {
            // Larger clusters read the general local layout (slot·maxOcc + k).
            for (int slot = 0; slot < ns; slot++) {
                this.local[slot * 2 + 1] = phi[slotPhiBase[row + slot] + 2 + occ[nb[base + slot]]];
            }
            for (int i = bigStart[b], end = bigStart[b + 1]; i < end; i++) {
                int t = bigTerms[i];
                double prod = termEci[t] * dk;
                for (int q = termOthersStart[t], qe = termOthersStart[t + 1]; q < qe; q++) {
                    prod *= local[otherLocal[q]];
                }
                d += prod;
            }
        }
        return d;
    }

    /** Σ over the local terms of site s with s holding {@code value}; weighted 1/|cluster| if asked. */
    private double local(byte[] occ, int s, int value, boolean perCluster) {
        int b = s / volume;
        int[] nb = nbr;
        int base = s * width;
        if (nb == null) {
            nb = neighbours(s);
            base = 0;
        }
        double e = 0;
        for (int t = termStart[b], end = termStart[b + 1]; t < end; t++) {
            double prod = termEci[t] * phi[termCenterPhi[t] + value];
            for (int q = termOthersStart[t], qe = termOthersStart[t + 1]; q < qe && prod != 0; q++) {
                int n = nb[base + otherSlot[q]];
                prod *= phi[otherPhi[q] + (n == s ? value : occ[n])];
            }
            e += perCluster ? prod * termInvSize[t] : prod;
        }
        return e;
    }

    /**
     * Exact ΔE when clusters wrap onto the changed site: a cluster that contains s m times
     * appears m times among s's local terms, so each term is weighted by 1/m.
     */
    private double slowDelta(byte[] occ, int s, int nw) {
        int b = s / volume;
        int[] nb = nbr;
        int base = s * width;
        if (nb == null) {
            nb = neighbours(s);
            base = 0;
        }
        int old = occ[s];
        double d = 0;
        for (int t = termStart[b], end = termStart[b + 1]; t < end; t++) {
            int m = 1;
            double pNew = termEci[t] * phi[termCenterPhi[t] + nw];
            double pOld = termEci[t] * phi[termCenterPhi[t] + old];
            for (int q = termOthersStart[t], qe = termOthersStart[t + 1]; q < qe; q++) {
                int n = nb[base + otherSlot[q]];
                if (n == s) {
                    m++;
                    pNew *= phi[otherPhi[q] + nw];
                    pOld *= phi[otherPhi[q] + old];
                } else {
                    pNew *= phi[otherPhi[q] + occ[n]];
                    pOld *= phi[otherPhi[q] + occ[n]];
                }
            }
            d += (pNew - pOld) / m;
        }
        return d;
    }
}
