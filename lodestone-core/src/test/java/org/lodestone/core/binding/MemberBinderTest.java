package org.lodestone.core.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lodestone.core.ario.ArioParameters;
import org.lodestone.core.mrio.IoTable;
import org.lodestone.core.scenario.EventSpec;
import org.lodestone.core.scenario.NodeRef;
import org.lodestone.core.scenario.Scenario;
import org.lodestone.core.shock.Event;
import org.lodestone.core.shock.RecoveryCurve;

/** Ensemble members bound to the two-region table of {@link NodeEventBindingTest}. */
class MemberBinderTest {

    private static final IoTable TABLE = NodeEventBindingTest.table(IoTable.Units.MONETARY);

    private static EventSpec loss(double fraction, int start, int duration) {
        return new EventSpec.CapacityLoss(
                List.of(new NodeRef("A", "mfg")), fraction, start, duration, RecoveryCurve.LINEAR, 5);
    }

    private static Scenario scenario(ArioParameters model, EventSpec event) {
        return NodeEventBindingTest.scenario(model, event);
    }

    @Test
    void membersThatKeepTheModelShareOneOneThreadModel() {
        Scenario base = scenario(ArioParameters.defaults().withThreads(4), loss(0.2, 2, 3));
        MemberBinder binder = new MemberBinder(base, TABLE, Optional.empty());

        BoundEvents first = binder.bind(base.withEvents(List.of(loss(0.3, 2, 3))));
        BoundEvents second = binder.bind(base.withEvents(List.of(loss(0.6, 4, 5))));

        assertThat(binder.problems()).isEmpty();
        assertThat(first.model()).isSameAs(second.model());
        assertThat(first.model().parameters().threads()).isEqualTo(1);
        assertThat(((Event.CapacityLoss) second.events().get(0)).fractions()).containsExactly(0.6);
        assertThat(second.events().get(0).start()).isEqualTo(4);
    }

    @Test
    void aMemberThatVariesTheModelGetsItsOwn() {
        Scenario base = scenario(ArioParameters.defaults(), loss(0.2, 2, 3));
        MemberBinder binder = new MemberBinder(base, TABLE, Optional.empty());

        BoundEvents same = binder.bind(base);
        BoundEvents other = binder.bind(base.withModel(ArioParameters.defaults().withPsi(0.5)));

        assertThat(other.model()).isNotSameAs(same.model());
        assertThat(other.model().parameters().psi()).isEqualTo(0.5);
        assertThat(other.model().parameters().threads()).isEqualTo(1);
    }

    @Test
    void aMemberDrawnPastTheHorizonHasAProblemOfItsOwn() {
        Scenario base = scenario(ArioParameters.defaults(), loss(0.2, 2, 3));
        MemberBinder binder = new MemberBinder(base, TABLE, Optional.empty());

        BoundEvents member = binder.bind(base.withEvents(List.of(loss(0.2, 45, 10))));

        assertThat(member.ok()).isFalse();
        assertThat(member.problems()).singleElement().satisfies(p -> {
            assertThat(p.event()).isZero();
            assertThat(p.text()).contains("goes beyond the horizon (50)");
        });
    }

    @Test
    void aScenarioWhoseModelBlockDoesNotBindBindsNoMember() {
        ArioParameters model = ArioParameters.defaults().withInventory(90, Map.of("chips", 30.0));
        Scenario base = scenario(model, loss(0.2, 2, 3));
        MemberBinder binder = new MemberBinder(base, TABLE, Optional.empty());

        assertThat(binder.problems()).singleElement().satisfies(p -> {
            assertThat(p.event()).isEqualTo(BindingProblem.SCENARIO);
            assertThat(p.value()).isEqualTo("chips");
        });
        assertThatThrownBy(() -> binder.bind(base))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("model block did not bind")
                .hasMessageContaining("chips");
    }
}
