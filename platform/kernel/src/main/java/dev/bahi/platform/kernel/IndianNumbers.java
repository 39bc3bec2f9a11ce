package dev.bahi.platform.kernel;

/**
 * Rupee amounts the way Indian documents print them: lakh/crore digit grouping ("1,23,45,678.50") and the
 * amount in words ("Rupees One Crore Twenty-Three Lakh ... Only"). Plain code rather than {@code NumberFormat},
 * whose {@code en-IN} locale groups in thousands on JDK 17.
 */
public final class IndianNumbers {
    private static final String[] UNITS = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
            "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
            "Ninety"};
    private static final long CRORE = 10_000_000L;
    private static final long LAKH = 100_000L;

    private IndianNumbers() {
    }

    /** "1,23,45,678.50" for 1234567850 paise, "0.99" for 99, "-1,234.00" for -123400. */
    public static String rupees(long paise) {
        // Divide before taking the absolute value, so that Long.MIN_VALUE does not overflow.
        long rupees = Math.abs(paise / 100);
        long fraction = Math.abs(paise % 100);
        String digits = Long.toString(rupees);
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 2 + 4);
        if (paise < 0) {
            out.append('-');
        }
        int head = digits.length() - 3;
        if (head <= 0) {
            out.append(digits);
        } else {
            // Before the last three digits the groups are of two; the first group may be one digit.
            int first = head % 2 == 0 ? 2 : 1;
            out.append(digits, 0, first);
            for (int i = first; i < head; i += 2) {
                out.append(',').append(digits, i, i + 2);
            }
            out.append(',').append(digits, head, digits.length());
        }
        out.append('.');
        if (fraction < 10) {
            out.append('0');
        }
        return out.append(fraction).toString();
    }

    /**
     * "Rupees Ten Thousand Eight Hundred Twenty-Two Only" for 1082200 paise; paise, when there are any, follow
     * as "and Fifty Paise". A negative amount is refused: documents print credit amounts as positive values.
     */
    public static String amountInWords(long paise) {
        if (paise < 0) {
            throw new IllegalArgumentException("an amount in words cannot be negative: " + paise + " paise");
        }
        long rupees = paise / 100;
        long fraction = paise % 100;
        StringBuilder out = new StringBuilder("Rupees ").append(words(rupees));
        if (fraction > 0) {
            out.append(" and ").append(words(fraction)).append(" Paise");
        }
        return out.append(" Only").toString();
    }

    /** Indian-system words for a non-negative whole number; crores above 99 recurse ("One Hundred Crore"). */
    static String words(long n) {
        if (n == 0) {
            return UNITS[0];
        }
        StringBuilder out = new StringBuilder();
        long crore = n / CRORE;
        if (crore > 0) {
            append(out, words(crore) + " Crore");
        }
        appendGroup(out, (n / LAKH) % 100, "Lakh");
        appendGroup(out, (n / 1000) % 100, "Thousand");
        appendGroup(out, (n / 100) % 10, "Hundred");
        long lastTwo = n % 100;
        if (lastTwo > 0) {
            append(out, belowHundred(lastTwo));
        }
        return out.toString();
    }

    private static void appendGroup(StringBuilder out, long count, String name) {
        if (count > 0) {
            append(out, belowHundred(count) + " " + name);
        }
    }

    private static String belowHundred(long n) {
        if (n < 20) {
            return UNITS[(int) n];
        }
        String tens = TENS[(int) (n / 10)];
        return n % 10 == 0 ? tens : tens + "-" + UNITS[(int) (n % 10)];
    }

    private static void append(StringBuilder out, String words) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(words);
    }
}
