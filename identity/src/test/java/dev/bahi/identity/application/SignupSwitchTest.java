package dev.bahi.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.identity.application.port.in.OnboardingUseCase.OwnerInput;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;

/** {@code bahi.signup.enabled=false} closes self-service signup before anything is checked or written. */
class SignupSwitchTest {

    @Test
    void with_signup_switched_off_no_command_is_sent_and_the_caller_is_told_why() {
        List<Object> dispatched = new ArrayList<>();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.registerDispatchInterceptor(messages -> (i, m) -> {
            dispatched.add(m.getPayload());
            return m;
        });
        var commands = DefaultCommandGateway.builder().commandBus(bus).build();
        OnboardingService onboarding = new OnboardingService(commands, null, null, false, Clock.systemUTC());

        BusinessProfile shop = new BusinessProfile("Closed Stores", null, GstRegistration.UNREGISTERED, null, "27",
                null, null, null, null, null, null);
        assertThatThrownBy(() -> onboarding.signUp(shop,
                new OwnerInput("Ravi", "ravi@closed.example", null, "correct horse battery")))
                .isInstanceOfSatisfying(AccessRefused.class, e -> {
                    assertThat(e.code()).isEqualTo("SIGNUP_DISABLED");
                    assertThat(e.kind()).isEqualTo(AccessRefused.Kind.FORBIDDEN);
                });
        assertThat(dispatched).isEmpty();
    }
}
