package nl.spiegelbeeld.plugin.indicator;

import ca.uhn.fhir.context.FhirContext;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import nl.spiegelbeeld.fixtures.catalog.Catalog;
import nl.spiegelbeeld.fixtures.catalog.Product;
import nl.spiegelbeeld.fixtures.fhir.PatientResources;
import nl.spiegelbeeld.fixtures.generator.GeneratedPatient;
import nl.spiegelbeeld.fixtures.generator.GeneratorSettings;
import nl.spiegelbeeld.fixtures.generator.Ids;
import nl.spiegelbeeld.fixtures.generator.PracticeGenerator;
import nl.spiegelbeeld.fixtures.practice.PracticeProfile;
import nl.spiegelbeeld.mappings.codes.CodeLists;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.codes.GStandaardAtcTable;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.pull.FactsMapper;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

/**
 * test-fixtures' synthetic practices generated in memory, turned into FHIR resources and mapped by
 * fhir-mappings patient by patient, so that a whole practice streams through the engine without its
 * resources ever being held at once.
 */
final class GeneratedPractices {

  private static final int CHUNK = 200;

  private final GeneratorSettings settings;
  private final List<PracticeProfile> profiles;
  private final Catalog catalog = Catalog.load();
  private final PracticeGenerator generator;
  private final FactsMapper mapper;
  private final Map<String, Medication> medications = new HashMap<>();
  private final List<Practice> practices = new ArrayList<>();

  /** The practices of one endpoint (each listed patient refers to its own practice). */
  GeneratedPractices(GeneratorSettings settings, List<PracticeProfile> profiles, CodeLists lists) {
    this.settings = settings;
    this.profiles = List.copyOf(profiles);
    this.generator = new PracticeGenerator(settings, FhirContext.forR4Cached(), catalog);
    this.mapper = new FactsMapper(lists, gStandaard(catalog));
    for (int i = 0; i < profiles.size(); i++) {
      List<Resource> shared =
          PatientResources.practice(profiles.get(i), practitionerIds(i), catalog, referenceDate());
      practices.add(practice(shared));
      for (Resource r : shared) {
        if (r instanceof Medication m) {
          medications.put(m.getIdElement().getIdPart(), m);
        }
      }
    }
  }

  LocalDate referenceDate() {
    return settings.referenceDate();
  }

  List<PracticeProfile> profiles() {
    return profiles;
  }

  /** The launching practice as its Patients refer to it: Organization, GPs and their roles. */
  Practice practice(int index) {
    return practices.get(index);
  }

  /** Generates, maps and hands over every patient of practice {@code index}, in order. */
  void forEachPatient(int index, BiConsumer<GeneratedPatient, PatientInput> consumer) {
    PracticeProfile profile = profiles.get(index);
    for (int from = 0; from < profile.listSize(); from += CHUNK) {
      int to = Math.min(profile.listSize(), from + CHUNK);
      List<GeneratedPatient> chunk = generator.patients(profile, index, from, to);
      for (int i = 0; i < chunk.size(); i++) {
        GeneratedPatient g = chunk.get(i);
        SplittableRandom idRng = Ids.streamFor(~settings.seed(), index, from + i);
        List<Resource> resources =
            PatientResources.of(g.record(), profile, settings.referenceDate(), idRng);
        consumer.accept(g, mapper.map(resources, medications));
      }
    }
  }

  /**
   * The G-Standaard → ATC table a practice would supply, from the generator's products (the same
   * content as its {@code gstandaard-atc.csv}): Medications may carry only PRK and GPK.
   */
  static GStandaardAtcTable gStandaard(Catalog catalog) {
    StringBuilder csv = new StringBuilder("system,code,atc\n");
    for (Product p : catalog.products()) {
      csv.append(CodeSystems.G_STANDAARD_PRK).append(',').append(p.prk()).append(',');
      csv.append(p.atc()).append('\n');
      csv.append(CodeSystems.G_STANDAARD_GPK).append(',').append(p.gpk()).append(',');
      csv.append(p.atc()).append('\n');
    }
    return GStandaardAtcTable.read(new StringReader(csv.toString()));
  }

  /**
   * The practice's GP ids as the generator draws them. {@code PracticeGenerator.practitionerIds} is
   * private; this repeats its two lines with the public {@link Ids}.
   */
  private List<String> practitionerIds(int index) {
    SplittableRandom rng = Ids.streamFor(settings.seed(), index, -1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < profiles.get(index).gps(); i++) {
      ids.add(Ids.uuid(rng));
    }
    return ids;
  }

  private static Practice practice(List<Resource> shared) {
    Set<String> references = new HashSet<>();
    Set<String> identifiers = new HashSet<>();
    for (Resource r : shared) {
      List<Identifier> ids = List.of();
      if (r instanceof Organization o) {
        ids = o.getIdentifier();
      } else if (r instanceof Practitioner p) {
        ids = p.getIdentifier();
      } else if (!(r instanceof PractitionerRole)) {
        continue;
      }
      references.add(r.fhirType() + "/" + r.getIdElement().getIdPart());
      ids.forEach(i -> identifiers.add(Practice.identifier(i.getSystem(), i.getValue())));
    }
    return new Practice(references, identifiers, false);
  }
}
