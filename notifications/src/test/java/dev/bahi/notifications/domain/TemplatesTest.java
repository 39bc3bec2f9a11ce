package dev.bahi.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.notifications.api.MessageTemplate;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.QuietHours;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.RuleViolations;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    @Test
    void slots_are_filled_and_missing_values_leave_nothing() {
        Map<String, String> values = new HashMap<>(Map.of("customerName", "Meena", "balance", "1,250.00",
                "shopName", "Sharma Kirana"));
        String text = TemplateText.render(TemplateCatalogue.standard(NotificationKind.UDHAAR_REMINDER, "en").body(),
                values);
        assertThat(text).isEqualTo("Namaste Meena, a gentle reminder from Sharma Kirana: ₹1,250.00 is due on your "
                + "khata. Pay by UPI:");
    }

    @Test
    void hindi_templates_exist_for_every_kind_and_other_languages_fall_back_to_english() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(TemplateCatalogue.standard(kind, "hi").body()).matches(".*[\\u0900-\\u097F].*");
            assertThat(TemplateCatalogue.standard(kind, "ta").body())
                    .isEqualTo(TemplateCatalogue.standard(kind, "en").body());
            MessageTemplate standard = TemplateCatalogue.standard(kind, "hi");
            // Bahi's own templates pass the checks a shop's own must pass.
            assertThat(TemplateText.checked(kind, standard).body()).isEqualTo(standard.body());
        }
    }

    @Test
    void whatsapp_parameters_follow_the_kinds_variable_order_and_are_never_blank() {
        assertThat(TemplateText.parameters(NotificationKind.UDHAAR_REMINDER, Map.of("customerName", "Meena",
                "balance", "10.00", "shopName", "S"))).containsExactly("Meena", "10.00", "S", "-", "-");
    }

    @Test
    void a_template_with_an_unknown_variable_is_refused_at_its_field() {
        assertThatThrownBy(() -> TemplateText.checked(NotificationKind.LOW_STOCK,
                new MessageTemplate("{{itemName}} for {{customerName}}", null, null, null)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.code()).isEqualTo("TEMPLATE_VARIABLE_UNKNOWN");
                    assertThat(e.field()).isEqualTo("body");
                });
    }

    @Test
    void every_fault_of_a_template_is_reported_together() {
        assertThatThrownBy(() -> TemplateText.checked(NotificationKind.INVOICE,
                new MessageTemplate("{{nope}}", null, "Bad Name", "12ab")))
                .isInstanceOfSatisfying(RuleViolations.class, e -> assertThat(e.violations())
                        .extracting(RuleViolations.Violation::code)
                        .containsExactly("TEMPLATE_VARIABLE_UNKNOWN", "WHATSAPP_TEMPLATE_INVALID",
                                "DLT_TEMPLATE_ID_INVALID"));
    }

    @Test
    void quiet_hours_span_midnight() {
        QuietHours night = new QuietHours("21:00", "08:00");
        assertThat(PreferencesPolicy.quietUntil(night, LocalTime.of(22, 15))).isEqualTo(LocalTime.of(8, 0));
        assertThat(PreferencesPolicy.quietUntil(night, LocalTime.of(7, 59))).isEqualTo(LocalTime.of(8, 0));
        assertThat(PreferencesPolicy.quietUntil(night, LocalTime.of(8, 0))).isNull();
        assertThat(PreferencesPolicy.quietUntil(new QuietHours("13:00", "15:00"), LocalTime.of(14, 0)))
                .isEqualTo(LocalTime.of(15, 0));
        assertThat(PreferencesPolicy.quietUntil(null, LocalTime.NOON)).isNull();
    }
}
