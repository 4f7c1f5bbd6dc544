/**
 * Leicestershire County Council, adult social care and communities scrutiny dashboard,
 * January 2021 (figures for 2020/21), as printed. The report rated with a green
 * tolerance of 0.5 points and an amber tolerance of 5 points.
 */
export interface LeicestershireRow {
  ref: string; measure: string; aim: string; target: string; actual: string;
  reportedRag: "G" | "A" | "R" | "N/A"; previous: string; reportedQuartile: string;
}

export const LEICESTERSHIRE_2020_21: LeicestershireRow[] = [
  { ref: "Local", measure: "% of sequels that 'Prevent Need'", aim: "Target Band Width", target: "56-61%", actual: "54.0%", reportedRag: "A", previous: "60.9%", reportedQuartile: "N/A" },
  { ref: "ASCOF 3D pt 1", measure: "% of SUs who find it easy to find information", aim: "H", target: "73%", actual: "Survey not to be undertaken in 20-21 due to Covid-19", reportedRag: "N/A", previous: "61.5%", reportedQuartile: "Bottom" },
  { ref: "ASCOF 3D pt 2", measure: "% of carers who find it easy to find information", aim: "H", target: "67%", actual: "Survey not to be undertaken in 20-21 due to Covid-19", reportedRag: "N/A", previous: "Survey is biennial and not completed in 2019-20", reportedQuartile: "N/A" },
  { ref: "Local", measure: "Heritage visits", aim: "H", target: "N/A", actual: "84.5k", reportedRag: "N/A", previous: "176.5k (Apr-Nov 2019)", reportedQuartile: "N/A" },
  { ref: "Local", measure: "Hours of Volunteering (Heritage and libraries)", aim: "H", target: "N/A", actual: "1.7k", reportedRag: "N/A", previous: "19.0 (Apr-Nov 2019)", reportedQuartile: "N/A" },
  { ref: "Local", measure: "Library visits (inc. website visits)", aim: "H", target: "N/A", actual: "160.9k", reportedRag: "N/A", previous: "780.0k (Apr-Nov 2019)", reportedQuartile: "N/A" },
  { ref: "Local", measure: "All library issues", aim: "H", target: "N/A", actual: "738.9k", reportedRag: "N/A", previous: "1,373.0k (Apr-Nov 2019)", reportedQuartile: "N/A" },
  { ref: "Local", measure: "Children's issues", aim: "H", target: "N/A", actual: "136.4k", reportedRag: "N/A", previous: "568.3k (Apr-Nov 2019)", reportedQuartile: "N/A" },
  { ref: "Local", measure: "E-loans", aim: "H", target: "N/A", actual: "520.7k", reportedRag: "N/A", previous: "250.1k (Apr-Nov 2019)", reportedQuartile: "N/A" },
  { ref: "Local", measure: "Total community library issues", aim: "N/A", target: "N/A", actual: "44.9k", reportedRag: "N/A", previous: "244.9k (Apr-Nov 2019)", reportedQuartile: "N/A" },
  { ref: "Local", measure: "Community library children's issues.", aim: "N/A", target: "N/A", actual: "21.1k", reportedRag: "N/A", previous: "140.0k (Apr-Nov 2019)", reportedQuartile: "N/A" },
  { ref: "Local", measure: "LALS Success Rate", aim: "H", target: "86%", actual: "84%", reportedRag: "A", previous: "96%", reportedQuartile: "N/A" },
  { ref: "Local", measure: "% of sequels that 'Reduce Need'", aim: "Target Band Width", target: "17-22%", actual: "20.6%", reportedRag: "G", previous: "16.8%", reportedQuartile: "N/A" },
  { ref: "ASCOF 1I pt 1", measure: "% of SUs who had as much social contact as they would like", aim: "H", target: "49%", actual: "Survey not to be undertaken in 20-21 due to Covid-19", reportedRag: "N/A", previous: "41.6%", reportedQuartile: "Bottom" },
  { ref: "ASCOF 1I pt 2", measure: "% of carers who had as much social contact as they would like", aim: "H", target: "36%", actual: "Survey not to be undertaken in 20-21 due to Covid-19", reportedRag: "N/A", previous: "Survey is biennial and not completed in 2019-20", reportedQuartile: "N/A" },
  { ref: "ASCOF 1E", measure: "% of people with LD in employment", aim: "H", target: ">11%", actual: "11.0%", reportedRag: "G", previous: "11.2%", reportedQuartile: "Top" },
  { ref: "ASCOF 1G", measure: "% of people with LD in settled accommodation", aim: "H", target: "86%", actual: "83.7%", reportedRag: "A", previous: "82.9%", reportedQuartile: "Second" },
  { ref: "Local", measure: "% of sequels that 'Delay Need'", aim: "Target Band Width", target: "10-15%", actual: "11.0%", reportedRag: "G", previous: "12.2%", reportedQuartile: "N/A" },
  { ref: "ASCOF 2C pt 2", measure: "Delayed transfers of care attributable to ASC-only", aim: "L", target: "N/A", actual: "Not published by NHS Digital during Pandemic", reportedRag: "N/A", previous: "0.9 per 100k pop (163 Ave days/Mth)", reportedQuartile: "Top" },
  { ref: "ASCOF 2D", measure: "% of people who had no need for ongoing services following reablement", aim: "H", target: "87%", actual: "79.7%", reportedRag: "R", previous: "87.5%", reportedQuartile: "Top" },
  { ref: "ASCOF 2B pt 1", measure: "Living at home 91 days after hospital discharge and reablement", aim: "H", target: "88%", actual: "89.7%", reportedRag: "G", previous: "88.1%", reportedQuartile: "Second" },
  { ref: "ASCOF 2A pt 1", measure: "Permanent admissions to care (aged 18-64) per 100000 pop.", aim: "L", target: "<8.1 (33 Adm's)", actual: "3.1 (13 Adm's) (Full-year Forecast)", reportedRag: "G", previous: "5.5 per 100k pop (23 adm's)", reportedQuartile: "Top" },
  { ref: "ASCOF 2A pt 2", measure: "Permanent admissions to care (aged 65+) per 100000 pop.", aim: "L", target: "<553 (800 Adm's)", actual: "462.0 (669 Adm's) (Full-year Forecast)", reportedRag: "G", previous: "616.3 per 100k pop (893 adm's)", reportedQuartile: "Second" },
  { ref: "Local", measure: "% of sequels that 'Meet need'", aim: "Target Band Width", target: "6-11%", actual: "14.4%", reportedRag: "A", previous: "10.1%", reportedQuartile: "N/A" },
  { ref: "ASCOF 1C pt 1a", measure: "Adults aged 18+ receiving self-directed support", aim: "H", target: "99%", actual: "96.0%", reportedRag: "A", previous: "97.2%", reportedQuartile: "Third" },
  { ref: "ASCOF 1C pt 2a", measure: "Adult aged 18+ receiving direct payments", aim: "H", target: ">40%", actual: "45.6%", reportedRag: "G", previous: "47.5%", reportedQuartile: "Top" },
  { ref: "ASCOF 1C pt 1b", measure: "Carers receiving self-directed support", aim: "H", target: "100%", actual: "99.8%", reportedRag: "G", previous: "99.8%", reportedQuartile: "Third" },
  { ref: "ASCOF 1C pt 2b", measure: "Carers receiving direct payments", aim: "H", target: "100%", actual: "98.7%", reportedRag: "A", previous: "98.4%", reportedQuartile: "Third" },
  { ref: "Local", measure: "Of safeguarding enquiries where an outcome was expressed, the percentage partially or fully achieved", aim: "H", target: "N/A", actual: "94.8%", reportedRag: "N/A", previous: "92.4%", reportedQuartile: "N/A" },
  { ref: "ASCOF 4B", measure: "% of service users who say that services have made them feel safe", aim: "H", target: "90%", actual: "Survey not to be undertaken in 20-21 due to Covid-19", reportedRag: "N/A", previous: "89.7%", reportedQuartile: "Second" },
];
