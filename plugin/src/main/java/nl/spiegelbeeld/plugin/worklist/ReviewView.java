package nl.spiegelbeeld.plugin.worklist;

import nl.spiegelbeeld.plugin.api.Texts;

/** A review mark as JSON: outcome code and label, note, who and when ({@code dd-MM-yyyy}). */
public record ReviewView(
    String outcome, Texts outcomeLabel, String note, String reviewedBy, String reviewedOn) {}
