package dev.bahi.identity.application;

import dev.bahi.identity.api.Role;
import dev.bahi.identity.application.port.in.OnboardingUseCase.OwnerInput;
import dev.bahi.identity.application.port.out.LoginDirectory;
import dev.bahi.platform.runtime.demo.DemoData;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import java.util.ArrayList;
import java.util.List;

/** Two demo shops, each with an owner and a cashier, created once and listed on every start with the demo flag. */
public final class IdentityDemoData implements DemoData {
    static final String PASSWORD = "bahi-demo-2026";

    private record DemoShop(BusinessProfile profile, String ownerName, String ownerEmail, String cashierName,
                            String cashierPhone) {
    }

    private static final List<DemoShop> SHOPS = List.of(
            new DemoShop(new BusinessProfile("Sharma Kirana Store", "Sharma Traders", GstRegistration.REGULAR,
                    "27AAPFU0939F1ZV", "27", new Address("12 MG Road", null, "Pune", "411001"), "+919812345678",
                    "shop@sharma.example", "sharmakirana@okicici", "Asia/Kolkata", "INV"),
                    "Ravi Sharma", "ravi@sharma.example", "Anil Kale", "+919822012345"),
            new DemoShop(new BusinessProfile("Patil Medical and General", "Patil Healthcare LLP",
                    GstRegistration.COMPOSITION, "29AAGCB7383J1Z4", "29",
                    new Address("4th Cross, Jayanagar", null, "Bengaluru", "560041"), "+919845012345",
                    null, "patilmedical@okaxis", "Asia/Kolkata", "PMG"),
                    "Meena Patil", "meena@patil.example", "Kiran Rao", "+919845098765"));

    private final OnboardingService onboarding;
    private final UserRegistrar registrar;
    private final LoginDirectory logins;

    public IdentityDemoData(OnboardingService onboarding, UserRegistrar registrar, LoginDirectory logins) {
        this.onboarding = onboarding;
        this.registrar = registrar;
        this.logins = logins;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<String> create() {
        List<String> lines = new ArrayList<>();
        for (DemoShop shop : SHOPS) {
            List<LoginDirectory.Entry> existing = logins.find(shop.ownerEmail());
            String tenantId;
            if (existing.isEmpty()) {
                tenantId = onboarding.signUp(shop.profile(),
                        new OwnerInput(shop.ownerName(), shop.ownerEmail(), null, PASSWORD)).tenantId();
                var cashier = registrar.check(null, shop.cashierName(), null, shop.cashierPhone(), PASSWORD);
                registrar.register(tenantId, cashier, null, c -> Role.CASHIER);
            } else {
                tenantId = existing.get(0).tenantId();
            }
            lines.add(shop.profile().name() + " (tenant " + tenantId + ")");
            lines.add("  OWNER   login " + shop.ownerEmail() + "  password " + PASSWORD);
            lines.add("  CASHIER login " + shop.cashierPhone() + "  password " + PASSWORD);
        }
        return lines;
    }
}
