package nl.spiegelbeeld.mappings.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.BaseDateTimeType;

/**
 * FHIR {@code date}/{@code dateTime} values as local dates in Europe/Amsterdam (indicators.md §1,
 * Time). The string value is parsed here, not through {@link java.util.Date}, so that neither the
 * JVM's time zone nor HAPI's calendar handling can shift a date. A partial date ({@code 2015},
 * {@code 2015-03}) means its first day as a start or onset and its last day as an end.
 */
public final class AmsterdamDates {

  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /**
   * A parsed value: the first and last local day it covers and, for a dateTime with a time, the
   * local time in Amsterdam.
   */
  record Moment(LocalDate first, LocalDate last, LocalTime time) {
    boolean isPartial() {
      return time == null && !first.equals(last);
    }
  }

  private AmsterdamDates() {}

  /** The first local day of {@code value} (a start or onset), empty when absent or unreadable. */
  public static Optional<LocalDate> asStart(BaseDateTimeType value) {
    return moment(value).map(Moment::first);
  }

  /** The last local day of {@code value} (an end), empty when absent or unreadable. */
  public static Optional<LocalDate> asEnd(BaseDateTimeType value) {
    return moment(value).map(Moment::last);
  }

  /**
   * The first day after an explicit end (indicators.md §1, rule 1): the local end date + 1 day,
   * unless the local time is exactly 00:00:00 (then that date). A partial end gives the day after
   * its last day.
   */
  public static Optional<LocalDate> asEndExclusive(BaseDateTimeType value) {
    return moment(value)
        .map(m -> LocalTime.MIDNIGHT.equals(m.time()) ? m.first() : m.last().plusDays(1));
  }

  /** The date when {@code value} is a full date (day precision or finer), else empty. */
  public static Optional<LocalDate> asFullDate(BaseDateTimeType value) {
    return moment(value).filter(m -> !m.isPartial()).map(Moment::first);
  }

  static Optional<Moment> moment(BaseDateTimeType value) {
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    return parse(value.getValueAsString());
  }

  /** Parses a FHIR date or dateTime string; empty when blank or unreadable. */
  static Optional<Moment> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.trim();
    try {
      if (YEAR.matcher(s).matches()) {
        Year year = Year.parse(s);
        return Optional.of(new Moment(year.atDay(1), year.atMonth(12).atEndOfMonth(), null));
      }
      if (YEAR_MONTH.matcher(s).matches()) {
        YearMonth month = YearMonth.parse(s);
        return Optional.of(new Moment(month.atDay(1), month.atEndOfMonth(), null));
      }
      if (DATE.matcher(s).matches()) {
        LocalDate day = LocalDate.parse(s);
        return Optional.of(new Moment(day, day, null));
      }
      LocalDateTime local = local(s);
      return Optional.of(new Moment(local.toLocalDate(), local.toLocalDate(), local.toLocalTime()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A dateTime with offset at Amsterdam; one without offset (invalid FHIR) read as Amsterdam time.
   */
  private static LocalDateTime local(String s) {
    try {
      ZonedDateTime there = OffsetDateTime.parse(s).atZoneSameInstant(ZONE);
      return there.toLocalDateTime();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(s);
    }
  }
}
