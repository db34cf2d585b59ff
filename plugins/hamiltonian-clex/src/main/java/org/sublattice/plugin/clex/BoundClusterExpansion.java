package org.sublattice.plugin.clex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sublattice.api.BoundHamiltonian;
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
 * every site s. Then ΔE of changing site s is Σ_t V_t (φ_t(new) − φ_t(old)) Π_others φ, and the
 * total energy is Σ_s Σ_t V_t Π φ / |cluster| + V_0·N_prim. Nothing is allocated per call.
 *
 * <p>In supercells so small that a cluster wraps onto itself (an "other" site is s itself), the
 * product depends on s twice; those supercells use an exact slow path that applies the change,
 * evaluates, and restores.
 */
final class BoundClusterExpansion implements BoundHamiltonian {
    private final Supercell sc;
    private final int volume;
    private final double constant;
    private final int width;
    private final int[] nbr;
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

    BoundClusterExpansion(Supercell sc, ClusterSpace space, SiteBasis basis, double[] eci) {
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
        this.nbr = new int[sc.size() * Math.max(w, 1)];
        boolean selfWrap = false;
        for (int s = 0; s < sc.size(); s++) {
            int b = sc.basis(s);
            int[] t = sc.translation(s);
            List<int[]> slots = slotsPerBasis.get(b);
            for (int k = 0; k < slots.size(); k++) {
                int[] r = slots.get(k);
                int idx = sc.index(r[0], t[0] + r[1], t[1] + r[2], t[2] + r[3]);
                nbr[s * w + k] = idx;
                selfWrap |= idx == s;
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
        int b = site / volume;
        int base = site * width;
        double d = 0;
        for (int t = termStart[b], end = termStart[b + 1]; t < end; t++) {
            double dc = phi[termCenterPhi[t] + newOccupant] - phi[termCenterPhi[t] + old];
            if (dc == 0) {
                continue;
            }
            double prod = termEci[t] * dc;
            for (int q = termOthersStart[t], qe = termOthersStart[t + 1]; q < qe && prod != 0; q++) {
                prod *= phi[otherPhi[q] + occ[nbr[base + otherSlot[q]]]];
            }
            d += prod;
        }
        return d;
    }

    /** Σ over the local terms of site s with s holding {@code value}; weighted 1/|cluster| if asked. */
    private double local(byte[] occ, int s, int value, boolean perCluster) {
        int b = s / volume;
        int base = s * width;
        double e = 0;
        for (int t = termStart[b], end = termStart[b + 1]; t < end; t++) {
            double prod = termEci[t] * phi[termCenterPhi[t] + value];
            for (int q = termOthersStart[t], qe = termOthersStart[t + 1]; q < qe && prod != 0; q++) {
                int n = nbr[base + otherSlot[q]];
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
        int base = s * width;
        int old = occ[s];
        double d = 0;
        for (int t = termStart[b], end = termStart[b + 1]; t < end; t++) {
            int m = 1;
            double pNew = termEci[t] * phi[termCenterPhi[t] + nw];
            double pOld = termEci[t] * phi[termCenterPhi[t] + old];
            for (int q = termOthersStart[t], qe = termOthersStart[t + 1]; q < qe; q++) {
                int n = nbr[base + otherSlot[q]];
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
