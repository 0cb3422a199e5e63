package nl.spiegelbeeld.mappings.derive;

/**
 * Age bands (indicators.md §1, Population): fine bands for local use, coarse bands for anything
 * shared (small cells, indicators.md §5).
 */
public final class AgeBand {

  /** Local bands: 0–17, 18–39, 40–49, 50–59, 60–69, 70–79, 80+. */
  public enum Local {
    AGE_0_17("0–17", 0),
    AGE_18_39("18–39", 18),
    AGE_40_49("40–49", 40),
    AGE_50_59("50–59", 50),
    AGE_60_69("60–69", 60),
    AGE_70_79("70–79", 70),
    AGE_80_PLUS("80+", 80);

    private final String label;
    private final int from;

    Local(String label, int from) {
      this.label = label;
      this.from = from;
    }

    public String label() {
      return label;
    }
  }

  /** Shared bands: < 65, 65–79, 80+. */
  public enum Shared {
    UNDER_65("< 65", 0),
    AGE_65_79("65–79", 65),
    AGE_80_PLUS("80+", 80);

    private final String label;
    private final int from;

    Shared(String label, int from) {
      this.label = label;
      this.from = from;
    }

    public String label() {
      return label;
    }
  }

  private AgeBand() {}

  /** The local band of an age in completed years. */
  public static Local local(int age) {
    requireAge(age);
    Local band = Local.AGE_0_17;
    for (Local b : Local.values()) {
      if (age >= b.from) {
        band = b;
      }
    }
    return band;
  }

  /** The shared band of an age in completed years. */
  public static Shared shared(int age) {
    requireAge(age);
    Shared band = Shared.UNDER_65;
    for (Shared b : Shared.values()) {
      if (age >= b.from) {
        band = b;
      }
    }
    return band;
  }

  private static void requireAge(int age) {
    if (age < 0) {
      throw new IllegalArgumentException("negative age " + age);
    }
  }
}
