/**
 * Worklist columns: the facts that put a patient on a worklist, as values and as a Dutch sentence.
 * Local only: nothing here leaves the practice or is logged.
 */
package nl.spiegelbeeld.plugin.indicator.columns;
