/** The words that end a street's name in the addresses these documents give ("Street", "Rd", "Crescent", "Wharf"). */
export const STREET_TYPES =
  '(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Court|Ct|Crt|Place|Pl|Way|Boulevard|Blvd|Crescent|Cres|Terrace|Tce|Close|Grove|Parade|Pde|Highway|Hwy|Circuit|Cct|Square|Sq|Row|Walk|Mews|Gardens|Gdns|Park|Heights|Rise|View|Green|Hill|Vale|Glen|Quay|Wharf|Lawn|Lawns|Wynd|Brae|Loan|Trail|Trl|Parkway|Pkwy|Ridge|Meadows|Meadow|Downs|Esplanade|Loop)';
