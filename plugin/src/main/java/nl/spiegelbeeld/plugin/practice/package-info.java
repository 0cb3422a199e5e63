/**
 * The practice's data as one pull delivers it, shared by the command-line measurement, the app's
 * cache, its screens and sharing: who the practice is ({@link PracticeIdentity}), its patients'
 * facts with local-only labels ({@link PracticeData}), and the evaluation over them ({@link
 * PracticeMeasurement}). How the data is fetched lives in {@code pull}; how tokens are obtained in
 * {@code smart}.
 */
package nl.spiegelbeeld.plugin.practice;
