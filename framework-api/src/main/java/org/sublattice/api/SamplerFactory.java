package org.sublattice.api;

/**
 * Creates a {@link Sampler} from its parameters.
 *
 * @param <P> the parameter record
 */
public interface SamplerFactory<P extends Record> extends ComponentFactory<P> {

    /**
     * @param parameters validated parameters
     * @param context where referenced files are resolved
     * @return the sampler; never null
     */
    Sampler create(P parameters, BuildContext context);
}
