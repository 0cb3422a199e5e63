package nl.spiegelbeeld.plugin.pull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.spiegelbeeld.mappings.codes.Code;

/**
 * The searches one pull makes (architecture.md §3), chosen from what the server offers: every
 * Patient with only the elements the facts and worklist labels need; Conditions by code with the
 * EpisodeOfCares referring to them; MedicationRequests of the last {@code medicationYears} with
 * their Medications, narrowed to the needed products where the server searches by the Medication's
 * code; Observations by code. OR'ed codes are split to keep URLs short. Pure.
 *
 * @param searches one entry per first-page URL (relative to the FHIR base)
 * @param medicationNarrowed true when the medication searches are narrowed by code
 */
public record PullPlan(List<Search> searches, boolean medicationNarrowed) {

  /** Patient elements used by the patient facts and the worklist labels. */
  static final String PATIENT_ELEMENTS =
      "identifier,active,gender,birthDate,deceased,name,generalPractitioner,managingOrganization";

  /**
   * One paged search.
   *
   * @param resourceType what it searches for
   * @param firstPage the first page's URL relative to the base, e.g. {@code Condition?code=…}
   * @param overlaps true when another search of the same type may return the same resources
   */
  public record Search(String resourceType, String firstPage, boolean overlaps) {}

  public PullPlan {
    searches = List.copyOf(searches);
  }

  public static PullPlan of(
      ServerCapabilities server, NeededCodes codes, LocalDate referenceDate, PullOptions options) {
    String count = "_count=" + options.pageSize();
    // The base URL, the type and the fixed parameters take some of the budget.
    int budget = options.maxUrlLength() - 400;
    List<Search> searches = new ArrayList<>();
    searches.add(
        new Search("Patient", "Patient?_elements=" + PATIENT_ELEMENTS + "&" + count, false));

    String episodes =
        server.revInclude("Condition", "EpisodeOfCare:condition")
            ? "&_revinclude=EpisodeOfCare:condition"
            : "";
    byCode(server, searches, "Condition", "code", codes.problems(), episodes + "&" + count, budget);
    if (episodes.isEmpty() && !codes.problems().isEmpty()) {
      // Without the revinclude, every episode; only those referring to a pulled Condition count.
      searches.add(new Search("EpisodeOfCare", "EpisodeOfCare?" + count, false));
    }
    if (options.labsByAnalyte() && server.searchParam("Observation", "code")) {
      // One search per analyte: the lab values are most of the volume, and separate searches
      // page in parallel where one OR'ed search pages one after the other.
      for (Set<Code> analyte : codes.labGroups()) {
        byCode(searches, "Observation", "code", analyte, "&" + count, budget);
      }
    } else {
      byCode(server, searches, "Observation", "code", codes.labs(), "&" + count, budget);
    }

    boolean narrowed = false;
    if (!codes.medications().isEmpty()) {
      String rest = medicationRest(server, referenceDate, options) + "&" + count;
      if (server.medicationCodeChain()) {
        narrowed = true;
        byCode(searches, "MedicationRequest", "medication.code", codes.medications(), rest, budget);
        if (server.searchParam("MedicationRequest", "code")) {
          // Agreements with an inline medication do not refer to a Medication.
          byCode(searches, "MedicationRequest", "code", codes.medications(), rest, budget);
        }
      } else {
        searches.add(
            new Search("MedicationRequest", "MedicationRequest?" + rest.substring(1), false));
      }
    }
    return new PullPlan(markOverlaps(searches), narrowed);
  }

  private static String medicationRest(
      ServerCapabilities server, LocalDate referenceDate, PullOptions options) {
    StringBuilder rest = new StringBuilder();
    if (server.searchParam("MedicationRequest", "authoredon")) {
      rest.append("&authoredon=ge").append(referenceDate.minusYears(options.medicationYears()));
    }
    rest.append("&_include=MedicationRequest:medication");
    return rest.toString();
  }

  /** By code where the server offers the code search, else every resource of the type. */
  private static void byCode(
      ServerCapabilities server,
      List<Search> searches,
      String type,
      String param,
      Set<Code> codes,
      String rest,
      int budget) {
    if (!codes.isEmpty() && !server.searchParam(type, param)) {
      searches.add(new Search(type, type + "?" + rest.substring(1), false));
      return;
    }
    byCode(searches, type, param, codes, rest, budget);
  }

  private static void byCode(
      List<Search> searches, String type, String param, Set<Code> codes, String rest, int budget) {
    if (codes.isEmpty()) {
      return;
    }
    for (String chunk : CodeChunks.of(codes, budget)) {
      searches.add(new Search(type, type + "?" + param + "=" + chunk + rest, false));
    }
  }

  private static List<Search> markOverlaps(List<Search> searches) {
    List<Search> marked = new ArrayList<>();
    for (Search s : searches) {
      long sameType =
          searches.stream().filter(o -> o.resourceType().equals(s.resourceType())).count();
      marked.add(new Search(s.resourceType(), s.firstPage(), sameType > 1));
    }
    return marked;
  }
}
