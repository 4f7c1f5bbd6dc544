/**
 * PHE's published rates and their 95% and 99.8% limits (PHEindicatormethods' phe_rate test
 * data): 6 of its 20 rows, transcribed figure for figure so that a clone without ../shared
 * checks both methods (Exact and Byar's), both multipliers, a count above its population and a
 * blank row; the full set runs from ../shared.
 */
import { type ReferenceTable } from '../support/shared';

export const PHE_RATES: ReferenceTable = {
  columns: ["Area", "Numerator", "Denominator", "value", "lower95_0cl", "upper95_0cl", "lower99_8cl", "upper99_8cl", "statistic", "method", "multiplier"],
  rows: [
    ["Area1", "1", "100", "1", "0.025317807984289897", "5.571643390938898", "0.0010005003335835344", "9.233413476451585", "rate per 100", "Exact", "100"],
    ["Area3", "20", "100", "20", "12.211428834875937", "30.889880369197066", "8.922802365144193", "38.08503562504191", "rate per 100", "Byars", "100"],
    ["Area6", "7776456", "7564336677", "0.10280420256339154", "0.10273196005302074", "0.10287648334092832", "0.102690317308454", "0.10291817639509068", "rate per 100", "Byars", "100"],
    ["Area3", "20", "100", "20000", "12211.428834875936", "30889.880369197064", "8922.802365144193", "38085.03562504191", "rate per 100000", "Byars", "100000"],
    ["Area09", "", "100", "", "", "", "", "", "rate per 100000", "", "100000"],
    ["Area12", "250", "220", "113636.36363636365", "99984.94738532876", "128631.14487455782", "92710.00554438953", "137651.23772147458", "rate per 100000", "Byars", "100000"],
  ],
};
