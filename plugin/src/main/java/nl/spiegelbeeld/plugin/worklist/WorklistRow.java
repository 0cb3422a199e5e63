package nl.spiegelbeeld.plugin.worklist;

import java.util.List;
import nl.spiegelbeeld.plugin.api.Texts;

/**
 * One patient on a worklist as the screen shows it (local only).
 *
 * @param birthDate {@code dd-MM-yyyy}, or {@code null} when unknown
 * @param age completed years on the peildatum, or {@code null}
 * @param values one per worklist column, as the engine wrote them
 * @param sentence the facts as one Dutch sentence
 * @param review the stored mark, or {@code null}
 */
public record WorklistRow(
    String patientId,
    String name,
    String hisNumber,
    String birthDate,
    Integer age,
    Texts sex,
    List<String> values,
    String sentence,
    ReviewView review) {}
