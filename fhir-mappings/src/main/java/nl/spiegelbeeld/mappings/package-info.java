/** Spiegelbeeld fhir-mappings. */
package nl.spiegelbeeld.mappings;
