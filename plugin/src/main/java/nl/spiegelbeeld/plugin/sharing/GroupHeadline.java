package nl.spiegelbeeld.plugin.sharing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * The one-line summary of a group comparison, in Dutch and English: where the practice stands
 * against the group average and what the best 10% reach, e.g. "U zit 18 procentpunt boven het
 * groepsgemiddelde; de beste 10% haalt 12%."
 */
final class GroupHeadline {

  /** The headline in both languages. */
  record Text(String nl, String en) {}

  private GroupHeadline() {}

  static Text of(JsonNode comparison) {
    JsonNode own = null;
    for (JsonNode p : comparison.path("practices")) {
      if (p.path("you").asBoolean()) {
        own = p;
      }
    }
    JsonNode average = comparison.path("total").path("percentage");
    JsonNode best = comparison.path("best10").path("percentage");
    String bestNl = best.isNumber() ? "; de beste 10% haalt " + whole(best.asDouble()) + "%" : "";
    String bestEn = best.isNumber() ? "; the best 10% reach " + whole(best.asDouble()) + "%" : "";
    if (own == null || !own.path("submitted").asBoolean()) {
      return new Text(
          "Uw praktijk heeft voor deze periode nog niet gedeeld" + groupNl(average) + bestNl + ".",
          "Your practice has not shared this period yet" + groupEn(average) + bestEn + ".");
    }
    if (!own.path("percentage").isNumber()) {
      return new Text(
          "Uw cijfer is onderdrukt (kleine aantallen)" + groupNl(average) + bestNl + ".",
          "Your figure is suppressed (small numbers)" + groupEn(average) + bestEn + ".");
    }
    if (!average.isNumber()) {
      return new Text(
          "U haalt " + whole(own.path("percentage").asDouble()) + "%" + bestNl + ".",
          "You reach " + whole(own.path("percentage").asDouble()) + "%" + bestEn + ".");
    }
    long diff = Math.round(own.path("percentage").asDouble() - average.asDouble());
    if (diff == 0) {
      return new Text(
          "U zit op het groepsgemiddelde (" + whole(average.asDouble()) + "%)" + bestNl + ".",
          "You are at the group average (" + whole(average.asDouble()) + "%)" + bestEn + ".");
    }
    return new Text(
        "U zit "
            + Math.abs(diff)
            + " procentpunt "
            + (diff > 0 ? "boven" : "onder")
            + " het groepsgemiddelde"
            + bestNl
            + ".",
        "You are "
            + Math.abs(diff)
            + " percentage point"
            + (Math.abs(diff) == 1 ? "" : "s")
            + (diff > 0 ? " above" : " below")
            + " the group average"
            + bestEn
            + ".");
  }

  private static String groupNl(JsonNode average) {
    return average.isNumber() ? "; het groepsgemiddelde is " + whole(average.asDouble()) + "%" : "";
  }

  private static String groupEn(JsonNode average) {
    return average.isNumber() ? "; the group average is " + whole(average.asDouble()) + "%" : "";
  }

  private static String whole(double percentage) {
    return String.format(Locale.ROOT, "%d", Math.round(percentage));
  }
}
