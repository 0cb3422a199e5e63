package nl.spiegelbeeld.plugin.indicator;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.spiegelbeeld.fixtures.generator.GeneratorSettings;
import nl.spiegelbeeld.fixtures.practice.PracticeProfile;
import nl.spiegelbeeld.mappings.derive.Practice;
import nl.spiegelbeeld.plugin.indicator.definition.Catalogue;
import nl.spiegelbeeld.plugin.indicator.engine.Engine;
import nl.spiegelbeeld.plugin.indicator.engine.Evaluation;
import nl.spiegelbeeld.plugin.indicator.engine.PatientInput;
import nl.spiegelbeeld.plugin.indicator.engine.Run;

/**
 * Engine micro-benchmark (a {@code main}, not a test): 100,000 generated patients (relevant volume:
 * the scenario records only) are mapped to facts once; it prints the retained heap of those facts
 * after a full GC, then evaluates all indicators over them on one thread several times and prints
 * patients per second. Run with e.g. {@code java -Xmx2g -cp … EngineBenchmark [patients] [rounds]}.
 */
public final class EngineBenchmark {

  private static final LocalDate P = LocalDate.of(2026, 11, 23);

  private EngineBenchmark() {}

  public static void main(String[] args) {
    int patients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    boolean full = args.length > 2 && args[2].equals("full");
    Catalogue catalogue = Catalogue.load();
    Engine engine = new Engine(catalogue);
    GeneratedPractices endpoint =
        new GeneratedPractices(
            new GeneratorSettings(7, P, full),
            List.of(PracticeProfile.average("Benchmarkpraktijk", "01990077", patients)),
            catalogue.terminology().lists());
    Practice practice = endpoint.practice(0);

    long before = retainedHeap();
    List<PatientInput> inputs = new ArrayList<>(patients);
    long mapStart = System.nanoTime();
    endpoint.forEachPatient(0, (generated, input) -> inputs.add(input));
    double mapSeconds = (System.nanoTime() - mapStart) / 1e9;
    long after = retainedHeap();
    long facts =
        inputs.stream()
            .mapToLong(i -> 1 + i.problems().size() + i.agreements().size() + i.labs().size())
            .sum();
    System.out.printf(
        Locale.ROOT,
        "%s volume: patients %,d, facts %,d (patient, problem, agreement, lab), generated and"
            + " mapped in %.1f s%n",
        full ? "full" : "relevant",
        inputs.size(),
        facts,
        mapSeconds);
    System.out.printf(
        Locale.ROOT,
        "retained heap of the facts after full GC: %.1f MB (%.0f bytes per patient)%n",
        (after - before) / 1e6,
        (double) (after - before) / inputs.size());

    Evaluation last = null;
    double best = 0;
    for (int round = 1; round <= rounds; round++) {
      long start = System.nanoTime();
      Run run = engine.start(practice, P);
      for (PatientInput input : inputs) {
        run.add(input);
      }
      last = run.finish();
      double seconds = (System.nanoTime() - start) / 1e9;
      double rate = inputs.size() / seconds;
      best = Math.max(best, rate);
      System.out.printf(
          Locale.ROOT,
          "round %2d: %,.0f patients/s (%.3f s, %d indicators)%n",
          round,
          rate,
          seconds,
          last.indicators().size());
    }
    System.out.printf(Locale.ROOT, "best: %,.0f patients/s on one thread%n", best);
    System.out.printf(
        Locale.ROOT,
        "population %,d; OST-01 numerator %d; NIER-01 numerator %d%n",
        last.population(),
        last.indicator("OST-01").main().counts().numerator(),
        last.indicator("NIER-01").main().counts().numerator());
  }

  private static long retainedHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
