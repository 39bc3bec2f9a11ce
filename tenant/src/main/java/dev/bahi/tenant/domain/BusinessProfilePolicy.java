package dev.bahi.tenant.domain;

import dev.bahi.platform.kernel.EmailAddress;
import dev.bahi.platform.kernel.Gstin;
import dev.bahi.platform.kernel.PhoneNumber;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateCode;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import dev.bahi.tenant.api.UpdateTenantProfile.ProfileChanges;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes a shop's business profile acceptable, and how it is written down: every profile the
 * tenant aggregate records has passed {@link #normalise(BusinessProfile)}. Violations name the field
 * relative to the profile ({@code "gstin"}, {@code "address.pincode"}), so callers that nest the profile
 * (signup's {@code business}) can prefix it with {@link RuleViolation#under(String)}.
 */
public final class BusinessProfilePolicy {
    public static final String DEFAULT_TIME_ZONE = BusinessProfile.DEFAULT_TIME_ZONE;
    public static final String DEFAULT_INVOICE_PREFIX = "INV";
    static final int MAX_NAME_LENGTH = 120;

    private static final Pattern UPI_ID = Pattern.compile("^[a-zA-Z0-9._-]{2,256}@[a-zA-Z]{2,64}$");
    private static final Pattern INVOICE_PREFIX = Pattern.compile("^[A-Z0-9/-]{1,10}$");
    private static final Pattern PINCODE = Pattern.compile("^[1-9][0-9]{5}$");

    private BusinessProfilePolicy() {
    }

    /** The profile as it will be recorded: trimmed, defaults filled in, phone in E.164; or a {@link RuleViolation}. */
    public static BusinessProfile normalise(BusinessProfile profile) {
        if (profile == null) {
            throw new RuleViolation("PROFILE_REQUIRED", null, "a business profile is required");
        }
        String name = name(profile.name());
        String legalName = legalName(profile.legalName(), name);
        GstRegistration registration = profile.gstRegistration();
        if (registration == null) {
            throw new RuleViolation("GST_REGISTRATION_REQUIRED", "gstRegistration",
                    "say how the shop is registered under GST: REGULAR, COMPOSITION or UNREGISTERED");
        }
        String stateCode = stateCode(profile.stateCode());
        String gstin = gstin(profile.gstin(), registration, stateCode);
        return new BusinessProfile(name, legalName, registration, gstin, stateCode,
                address(profile.address()), phone(profile.phone()), email(profile.email()), upiId(profile.upiId()),
                timeZone(profile.timeZone()), invoicePrefix(profile.invoicePrefix()));
    }

    /**
     * {@code current} with {@code changes} laid over it, validated as a whole. A null change leaves the field
     * as it is; a blank one clears an optional field (legal name, phone, e-mail, UPI id) or restores the
     * default (time zone, invoice prefix). Moving to {@link GstRegistration#UNREGISTERED} drops the GSTIN,
     * since an unregistered shop has none and null cannot say "remove it".
     */
    public static BusinessProfile merge(BusinessProfile current, ProfileChanges changes) {
        if (changes == null) {
            return current;
        }
        GstRegistration registration = pick(changes.gstRegistration(), current.gstRegistration());
        String gstin = changes.gstin() != null ? changes.gstin()
                : registration == GstRegistration.UNREGISTERED ? null : current.gstin();
        return normalise(new BusinessProfile(
                pick(changes.name(), current.name()),
                pick(changes.legalName(), current.legalName()),
                registration,
                gstin,
                pick(changes.stateCode(), current.stateCode()),
                pick(changes.address(), current.address()),
                pick(changes.phone(), current.phone()),
                pick(changes.email(), current.email()),
                pick(changes.upiId(), current.upiId()),
                pick(changes.timeZone(), current.timeZone()),
                pick(changes.invoicePrefix(), current.invoicePrefix())));
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }

    private static String name(String raw) {
        String name = trimToNull(raw);
        if (name == null) {
            throw new RuleViolation("NAME_REQUIRED", "name", "the shop needs a name");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("NAME_TOO_LONG", "name", "name may have at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }

    private static String legalName(String raw, String name) {
        String legalName = trimToNull(raw);
        if (legalName == null) {
            return name;
        }
        if (legalName.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("LEGAL_NAME_TOO_LONG", "legalName",
                    "legal name may have at most " + MAX_NAME_LENGTH + " characters");
        }
        return legalName;
    }

    private static String stateCode(String raw) {
        String code = trimToNull(raw);
        if (!StateCode.isValid(code)) {
            throw new RuleViolation("STATE_CODE_INVALID", "stateCode",
                    code == null ? "the shop's GST state code is required" : "'" + code + "' is not a GST state code");
        }
        return code;
    }

    private static String gstin(String raw, GstRegistration registration, String stateCode) {
        String typed = trimToNull(raw);
        if (registration == GstRegistration.UNREGISTERED) {
            if (typed != null) {
                throw new RuleViolation("GSTIN_NOT_ALLOWED", "gstin", "an unregistered shop has no GSTIN");
            }
            return null;
        }
        if (typed == null) {
            throw new RuleViolation("GSTIN_REQUIRED", "gstin", "a " + registration + " shop must give its GSTIN");
        }
        Gstin gstin = RuleViolation.at("gstin", () -> Gstin.parse(typed));
        if (!gstin.stateCode().code().equals(stateCode)) {
            // Tax type (CGST+SGST or IGST) is decided from this state code, so it must be the GSTIN's.
            throw new RuleViolation("GSTIN_STATE_MISMATCH", "gstin", "GSTIN " + gstin + " is registered in state "
                    + gstin.stateCode() + ", not in the shop's state " + stateCode);
        }
        return gstin.value();
    }

    private static Address address(Address raw) {
        if (raw == null) {
            return null;
        }
        String pincode = trimToNull(raw.pincode());
        if (pincode == null || !PINCODE.matcher(pincode).matches()) {
            throw new RuleViolation("PINCODE_INVALID", "address.pincode",
                    "a PIN code is 6 digits and does not start with 0");
        }
        return new Address(trimToNull(raw.line1()), trimToNull(raw.line2()), trimToNull(raw.city()), pincode);
    }

    private static String phone(String raw) {
        return RuleViolation.at("phone", () -> PhoneNumber.normalised(raw));
    }

    private static String email(String raw) {
        return RuleViolation.at("email", () -> EmailAddress.normalised(raw));
    }

    private static String upiId(String raw) {
        String upiId = trimToNull(raw);
        if (upiId != null && !UPI_ID.matcher(upiId).matches()) {
            throw new RuleViolation("UPI_ID_INVALID", "upiId", "a UPI id looks like name@bank, e.g. sharmakirana@okicici");
        }
        return upiId;
    }

    private static String timeZone(String raw) {
        String zone = trimToNull(raw);
        if (zone == null) {
            return DEFAULT_TIME_ZONE;
        }
        try {
            // Business dates (the day's sales, the financial year) are computed in this zone later on.
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw new RuleViolation("TIME_ZONE_INVALID", "timeZone", "'" + zone + "' is not a time zone such as Asia/Kolkata");
        }
    }

    private static String invoicePrefix(String raw) {
        String prefix = trimToNull(raw);
        if (prefix == null) {
            return DEFAULT_INVOICE_PREFIX;
        }
        prefix = prefix.toUpperCase(Locale.ROOT);
        if (!INVOICE_PREFIX.matcher(prefix).matches()) {
            // GST rules allow at most 16 characters of letters, digits, '-' and '/' in an invoice number;
            // 10 for the prefix leaves room for the serial.
            throw new RuleViolation("INVOICE_PREFIX_INVALID", "invoicePrefix",
                    "invoice prefix is 1 to 10 letters, digits, '-' or '/'");
        }
        return prefix;
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
