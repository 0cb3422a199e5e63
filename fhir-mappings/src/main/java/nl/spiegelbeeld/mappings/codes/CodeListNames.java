package nl.spiegelbeeld.mappings.codes;

/**
 * Names of the shipped code lists that Java code needs directly (derivations and the default
 * parameter tables). Indicator definitions name lists as data and need no constant here.
 */
public final class CodeListNames {

  public static final String ATC_FRACTURE_PREVENTION = "atc-fractuurpreventie";
  public static final String ATC_BISPHOSPHONATES = "atc-bisfosfonaten";
  public static final String ATC_ZOLEDRONIC_ACID = "atc-zoledroninezuur";
  public static final String ATC_DENOSUMAB = "atc-denosumab";
  public static final String ATC_SYSTEMIC_GLUCOCORTICOIDS = "atc-glucocorticoiden-systemisch";

  public static final String LAB_EGFR = "lab-egfr";
  public static final String LAB_EGFR_CKD_EPI = "lab-egfr-ckd-epi";
  public static final String LAB_CREATININE = "lab-creatinine";
  public static final String LAB_CALCIUM = "lab-calcium";
  public static final String LAB_ALBUMIN = "lab-albumine";
  public static final String LAB_CALCIUM_CORRECTED = "lab-calcium-gecorrigeerd";
  public static final String LAB_TSH = "lab-tsh";
  public static final String LAB_VITAMIN_D = "lab-vitamine-d";

  private CodeListNames() {}
}
