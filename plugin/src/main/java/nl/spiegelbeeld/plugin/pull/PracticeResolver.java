package nl.spiegelbeeld.plugin.pull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.spiegelbeeld.mappings.codes.CodeSystems;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.practice.PracticeIdentity;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds the practice on the endpoint (architecture.md §2): the Organization of the {@code
 * fhirUser}'s PractitionerRole, or the Organization with the given AGB code, or the only practice
 * (an Organization with an AGB code) of a single-practice endpoint. Then the GPs and roles of that
 * Organization, since Patients may refer to any of them ({@link Practice}).
 */
final class PracticeResolver {

  private static final String AGB_OID = "urn:oid:2.16.840.1.113883.2.4.6.1";

  private final FhirHttp http;
  private final FhirContext fhir;
  private final URI base;
  private final SearchPager pager;
  private final Cancellation cancellation;

  PracticeResolver(FhirHttp http, FhirContext fhir, URI base, Cancellation cancellation) {
    this.http = http;
    this.fhir = fhir;
    this.base = SearchPager.withSlash(base);
    this.pager = new SearchPager(http, fhir, base, cancellation, PullListener.none(), null);
    this.cancellation = cancellation;
  }

  PracticeIdentity resolve(PullTarget target) throws InterruptedException {
    Organization organization;
    boolean wholeEndpoint = false;
    if (target.fhirUser().isPresent()) {
      organization = ofUser(target.fhirUser().get(), target.agb());
    } else if (target.agb().isPresent()) {
      organization = withAgb(target.agb().get());
    } else {
      List<Organization> practices = practices("Organization?_count=200");
      if (practices.size() > 1) {
        throw new PracticeNotResolved(
            "Op deze FHIR-server staan "
                + practices.size()
                + " praktijken. Geef met --practice-agb de AGB-code van de praktijk op.",
            true);
      }
      if (practices.isEmpty()) {
        throw new PracticeNotResolved(
            "Op deze FHIR-server staat geen praktijk (Organization met een AGB-code).", false);
      }
      organization = practices.get(0);
      wholeEndpoint = true;
    }
    String agb = agb(organization).orElseThrow();
    String reference = "Organization/" + organization.getIdElement().getIdPart();
    Set<String> references = new HashSet<>(Set.of(reference));
    Set<String> identifiers = new HashSet<>();
    identifiers.add(Practice.identifier(CodeSystems.AGB_Z, agb));
    collectStaff(reference, references, identifiers);
    return new PracticeIdentity(
        agb,
        organization.hasName() ? organization.getName() : "AGB " + agb,
        reference,
        new Practice(references, identifiers, wholeEndpoint));
  }

  private Organization ofUser(String fhirUser, Optional<String> agb) throws InterruptedException {
    String local = localReference(fhirUser);
    List<Organization> organizations = new ArrayList<>();
    if (local.startsWith("PractitionerRole/")) {
      PractitionerRole role = read(local, PractitionerRole.class);
      if (role.hasOrganization()) {
        organizations.add(
            read(localReference(role.getOrganization().getReference()), Organization.class));
      }
    } else if (local.startsWith("Practitioner/")) {
      List<Resource> found = new ArrayList<>();
      pager.run(
          "PractitionerRole",
          "rollen van de gebruiker",
          "PractitionerRole?practitioner=" + local + "&_include=PractitionerRole:organization",
          b -> b.getEntry().forEach(e -> found.add(e.getResource())));
      found.stream()
          .filter(Organization.class::isInstance)
          .map(Organization.class::cast)
          .forEach(organizations::add);
    } else {
      throw new PracticeNotResolved(
          "De ingelogde gebruiker is geen zorgverlener (fhirUser "
              + local.substring(0, local.indexOf('/'))
              + "); Spiegelbeeld kan de praktijk niet bepalen.",
          false);
    }
    List<Organization> practices = organizations.stream().filter(o -> agb(o).isPresent()).toList();
    Map<String, Organization> byAgb = new LinkedHashMap<>();
    practices.forEach(o -> byAgb.putIfAbsent(agb(o).get(), o));
    if (agb.isPresent()) {
      Organization chosen = byAgb.get(agb.get());
      if (chosen == null) {
        throw new PracticeNotResolved(
            "De gebruiker werkt niet voor de praktijk met AGB-code " + agb.get() + ".", false);
      }
      return chosen;
    }
    if (byAgb.size() > 1) {
      throw new PracticeNotResolved(
          "De gebruiker werkt voor "
              + byAgb.size()
              + " praktijken; kies de praktijk met haar"
              + " AGB-code.",
          true);
    }
    if (byAgb.isEmpty()) {
      throw new PracticeNotResolved(
          "Bij de gebruiker is geen praktijk met een AGB-code gevonden. Vraag de beheerder van het"
              + " HIS de rol van de gebruiker aan de praktijk te koppelen.",
          false);
    }
    return byAgb.values().iterator().next();
  }

  private Organization withAgb(String agb) throws InterruptedException {
    List<Organization> found =
        practices("Organization?identifier=" + CodeChunks.encode(CodeSystems.AGB_Z + "|" + agb));
    if (found.isEmpty()) {
      found = practices("Organization?identifier=" + CodeChunks.encode(AGB_OID + "|" + agb));
    }
    found = found.stream().filter(o -> agb(o).filter(agb::equals).isPresent()).toList();
    if (found.size() != 1) {
      throw new PracticeNotResolved(
          found.isEmpty()
              ? "Op deze FHIR-server staat geen praktijk met AGB-code " + agb + "."
              : "Op deze FHIR-server staan meerdere organisaties met AGB-code " + agb + ".",
          false);
    }
    return found.get(0);
  }

  /** The Organizations with an AGB code that a search returns (all pages). */
  private List<Organization> practices(String search) throws InterruptedException {
    List<Organization> out = new ArrayList<>();
    pager.run(
        "Organization",
        "praktijken",
        search,
        b ->
            b.getEntry().stream()
                .map(e -> e.getResource())
                .filter(Organization.class::isInstance)
                .map(Organization.class::cast)
                .filter(o -> agb(o).isPresent())
                .forEach(out::add));
    return out;
  }

  /** The practice's roles and GPs, by reference and by identifier (e.g. their AGB codes). */
  private void collectStaff(String organization, Set<String> references, Set<String> identifiers)
      throws InterruptedException {
    pager.run(
        "PractitionerRole",
        "zorgverleners van de praktijk",
        "PractitionerRole?organization="
            + organization
            + "&_include=PractitionerRole:practitioner&_count=200",
        b ->
            b.getEntry()
                .forEach(
                    e -> {
                      Resource r = e.getResource();
                      if (r instanceof PractitionerRole || r instanceof Practitioner) {
                        references.add(r.fhirType() + "/" + r.getIdElement().getIdPart());
                      }
                      if (r instanceof Practitioner p) {
                        for (Identifier id : p.getIdentifier()) {
                          if (id.hasValue()) {
                            identifiers.add(Practice.identifier(id.getSystem(), id.getValue()));
                          }
                        }
                      }
                    }));
  }

  private <T extends Resource> T read(String local, Class<T> type) throws InterruptedException {
    try {
      byte[] body = http.get(base.resolve(local), type.getSimpleName(), cancellation);
      return fhir.newJsonParser().parseResource(type, new ByteArrayInputStream(body));
    } catch (FetchFailed e) {
      throw new PracticeNotResolved(
          "De praktijk kon niet worden bepaald: " + e.getMessage() + ".", false, e);
    } catch (DataFormatException e) {
      throw new PracticeNotResolved(
          "De praktijk kon niet worden bepaald: de server gaf een onleesbare "
              + type.getSimpleName()
              + ".",
          false);
    }
  }

  /** {@code Practitioner/1} from a relative or absolute reference ({@code fhirUser} is a URL). */
  static String localReference(String reference) {
    String path = reference.replaceAll("/_history/.*$", "");
    int last = path.lastIndexOf('/');
    int type = last <= 0 ? -1 : path.lastIndexOf('/', last - 1);
    if (last <= 0 || last == path.length() - 1) {
      throw new PracticeNotResolved("Onbruikbare verwijzing naar de gebruiker of praktijk.", false);
    }
    return path.substring(type + 1);
  }

  static Optional<String> agb(Organization organization) {
    for (Identifier id : organization.getIdentifier()) {
      if (CodeSystems.AGB_Z.equals(CodeSystems.canonical(id.getSystem())) && id.hasValue()) {
        return Optional.of(id.getValue());
      }
    }
    return Optional.empty();
  }
}
