package org.sublattice.plugin.enumerate;

import com.google.auto.service.AutoService;
import java.util.List;
import org.sublattice.api.Contribution;
import org.sublattice.api.SublatticePlugin;

/** Contributes the {@code enumerate} task. */
@AutoService(SublatticePlugin.class)
public final class EnumeratePlugin implements SublatticePlugin {
    @Override
    public String name() {
        return "task-enumerate";
    }

    @Override
    public List<Contribution> contributions() {
        return List.of(Contribution.task("enumerate", EnumerateFactory.class));
    }
}
