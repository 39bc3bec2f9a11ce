package dev.bahi.notifications.domain;

import dev.bahi.notifications.api.MessageTemplate;
import dev.bahi.notifications.api.NotificationKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bahi's own templates, in English and Hindi, and the variables of each kind of message. The order of the variables
 * is the order of the body parameters of the kind's WhatsApp template ({@code bahi_<kind>}), which an operator
 * registers once on the WhatsApp Business account.
 */
public final class TemplateCatalogue {
    /** Languages a shop may write templates in; Bahi's own exist in the first two, the rest fall back to English. */
    public static final List<String> LANGUAGES = List.of("en", "hi", "bn", "gu", "kn", "ml", "mr", "pa", "ta", "te");
    public static final String DEFAULT_LANGUAGE = "en";

    private static final Map<NotificationKind, List<String>> VARIABLES = Map.of(
            NotificationKind.INVOICE,
            List.of("customerName", "documentType", "invoiceNumber", "amount", "due", "shopName", "link"),
            NotificationKind.RECEIPT, List.of("customerName", "amount", "paid", "due", "date", "shopName"),
            NotificationKind.UDHAAR_REMINDER, List.of("customerName", "balance", "shopName", "upiLink", "note"),
            NotificationKind.PAYMENT_RECEIPT,
            List.of("customerName", "amount", "method", "date", "reference", "shopName"),
            NotificationKind.LOW_STOCK, List.of("itemName", "sku", "onHand", "minStock", "unit", "shopName"),
            NotificationKind.DAILY_SUMMARY, List.of("date", "salesCount", "net", "cash", "upi", "card", "creditGiven",
                    "creditCollected", "lowStockCount", "shopName"));

    private static final Map<NotificationKind, String[]> ENGLISH = Map.of(
            NotificationKind.INVOICE, new String[] {
                "Namaste {{customerName}}, thank you for shopping at {{shopName}}. Your {{documentType}} "
                        + "{{invoiceNumber}} for ₹{{amount}} is here: {{link}} (due ₹{{due}}).",
                "{{documentType}} {{invoiceNumber}} from {{shopName}}"},
            NotificationKind.RECEIPT, new String[] {
                "Namaste {{customerName}}, thank you for shopping at {{shopName}} on {{date}}: ₹{{amount}}, paid "
                        + "₹{{paid}}, due ₹{{due}}.",
                "Your receipt from {{shopName}}"},
            NotificationKind.UDHAAR_REMINDER, new String[] {
                "Namaste {{customerName}}, a gentle reminder from {{shopName}}: ₹{{balance}} is due on your khata. "
                        + "Pay by UPI: {{upiLink}} {{note}}",
                "₹{{balance}} due at {{shopName}}"},
            NotificationKind.PAYMENT_RECEIPT, new String[] {
                "Namaste {{customerName}}, {{shopName}} received ₹{{amount}} by {{method}} on {{date}} "
                        + "(ref {{reference}}). Thank you!",
                "Payment received by {{shopName}}"},
            NotificationKind.LOW_STOCK, new String[] {
                "{{shopName}}: {{itemName}} ({{sku}}) is low on stock: {{onHand}} {{unit}} left, minimum "
                        + "{{minStock}} {{unit}}.",
                "Low stock: {{itemName}}"},
            NotificationKind.DAILY_SUMMARY, new String[] {
                "{{shopName}} on {{date}}: {{salesCount}} sales, net ₹{{net}}. Cash ₹{{cash}}, UPI ₹{{upi}}, card "
                        + "₹{{card}}. Udhaar given ₹{{creditGiven}}, collected ₹{{creditCollected}}. "
                        + "{{lowStockCount}} items went low on stock.",
                "{{shopName}}: the day of {{date}}"});

    private static final Map<NotificationKind, String[]> HINDI = Map.of(
            NotificationKind.INVOICE, new String[] {
                "नमस्ते {{customerName}}, {{shopName}} से खरीदारी के लिए धन्यवाद। आपका {{documentType}} "
                        + "{{invoiceNumber}} (₹{{amount}}) यहाँ है: {{link}} (बकाया ₹{{due}})।",
                "{{shopName}} से {{documentType}} {{invoiceNumber}}"},
            NotificationKind.RECEIPT, new String[] {
                "नमस्ते {{customerName}}, {{date}} को {{shopName}} से ₹{{amount}} की खरीद। भुगतान ₹{{paid}}, "
                        + "बकाया ₹{{due}}। धन्यवाद!",
                "{{shopName}} की रसीद"},
            NotificationKind.UDHAAR_REMINDER, new String[] {
                "नमस्ते {{customerName}}, {{shopName}} की ओर से याद दिलाना: आपके खाते में ₹{{balance}} बकाया है। "
                        + "UPI से भुगतान करें: {{upiLink}} {{note}}",
                "{{shopName}} में ₹{{balance}} बकाया"},
            NotificationKind.PAYMENT_RECEIPT, new String[] {
                "नमस्ते {{customerName}}, {{shopName}} को {{date}} को {{method}} से ₹{{amount}} प्राप्त हुए "
                        + "(संदर्भ {{reference}})। धन्यवाद!",
                "{{shopName}} को भुगतान मिला"},
            NotificationKind.LOW_STOCK, new String[] {
                "{{shopName}}: {{itemName}} ({{sku}}) का स्टॉक कम है: {{onHand}} {{unit}} बचा है, न्यूनतम "
                        + "{{minStock}} {{unit}}।",
                "स्टॉक कम: {{itemName}}"},
            NotificationKind.DAILY_SUMMARY, new String[] {
                "{{shopName}}, {{date}}: {{salesCount}} बिक्री, शुद्ध ₹{{net}}। नकद ₹{{cash}}, UPI ₹{{upi}}, कार्ड "
                        + "₹{{card}}। उधार दिया ₹{{creditGiven}}, वसूला ₹{{creditCollected}}। {{lowStockCount}} सामान "
                        + "का स्टॉक कम हुआ।",
                "{{shopName}}: {{date}} का हिसाब"});

    private TemplateCatalogue() {
    }

    /** The kind's variables, in the order of its WhatsApp template's body parameters. */
    public static List<String> variables(NotificationKind kind) {
        return VARIABLES.get(kind);
    }

    public static boolean supported(String language) {
        return language != null && LANGUAGES.contains(language);
    }

    /** Bahi's template of a kind in a language, English where Bahi has none in that language. */
    public static MessageTemplate standard(NotificationKind kind, String language) {
        String[] words = ("hi".equals(language) ? HINDI : ENGLISH).get(kind);
        return new MessageTemplate(words[0], words[1], whatsAppTemplateOf(kind), null);
    }

    public static String whatsAppTemplateOf(NotificationKind kind) {
        return "bahi_" + kind.name().toLowerCase(Locale.ROOT);
    }

    static Set<String> variableSet(NotificationKind kind) {
        return Set.copyOf(VARIABLES.get(kind));
    }
}
