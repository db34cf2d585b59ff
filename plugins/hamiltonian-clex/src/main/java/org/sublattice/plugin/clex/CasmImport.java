package org.sublattice.plugin.clex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sublattice.api.InvalidInputException;
import org.sublattice.api.crystal.Prim;
import org.sublattice.api.crystal.SiteCoord;
import org.sublattice.crystal.ClusterSpace;
import org.sublattice.crystal.ClusterSpace.DecoratedSite;
import org.sublattice.crystal.FactorGroup;
import org.sublattice.crystal.SiteBasis;

/**
 * Imports a CASM cluster expansion ({@code eci.json}, i.e. {@code basis.json} with {@code eci}
 * values; layout of CASM v1.2+) onto a prim that must equal CASM's (same basis order and
 * occupants, as read from its {@code prim.json}).
 *
 * <p>Nothing of CASM's symmetry bookkeeping is trusted: orbits are regenerated from our factor
 * group with branch lengths taken from the file's orbits, each CASM prototype cluster is located
 * in our orbits by its canonical form, and each term {@code c·Π φ_{b,i}(s_j)} of a function's
 * LaTeX formula is mapped to our decorated function orbit g. CASM's energy per cell is
 * Σ_F eci_F·⟨Φ_F⟩ (orbit average, no multiplicity), which gives our ECIs
 * V_g = Σ_F eci_F Σ_{terms of F in g} c / m_g in CASM's site basis (read from
 * {@code site_functions}); they are then transformed exactly to the occupation basis.
 */
final class CasmImport {
    private static final Pattern PHI = Pattern.compile("\\\\phi_\\{(\\d+),(\\d+)\\}\\(s_\\{(\\d+)\\}\\)");
    /** Extra length allowed over the longest CASM prototype of a branch when regenerating orbits (Å). */
    static final double BRANCH_SLACK = 1e-3;

    private CasmImport() {
    }

    /** Whether the file looks like a CASM basis.json/eci.json (a JSON object with {@code orbits}). */
    static boolean isCasmBasis(Path file) {
        try {
            String head = Files.readString(file).stripLeading();
            return head.startsWith("{") && head.contains("\"orbits\"");
        } catch (IOException e) {
            return false;
        }
    }

    static ClusterExpansion read(Path file, FactorGroup group) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read CASM model " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString(), group);
    }

    static ClusterExpansion parse(String json, String source, FactorGroup group) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ": malformed JSON at line " + e.getLocation().getLineNr() + ": " + e.getOriginalMessage());
        }
        Prim prim = group.prim();
        JsonNode orbits = root.path("orbits");
        if (!orbits.isArray()) {
            throw new InvalidInputException(source + ": no 'orbits' array; expected a CASM basis.json/eci.json (v1.2 or later)");
        }
        // Branch specs from the prototypes themselves.
        TreeMap<Integer, Double> longest = new TreeMap<>();
        for (JsonNode o : orbits) {
            int size = o.path("prototype").path("sites").size();
            if (size >= 2) {
                longest.merge(size, o.path("prototype").path("max_length").asDouble(), Math::max);
            }
        }
        int top = longest.isEmpty() ? 1 : longest.lastKey();
        double[] max = new double[top + 1];
        for (int n = top; n >= 2; n--) {
            // A branch must reach at least as far as the next one, so sub-clusters exist for the basis change.
            double here = longest.getOrDefault(n, 0.0) + BRANCH_SLACK;
            max[n] = n < top ? Math.max(here, max[n + 1]) : here;
        }
        ClusterSpace space = new ClusterSpace(group, max);
        SiteBasis casmBasis = SiteBasis.tabulated(prim, siteFunctions(root.path("site_functions"), prim, source));

        Map<List<DecoratedSite>, Integer> functionOf = new HashMap<>();
        for (ClusterSpace.Function f : space.functions()) {
            for (List<DecoratedSite> m : f.members()) {
                functionOf.put(m, f.index());
            }
        }
        double[] v = new double[space.functions().size()];
        for (JsonNode o : orbits) {
            int orbitIndex = o.path("linear_orbit_index").asInt(-1);
            List<SiteCoord> proto = new ArrayList<>();
            for (JsonNode s : o.path("prototype").path("sites")) {
                if (!s.isArray() || s.size() != 4) {
                    throw new InvalidInputException(source + ": orbit " + orbitIndex + ": prototype site " + s + " is not [b, i, j, k]");
                }
                SiteCoord c = new SiteCoord(s.get(0).asInt(), s.get(1).asInt(), s.get(2).asInt(), s.get(3).asInt());
                if (c.b() >= prim.size()) {
                    throw new InvalidInputException(source + ": orbit " + orbitIndex + ": sublattice " + c.b() + " does not exist in a prim of "
                            + prim.size() + " sites");
                }
                proto.add(c);
            }
            for (JsonNode f : o.path("cluster_functions")) {
                if (!f.has("eci") || f.get("eci").asDouble() == 0) {
                    continue;
                }
                double eci = f.get("eci").asDouble();
                String formula = formulaOf(f);
                for (Term t : terms(formula, source, orbitIndex)) {
                    List<DecoratedSite> d = new ArrayList<>();
                    for (int[] factor : t.factors()) {
                        int b = factor[0];
                        int j = factor[2];
                        if (j >= proto.size() || proto.get(j).b() != b) {
                            throw new InvalidInputException(source + ": orbit " + orbitIndex + ": formula '" + formula + "' uses φ_{" + b + ","
                                    + factor[1] + "} on site s_" + j + ", which is not a site of sublattice " + b + " in the prototype " + proto);
                        }
                        d.add(new DecoratedSite(proto.get(j), factor[1] + 1));
                    }
                    Integer g = functionOf.get(ClusterSpace.canonicalDecorated(d));
                    if (g == null) {
                        throw new InvalidInputException(source + ": orbit " + orbitIndex + " with prototype " + proto
                                + " cannot be mapped onto the orbits of this prim (is the prim the one the model was made for?)");
                    }
                    v[g] += eci * t.coefficient() / space.functions().get(g).multiplicity();
                }
            }
        }
        double[] occupation = SiteBasis.transform(space, casmBasis, SiteBasis.occupation(prim), v);
        return new ClusterExpansion(root.path("prim").path("title").asText("CASM model"), source, space, SiteBasis.occupation(prim), occupation);
    }

    private static String formulaOf(JsonNode f) {
        for (Iterator<Map.Entry<String, JsonNode>> it = f.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("\\Phi")) {
                return e.getValue().asText();
            }
        }
        return "1";
    }

    private static double[][][] siteFunctions(JsonNode list, Prim prim, String source) {
        double[][][] out = new double[prim.size()][][];
        for (JsonNode sf : list) {
            int b = sf.path("sublat").asInt(-1);
            if (b < 0 || b >= prim.size()) {
                throw new InvalidInputException(source + ": site_functions names sublattice " + b + "; the prim has " + prim.size());
            }
            List<String> occ = prim.basis().get(b).occupants();
            JsonNode basis = sf.path("occ").path("basis");
            if (occ.size() == 1) {
                out[b] = new double[0][];
                continue;
            }
            out[b] = new double[occ.size() - 1][occ.size()];
            for (int i = 0; i < occ.size() - 1; i++) {
                JsonNode fn = basis.path("\\phi_{" + b + "," + i + "}");
                if (!fn.isObject()) {
                    throw new InvalidInputException(source + ": site_functions of sublattice " + b + " lack \\phi_{" + b + "," + i + "}");
                }
                for (int k = 0; k < occ.size(); k++) {
                    JsonNode val = fn.path(occ.get(k));
                    if (!val.isNumber()) {
                        throw new InvalidInputException(source + ": \\phi_{" + b + "," + i + "} gives no value for occupant '" + occ.get(k)
                                + "' of sublattice " + b + " (the prim's occupants are " + occ + ")");
                    }
                    out[b][i][k] = val.asDouble();
                }
            }
        }
        for (int b = 0; b < prim.size(); b++) {
            if (out[b] == null) {
                if (prim.basis().get(b).occupants().size() > 1) {
                    throw new InvalidInputException(source + ": site_functions has no entry for sublattice " + b);
                }
                out[b] = new double[0][];
            }
        }
        return out;
    }

    /** One product term: coefficient and factors {b, i, j} for φ_{b,i}(s_j). */
    record Term(double coefficient, List<int[]> factors) {
    }

    /** Parses CASM's formula: [prefactor]( term ± term … ) or a single term; prefactors are numbers, \sqrt{…}, \frac{…}{…}. */
    static List<Term> terms(String formula, String source, int orbit) {
        String f = formula.replace(" ", "");
        double[] pre = new double[] {1};
        int i = prefactor(f, 0, pre, source, orbit, formula);
        String body = f.substring(i);
        if (body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        List<Term> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        for (int k = 0; k <= body.length(); k++) {
            char c = k < body.length() ? body.charAt(k) : '+';
            if (c == '{' || c == '(') {
                depth++;
            } else if (c == '}' || c == ')') {
                depth--;
            } else if ((c == '+' || c == '-') && depth == 0 && k > start && !exponent(body, k)) {
                out.add(term(body.substring(start, k), pre[0], source, orbit, formula));
                start = c == '-' ? k : k + 1;
            }
        }
        return out;
    }

    private static boolean exponent(String s, int k) {
        return k > 0 && (s.charAt(k - 1) == 'e' || s.charAt(k - 1) == 'E') && k > 1 && Character.isDigit(s.charAt(k - 2));
    }

    private static Term term(String t, double pre, String source, int orbit, String formula) {
        double[] c = new double[] {1};
        String s = t;
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.startsWith("-")) {
            c[0] = -1;
            s = s.substring(1);
        }
        int i = prefactor(s, 0, c, source, orbit, formula);
        String rest = s.substring(i);
        List<int[]> factors = new ArrayList<>();
        Matcher m = PHI.matcher(rest);
        int pos = 0;
        while (m.find()) {
            if (m.start() != pos) {
                throw unreadable(source, orbit, formula);
            }
            factors.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
            pos = m.end();
        }
        if (pos != rest.length() && !(rest.equals("1") && factors.isEmpty())) {
            throw unreadable(source, orbit, formula);
        }
        return new Term(pre * c[0], factors);
    }

    private static int prefactor(String f, int i, double[] value, String source, int orbit, String formula) {
        while (i < f.length()) {
            if (f.startsWith("\\sqrt{", i)) {
                int end = f.indexOf('}', i);
                value[0] *= Math.sqrt(ratio(f.substring(i + 6, end), source, orbit, formula));
                i = end + 1;
            } else if (f.startsWith("\\frac{", i)) {
                int mid = f.indexOf('}', i);
                int end = f.indexOf('}', mid + 1);
                value[0] *= number(f.substring(i + 6, mid), source, orbit, formula) / number(f.substring(mid + 2, end), source, orbit, formula);
                i = end + 1;
            } else if (Character.isDigit(f.charAt(i)) || f.charAt(i) == '.') {
                int end = i;
                while (end < f.length() && (Character.isDigit(f.charAt(end)) || f.charAt(end) == '.' || f.charAt(end) == 'e'
                        || (f.charAt(end) == '-' && end > i && f.charAt(end - 1) == 'e'))) {
                    end++;
                }
                if (end == f.length() && f.substring(i).equals("1")) {
                    return i; // the constant function "1" is a term, not a prefactor
                }
                value[0] *= number(f.substring(i, end), source, orbit, formula);
                i = end;
                if (i < f.length() && f.charAt(i) == '*') {
                    i++;
                }
            } else {
                break;
            }
        }
        return i;
    }

    private static double ratio(String s, String source, int orbit, String formula) {
        int slash = s.indexOf('/');
        return slash < 0 ? number(s, source, orbit, formula)
                : number(s.substring(0, slash), source, orbit, formula) / number(s.substring(slash + 1), source, orbit, formula);
    }

    private static double number(String s, String source, int orbit, String formula) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw unreadable(source, orbit, formula);
        }
    }

    private static InvalidInputException unreadable(String source, int orbit, String formula) {
        return new InvalidInputException(source + ": orbit " + orbit + ": cannot read the cluster function '" + formula
                + "' (expected a prefactor and products of \\phi_{b,i}(s_{j}))");
    }
}
