import { planApply, planRemoval } from "../../src/plan/apply-plan";
import { ownedSheets } from "../../src/plan/owned-sheets";
import { type KpiSettings, parseSettings } from "../../src/plan/settings";
import { DEFAULTS, guessMapping } from "../../src/plan/table-model";
import { type TableSnapshot } from "../../src/excel/workbook-host";
import { snapshotOf } from "./table-snapshots";

const HEADERS = ["Measure", "Actual", "Target", "Polarity"];
const ROWS = [
  ["Calls answered within 60s", 0.84, 0.86, "High"],
  ["Households in temporary accommodation", 412, 450, "Low"],
];

/** The table after a Values Apply, and the settings it saved, with a summary sheet recorded. */
function applied(summarySheet: string | null): {
  table: TableSnapshot;
  settings: KpiSettings;
} {
  const table = snapshotOf(HEADERS, ROWS);
  const plan = planApply({
    table,
    mapping: guessMapping(HEADERS),
    defaults: DEFAULTS,
    edits: new Map(),
    mode: "values",
    previous: null,
    overwrite: false,
  });
  if (plan.kind !== "ready") throw new Error(plan.kind);
  const added = plan.changes.columns.filter((write) => write.isNew);
  const after = snapshotOf(
    [...HEADERS, ...added.map((write) => write.header)],
    ROWS.map((row, i) => [
      ...row,
      ...added.map((write) => {
        const cell = write.cells[i];
        return cell && "value" in cell ? cell.value : null;
      }),
    ]),
  );
  return { table: after, settings: { ...plan.settings, summarySheet } };
}

describe("the sheets the add-in owns", () => {
  it("are the summary sheet it recorded, or none", () => {
    expect(ownedSheets(applied("KPI summary").settings)).toEqual([
      "KPI summary",
    ]);
    expect(ownedSheets(applied(null).settings)).toEqual([]);
    expect(ownedSheets(null)).toEqual([]);
  });
});

describe("Remove and the add-in’s sheets", () => {
  it("not asked to delete them, Remove keeps the summary sheet and its name for the next insert", () => {
    const { table, settings } = applied("KPI summary");
    const { removal, kept, keptSheets } = planRemoval(table, settings);
    expect(removal.sheets).toEqual([]);
    expect(keptSheets).toEqual([]);
    expect(kept?.summarySheet).toBe("KPI summary");
    expect(removal.settings && parseSettings(removal.settings)).toEqual({
      kind: "ok",
      settings: kept,
    });
  });

  it("asked, it deletes the sheet under the name the workbook has now (names compare without case), and the settings go with it", () => {
    const { table, settings } = applied("KPI summary");
    const { removal, kept } = planRemoval(table, settings, {
      present: ["KPIs", "kpi SUMMARY"],
      chosen: ["KPI summary"],
    });
    expect(removal.sheets).toEqual(["kpi SUMMARY"]);
    expect(kept).toBeNull();
    expect(removal.settings).toBeNull();
    expect(removal.columns.length).toBeGreaterThan(0);
  });

  it("a recorded sheet the workbook no longer has (renamed) is not deleted, and is named with the reason; the settings forget it", () => {
    const { table, settings } = applied("KPI summary");
    const { removal, keptSheets, kept } = planRemoval(table, settings, {
      present: ["KPIs", "Board pack"],
      chosen: ["KPI summary"],
    });
    expect(removal.sheets).toEqual([]);
    expect(keptSheets).toEqual([
      { sheet: "KPI summary", reason: expect.stringContaining("renamed") },
    ]);
    expect(kept).toBeNull();
  });

  it("never the sheet that holds the KPI table, even if it carries the summary’s recorded name", () => {
    const { table, settings } = applied("kpis");
    const { removal, keptSheets } = planRemoval(table, settings, {
      present: ["KPIs"],
      chosen: ["kpis"],
    });
    expect(removal.sheets).toEqual([]);
    expect(keptSheets).toEqual([
      { sheet: "KPIs", reason: expect.stringContaining("holds the KPI table") },
    ]);
  });
});

describe("Remove and the XmR chart sheets", () => {
  it("deletes the chart sheets with the summary when asked, and keeps the settings naming them when not", () => {
    const { table, settings } = applied("KPI summary");
    const withCharts = { ...settings, chartSheets: ["XmR Admissions", "XmR Delays"] };
    expect(ownedSheets(withCharts)).toEqual(["KPI summary", "XmR Admissions", "XmR Delays"]);
    const present = ["KPIs", "KPI summary", "XmR Admissions", "XmR Delays"];
    const asked = planRemoval(table, withCharts, { present, chosen: ownedSheets(withCharts) });
    expect(asked.removal.sheets).toEqual(["KPI summary", "XmR Admissions", "XmR Delays"]);
    expect(asked.kept).toBeNull();
    // One chart kept for the board pack: it stays the add-in's, to replace next time or remove later.
    const some = planRemoval(table, withCharts, { present, chosen: ["KPI summary", "XmR Delays"] });
    expect(some.removal.sheets).toEqual(["KPI summary", "XmR Delays"]);
    expect(some.kept).toMatchObject({ summarySheet: null, chartSheets: ["XmR Admissions"], addedColumns: [] });
    expect(ownedSheets(some.kept)).toEqual(["XmR Admissions"]);
    const notAsked = planRemoval(table, { ...withCharts, summarySheet: null });
    expect(notAsked.removal.sheets).toEqual([]);
    expect(notAsked.kept?.chartSheets).toEqual(["XmR Admissions", "XmR Delays"]);
  });
});

describe("a second table beside the first, on the same header row", () => {
  it("is not the table the settings belong to: Remove on it takes none of the first table's columns", () => {
    const { table, settings } = applied(null);
    const beside = { ...table, location: { ...table.location, firstColumn: table.location.firstColumn + 20 } };
    expect(planRemoval(table, settings).removal.columns.length).toBeGreaterThan(0);
    expect(planRemoval(beside, settings).removal.columns).toEqual([]);
  });
});
