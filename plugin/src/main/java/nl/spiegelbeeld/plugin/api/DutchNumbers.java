package nl.spiegelbeeld.plugin.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the screens write them: whole percentages ({@code 38%}), rates per 1,000 with one
 * decimal ({@code 12,3} in Dutch, {@code 12.3} in English) and counts with a thousands separator
 * ({@code 1.234}). Pure; rounding is half up, as people round by hand.
 */
public final class DutchNumbers {

  private DutchNumbers() {}

  /** The supported languages; Dutch is the default. */
  public enum Language {
    NL(Locale.forLanguageTag("nl-NL")),
    EN(Locale.forLanguageTag("en-GB"));

    private final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }
  }

  /**
   * {@code numerator / denominator} as a whole percentage. A share that is not zero never shows as
   * {@code 0%} and one that is not everyone never as {@code 100%}: a GP reading "0%" would think
   * nobody is affected.
   */
  public static String percent(int numerator, int denominator) {
    requireShare(numerator, denominator);
    BigDecimal pct = rounded(numerator, denominator, 100, 0);
    if (numerator > 0 && pct.signum() == 0) {
      return "< 1%";
    }
    if (numerator < denominator && pct.compareTo(BigDecimal.valueOf(100)) == 0) {
      return "> 99%";
    }
    return pct.toPlainString() + "%";
  }

  /** {@code numerator / denominator × 1,000} with one decimal, e.g. {@code 12,3}. */
  public static String perThousand(int numerator, int denominator, Language language) {
    requireShare(numerator, denominator);
    BigDecimal rate = rounded(numerator, denominator, 1000, 1);
    DecimalFormat format =
        new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(language.locale));
    return format.format(rate);
  }

  /** A count with the language's thousands separator: {@code 1.234} / {@code 1,234}. */
  public static String count(int value, Language language) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(language.locale))
        .format(value);
  }

  /** The rate as a number for charts: percentage or per 1,000, one decimal; null without base. */
  public static Double rate(int numerator, int denominator, int base) {
    if (denominator == 0) {
      return null;
    }
    return rounded(numerator, denominator, base, 1).doubleValue();
  }

  private static BigDecimal rounded(int numerator, int denominator, int base, int scale) {
    return BigDecimal.valueOf((long) numerator * base)
        .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }

  private static void requireShare(int numerator, int denominator) {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("not a share: " + numerator + " of " + denominator);
    }
  }
}
