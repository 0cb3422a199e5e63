package nl.spiegelbeeld.plugin.api;

import java.util.List;

/**
 * The dashboard of a practice on one peildatum: a card per indicator, grouped by module.
 *
 * @param pulledAt when the data was pulled (ISO instant)
 */
public record Dashboard(
    String referenceDate,
    String measurementPeriodStart,
    String practiceName,
    int population,
    String pulledAt,
    List<Module> modules) {

  public record Module(String id, Texts title, List<IndicatorCard> cards) {}
}
