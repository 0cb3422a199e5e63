/** Spiegelbeeld benchmark. */
package nl.spiegelbeeld.benchmark;
