package org.tto.archfixture;

import org.tto.api.TtoApplication;

/** A deliberate violation, for {@code ArchitectureRulesCatchViolationsTest}: "core" code reaching into tto-api. */
public class CoreClassReachingIntoApi {

    public Class<?> application() {
        return TtoApplication.class;
    }
}
