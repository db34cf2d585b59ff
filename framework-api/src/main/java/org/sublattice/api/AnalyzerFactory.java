package org.sublattice.api;

/**
 * Creates an {@link Analyzer} from its parameters.
 *
 * @param <P> the parameter record
 */
public interface AnalyzerFactory<P extends Record> extends ComponentFactory<P> {

    /**
     * @param parameters validated parameters
     * @param context where referenced files are resolved
     * @return the analyzer; never null
     */
    Analyzer create(P parameters, BuildContext context);
}
