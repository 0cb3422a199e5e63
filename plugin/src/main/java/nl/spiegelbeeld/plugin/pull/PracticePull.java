package nl.spiegelbeeld.plugin.pull;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.mapping.MedicationRequestMapper;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.practice.AccessTokens;
import nl.spiegelbeeld.plugin.practice.PracticeData;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls what a catalogue's indicators need from one practice's FHIR R4 endpoint (architecture.md
 * §3) and maps it to facts at once ({@link PracticeData}); used by the {@code measure} command and,
 * after a SMART launch, by the app. Either everything arrives or the pull fails: {@link
 * FhirServerUnavailable}, {@link EndpointRefused}, {@link PracticeNotResolved} or {@link
 * PullIncomplete}; partial data never leaves this class.
 */
public final class PracticePull {

  private static final Logger LOG = LoggerFactory.getLogger(PracticePull.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, String> DUTCH =
      Map.of(
          "Patient", "patiënten",
          "Condition", "problemen",
          "EpisodeOfCare", "episodes",
          "MedicationRequest", "medicatieafspraken",
          "Observation", "labuitslagen");

  /** What a pull delivered, with how it went. */
  public record Result(PracticeData data, PullStats stats, PullPlan plan) {}

  private final FhirContext fhir;
  private final HttpClient client;
  private final Sleeper sleeper;
  private final PullOptions options;
  private final Clock clock;

  public PracticePull(
      FhirContext fhir, HttpClient client, Sleeper sleeper, PullOptions options, Clock clock) {
    this.fhir = Objects.requireNonNull(fhir, "fhir");
    this.client = Objects.requireNonNull(client, "client");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.options = Objects.requireNonNull(options, "options");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Pulls and maps everything the catalogue needs for the practice on the peildatum.
   *
   * @param catalogue the active modules' indicators (they decide which codes are pulled)
   * @param gStandaard the practice's G-Standaard → ATC table
   */
  public Result pull(
      URI base,
      PullTarget target,
      AccessTokens tokens,
      Catalogue catalogue,
      GStandaardAtcTable gStandaard,
      LocalDate referenceDate,
      PullListener listener,
      Cancellation cancellation)
      throws InterruptedException {
    PullStats stats = new PullStats();
    FhirHttp http = new FhirHttp(client, tokens, options.retry(), sleeper, stats);
    ServerCapabilities server = capabilities(http, base, cancellation);
    PracticeIdentity practice =
        new PracticeResolver(http, fhir, base, cancellation).resolve(target);
    NeededCodes codes =
        NeededCodes.of(catalogue.definitions(), catalogue.terminology(), gStandaard);
    PullPlan plan = PullPlan.of(server, codes, referenceDate, options);
    FactsMapper mapper = new FactsMapper(catalogue.terminology().lists(), gStandaard);
    var terminology = catalogue.terminology();
    FactsCollector collector =
        new FactsCollector(atc -> atc != null && terminology.classMask(atc) != 0);
    long started = System.nanoTime();
    if (useBulk(server, http, base, cancellation)) {
      runBulk(
          server,
          codes,
          plan,
          http,
          base,
          referenceDate,
          listener,
          mapper,
          collector,
          cancellation);
    } else {
      runAll(plan, http, base, listener, mapper, collector, cancellation);
    }
    collector.mapEpisodes(mapper);
    PracticeData data = collector.build(base, practice, referenceDate, clock.instant());
    PullStats.TypeCounts total = stats.total();
    LOG.info(
        "pull complete: {} patients of the practice, {} requests, {} pages, {} resources, {} KB,"
            + " {} ms",
        data.patients().size(),
        total.requests(),
        total.pages(),
        total.resources(),
        total.bytes() / 1024,
        (System.nanoTime() - started) / 1_000_000);
    return new Result(data, stats, plan);
  }

  /**
   * Only who the practice is (after a SMART launch, before anything is pulled): the endpoint is
   * checked as for a pull, then the target resolved.
   */
  public PracticeIdentity practice(URI base, PullTarget target, AccessTokens tokens)
      throws InterruptedException {
    Cancellation cancellation = Cancellation.never();
    FhirHttp http = new FhirHttp(client, tokens, options.retry(), sleeper, new PullStats());
    capabilities(http, base, cancellation);
    return new PracticeResolver(http, fhir, base, cancellation).resolve(target);
  }

  private ServerCapabilities capabilities(FhirHttp http, URI base, Cancellation cancellation)
      throws InterruptedException {
    byte[] body;
    try {
      body = http.get(SearchPager.withSlash(base).resolve("metadata"), "metadata", cancellation);
    } catch (FetchFailed e) {
      if (cancellation.isCancelled()) {
        throw new PullIncomplete(null, "Het ophalen is afgebroken.", e);
      }
      throw new FhirServerUnavailable(
          "De FHIR-server op "
              + base.getHost()
              + " is niet bereikbaar of geeft geen CapabilityStatement: "
              + e.getMessage()
              + ". Controleer het adres en de verbinding en probeer het opnieuw.",
          e);
    }
    JsonNode statement;
    try {
      statement = JSON.readTree(body);
    } catch (IOException e) {
      throw new EndpointRefused(
          "Het adres geeft geen leesbare FHIR CapabilityStatement. Controleer het FHIR-adres.");
    }
    return ServerCapabilities.of(statement);
  }

  /** Whether this pull uses Bulk Data {@code $export} ({@link PullOptions#mode()}). */
  private boolean useBulk(
      ServerCapabilities server, FhirHttp http, URI base, Cancellation cancellation)
      throws InterruptedException {
    switch (options.mode()) {
      case SEARCH -> {
        return false;
      }
      case BULK -> {
        if (!server.systemExport()) {
          throw new EndpointRefused(
              "De FHIR-server biedt geen Bulk Data-export ($export op systeemniveau). Meet zonder"
                  + " --bulk; dan worden de gegevens met zoekvragen opgehaald.");
        }
        return true;
      }
      default -> {
        return server.systemExport()
            && patientsOnEndpoint(http, base, cancellation) >= options.bulkThreshold();
      }
    }
  }

  /** How many Patients the endpoint holds ({@code _summary=count}); 0 when it does not say. */
  private long patientsOnEndpoint(FhirHttp http, URI base, Cancellation cancellation)
      throws InterruptedException {
    try {
      byte[] body =
          http.get(
              SearchPager.withSlash(base).resolve("Patient?_summary=count"),
              "Patient",
              cancellation);
      return JSON.readTree(body).path("total").asLong(0);
    } catch (FetchFailed | IOException e) {
      // Not knowing the size is no reason to fail: the searches work for any size.
      return 0;
    }
  }

  /**
   * The same data as the searches, by Bulk Data {@code $export}: every resource of the needed types
   * on the endpoint, narrowed to what the plan would have fetched ({@link BulkSelection}) and
   * mapped the same way. Medications come first, so the agreements find them.
   */
  private void runBulk(
      ServerCapabilities server,
      NeededCodes codes,
      PullPlan plan,
      FhirHttp http,
      URI base,
      LocalDate referenceDate,
      PullListener listener,
      FactsMapper mapper,
      FactsCollector collector,
      Cancellation cancellation)
      throws InterruptedException {
    List<String> types = new ArrayList<>();
    for (PullPlan.Search s : plan.searches()) {
      if (!types.contains(s.resourceType())) {
        types.add(s.resourceType());
      }
    }
    if (types.contains("Condition") && !types.contains("EpisodeOfCare")) {
      types.add("EpisodeOfCare");
    }
    if (types.contains("MedicationRequest")) {
      types.add("Medication");
    }
    Map<String, Medication> medications = new ConcurrentHashMap<>();
    BulkSelection keep =
        new BulkSelection(
            server.searchParam("Condition", "code") ? codes.problems() : null,
            server.searchParam("Observation", "code") ? codes.labs() : null,
            plan.medicationNarrowed() ? codes.medications() : null,
            server.searchParam("MedicationRequest", "authoredon")
                ? referenceDate.minusYears(options.medicationYears())
                : null,
            medications);
    new BulkExport(http, fhir, base, options, sleeper, cancellation)
        .run(
            types,
            "Medication",
            (type, resources) ->
                mapResources(
                    resources.stream().filter(keep).toList(),
                    false,
                    mapper,
                    collector,
                    medications),
            listener);
  }

  private void runAll(
      PullPlan plan,
      FhirHttp http,
      URI base,
      PullListener listener,
      FactsMapper mapper,
      FactsCollector collector,
      Cancellation cancellation)
      throws InterruptedException {
    // Stops the other searches after a failure without cancelling the caller's cancellation.
    Cancellation searches = cancellation.child();
    TypeProgress progress = new TypeProgress(listener, plan.searches());
    ExecutorService pool =
        Executors.newFixedThreadPool(options.parallelism(), PracticePull::daemon);
    ExecutorService prefetch = Executors.newCachedThreadPool(PracticePull::daemon);
    CompletionService<Void> done = new ExecutorCompletionService<>(pool);
    try {
      for (PullPlan.Search search : plan.searches()) {
        SearchPager pager =
            new SearchPager(http, fhir, base, searches, progress.forSearch(search), prefetch);
        done.submit(
            () -> {
              Map<String, Medication> medications = new HashMap<>();
              pager.run(
                  search.resourceType(),
                  DUTCH.getOrDefault(search.resourceType(), search.resourceType()),
                  search.firstPage(),
                  page -> map(page, search, mapper, collector, medications));
              return null;
            });
      }
      for (int i = 0; i < plan.searches().size(); i++) {
        try {
          done.take().get();
        } catch (ExecutionException e) {
          // The first failure decides; the other searches are stopped and their data dropped.
          searches.cancel();
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          throw new PullIncomplete(null, "Het ophalen mislukte onverwacht.", e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
      prefetch.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "pull");
    t.setDaemon(true);
    return t;
  }

  private static void map(
      Bundle page,
      PullPlan.Search search,
      FactsMapper mapper,
      FactsCollector collector,
      Map<String, Medication> medications) {
    List<Resource> resources = new ArrayList<>(page.getEntry().size());
    page.getEntry().forEach(e -> resources.add(e.getResource()));
    mapResources(resources, search.overlaps(), mapper, collector, medications);
  }

  /**
   * Maps resources of a search page or an export file to facts: the one way of mapping.
   *
   * @param overlaps true when another search may deliver the same resources (mapped once)
   */
  private static void mapResources(
      List<Resource> resources,
      boolean overlaps,
      FactsMapper mapper,
      FactsCollector collector,
      Map<String, Medication> medications) {
    // Included Medications first: the agreements on this page refer to them.
    List<Medication> included = new ArrayList<>();
    for (Resource r : resources) {
      if (r instanceof Medication m) {
        included.add(m);
      }
    }
    medications.putAll(MedicationRequestMapper.index(included));
    for (Resource r : resources) {
      if (r == null || (overlaps && !collector.first(r.fhirType(), r.getIdElement().getIdPart()))) {
        continue;
      }
      if (r instanceof Patient p) {
        collector.patient(mapper.patient(p), PatientLabels.of(p));
      } else if (r instanceof Condition c) {
        collector.condition(c.getSubject(), mapper.condition(c));
      } else if (r instanceof EpisodeOfCare e) {
        collector.episode(e);
      } else if (r instanceof MedicationRequest m) {
        collector.agreement(m.getSubject(), mapper.agreement(m, medications));
      } else if (r instanceof Observation o) {
        collector.lab(o.getSubject(), mapper.lab(o));
      }
    }
  }
}
