/**
 * The manifest asks Excel for what the code needs, and no more: the newest requirement set
 * among the Office.js members called unconditionally. A member of a newer set is called only
 * behind `isSetSupported`, and the add-in does without it. The members come from the code
 * itself (the type checker finds every one src/ uses, reached by a test or not), their sets
 * from the typings' notes, both through the audit in office-js-audit.ts.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OfficeWorkbookHost, type RequirementCheck } from '../../src/excel/office-host';
import { parseXml, type XmlElement } from '../../scripts/manifest-checks.cjs';
import { ROOT } from '../support/dist';
import { type OfficeMemberUse, type RequirementSet, officeMembersUsed } from '../support/office-js-uses';
import { kpiChanges, kpiWorkbook } from '../support/sync-counting-excel';
import { SUMMARY_WRITE } from '../support/summary-write';
import { PAGE_SETUP } from '../support/page-setup-write';
import { type AuditEntry, type AuditedNeed, OFFICE_JS_AUDIT } from './office-js-audit';

const SCAN_TIMEOUT_MS = 120 * 1000;

/** Sets the manifest needs for what it declares rather than for a call: the shared runtime. */
const DECLARED_BY_THE_MANIFEST: Record<string, string> = { SharedRuntime: '1.1' };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

function parseSet(text: string): RequirementSet {
  const match = /^(\w+) (\d+\.\d+)$/.exec(text);
  if (!match) throw new Error(`"${text}" is not a requirement set such as "ExcelApi 1.9"`);
  return { name: match[1], version: match[2] };
}

const showSet = (set: RequirementSet | null) => (set === null ? null : `${set.name} ${set.version}`);

/** Compares "1.10" and "1.9" as versions: 1.10 is the newer. */
function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map(Number);
  const [bMajor, bMinor] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

const need = (entry: AuditEntry): AuditedNeed | null => (entry === null ? null : typeof entry === 'string' ? { set: entry } : entry);

/** The <Set> elements of a manifest, name → MinVersion. */
function manifestSets(xml: string): Record<string, string> {
  const all = (element: XmlElement): XmlElement[] => [element, ...element.children.flatMap(all)];
  return Object.fromEntries(all(parseXml(xml)).filter((e) => e.localName === 'Set').map((e) => [e.attributes.Name, e.attributes.MinVersion]));
}

/** The newest set of each name among the audited members that are called without a guard. */
function unconditionalMinimum(): Record<string, string> {
  const newest: Record<string, string> = {};
  for (const entry of Object.values(OFFICE_JS_AUDIT).map(need)) {
    if (entry === null || entry.guard) continue;
    const { name, version } = parseSet(entry.set);
    if (newest[name] === undefined || compareVersions(version, newest[name]) > 0) newest[name] = version;
  }
  return newest;
}

/** What the audit misses: members used but not listed (with where), and members listed but not used. */
function auditGaps(uses: Map<string, OfficeMemberUse>): { unlisted: string[]; unused: string[] } {
  return {
    unlisted: [...uses.values()].filter((use) => !(use.member in OFFICE_JS_AUDIT)).map((use) => `${use.member} (${use.places.join(', ')})`),
    unused: Object.keys(OFFICE_JS_AUDIT).filter((member) => !uses.has(member)),
  };
}

/** Where an audited set disagrees with the typings' note without saying why. */
function disagreementWithTypings(member: string, typings: RequirementSet | null, entry: AuditedNeed | null): string | null {
  const said = `${member}: the audit says ${entry?.set ?? 'no set'}, the typings ${showSet(typings) ?? 'no set'}`;
  if (entry === null || typings === null) return entry === null && typings === null ? null : said;
  const audited = parseSet(entry.set);
  if (audited.name !== typings.name) return said;
  const order = compareVersions(audited.version, typings.version);
  if (order > 0 && !entry.why) return `${said}; a newer set needs a why`;
  if (order < 0 && entry.typingsSay !== showSet(typings)) return `${said}; an older set needs typingsSay: "${showSet(typings)}" and a why`;
  if (order === 0 && entry.typingsSay !== undefined) return `${member}: typingsSay is there but the sets agree`;
  return null;
}

/** Calls every method of the Office host, on plain ranges and on Excel tables; gives back what it touched. */
async function tourOfTheOfficeHost(supports: RequirementCheck): Promise<Set<string>> {
  const used = new Set<string>();
  for (const asTable of [false, true]) {
    const { excel, location } = kpiWorkbook({ rows: 3, asTable });
    const host = new OfficeWorkbookHost(excel.run, supports);
    await host.readSelectedTable();
    await host.readTable(location);
    await host.apply(kpiChanges(location));
    await host.apply({ ...kpiChanges(location), pageSetup: PAGE_SETUP });
    const end = location.firstColumn + location.columnCount;
    await host.remove({
      location: { ...location, columnCount: asTable ? 8 : 5 },
      columns: [end, end + 1, end + 2],
      clearValidations: [],
      groups: [{ firstColumn: end + 1, lastColumn: end + 2 }],
      sheets: [],
      settings: null,
    });
    await host.readSettings();
    await host.sheetNames();
    await host.writeSummary(SUMMARY_WRITE);
    await host.writeSummary(SUMMARY_WRITE);
    await host.remove({ location, columns: [], clearValidations: [], groups: [], sheets: [SUMMARY_WRITE.sheetName], settings: null });
    excel.membersUsed.forEach((member) => used.add(member));
  }
  return used;
}

/** The fake's "Range.getTables" as the audit names it. */
function auditName(fakeMember: string): string {
  const [kind, name] = fakeMember.split('.');
  if (name === 'isNullObject') return 'OfficeExtension.ClientObject.isNullObject';
  if (kind === 'RequestContext' && name === 'sync') return 'OfficeExtension.ClientRequestContext.sync';
  return `Excel.${fakeMember}`;
}

const MANIFEST = manifestSets(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));

/** A file that uses members the audit has never heard of, to show the scan finds them. */
const UNAUDITED_SOURCE = `
export function unaudited(context: Excel.RequestContext): void {
  const { workbook } = context;
  workbook.getActiveCell().getMergedAreasOrNullObject();
  workbook.getActiveCell().format.fill.color = 'Red';
}
`;

/** The uses found in the files whose path starts with `prefix`, with only their places there. */
function usesIn(all: Map<string, OfficeMemberUse>, prefix: string): Map<string, OfficeMemberUse> {
  const there = [...all.values()].map((use) => ({ ...use, places: use.places.filter((place) => place.startsWith(prefix)) }));
  return new Map(there.filter((use) => use.places.length > 0).map((use) => [use.member, use]));
}

let uses: Map<string, OfficeMemberUse>;
let unauditedUses: Map<string, OfficeMemberUse>;
let scratch: string;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'kpi-office-js-audit-'));
  const unaudited = path.join(scratch, 'unaudited.ts');
  fs.writeFileSync(unaudited, UNAUDITED_SOURCE);
  const files = [...sourceFiles('src'), path.relative(ROOT, unaudited)];
  const all = officeMembersUsed(files, ROOT);
  uses = usesIn(all, 'src/');
  unauditedUses = usesIn(all, path.relative(ROOT, unaudited));
}, SCAN_TIMEOUT_MS);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('the audit of the Office.js the code uses', () => {
  it('lists every member src/ uses, and only those', () => {
    expect(auditGaps(uses)).toEqual({ unlisted: [], unused: [] });
  });

  it('would catch a member nobody listed, even one no test calls', () => {
    expect(unauditedUses.get('Excel.Range.getMergedAreasOrNullObject')?.set).toEqual({ name: 'ExcelApi', version: '1.13' });
    expect(unauditedUses.get('Excel.RequestContext.workbook')?.places).toEqual([expect.stringMatching(/unaudited\.ts:3$/)]);
    expect(auditGaps(unauditedUses).unlisted.map((gap) => gap.split(' ')[0]).sort()).toEqual([
      'Excel.RangeFill.color',
      'Excel.RangeFormat.fill',
      'Excel.Range.getMergedAreasOrNullObject',
    ].sort());
  });

  it("gives each member the set the typings note, or says why not", () => {
    const disagreements = [...uses.values()].map((use) => disagreementWithTypings(use.member, use.set, need(OFFICE_JS_AUDIT[use.member] ?? null)));
    expect(disagreements.filter((d) => d !== null)).toEqual([]);
  });
});

describe('manifest.xml', () => {
  it('asks for exactly the newest set of each kind the code calls without checking', () => {
    const derived = unconditionalMinimum();
    expect(derived).toMatchObject({ ExcelApi: expect.any(String), CustomFunctionsRuntime: expect.any(String) });
    expect(MANIFEST).toEqual({ ...derived, ...DECLARED_BY_THE_MANIFEST });
  });

  it('leaves each newer member behind a check that can fail: isSetSupported for exactly its set', () => {
    const guarded = Object.entries(OFFICE_JS_AUDIT).flatMap(([member, entry]) => {
      const audited = need(entry);
      return audited?.guard ? [{ member, ...parseSet(audited.set), guard: audited.guard }] : [];
    });
    expect(guarded.length).toBeGreaterThan(0);
    for (const { member, name, version, guard } of guarded) {
      expect({ member, guard }).toEqual({ member, guard: { set: name, version } });
      expect({ member, newerThanTheManifest: compareVersions(version, MANIFEST[name] ?? '0.0') > 0 }).toEqual({ member, newerThanTheManifest: true });
    }
  });
});

describe('the Office host in an Excel with only the sets the manifest asks for', () => {
  const onlyTheManifest: RequirementCheck = (name, version) => MANIFEST[name] !== undefined && compareVersions(version, MANIFEST[name]) <= 0;
  const newerThanTheManifest = (member: string) => {
    const audited = need(OFFICE_JS_AUDIT[member] ?? null);
    if (audited === null) return false;
    const { name, version } = parseSet(audited.set);
    return MANIFEST[name] === undefined || compareVersions(version, MANIFEST[name]) > 0;
  };

  it('calls nothing newer, where with every set it does', async () => {
    const withEverything = [...(await tourOfTheOfficeHost(() => true))].map(auditName);
    expect(withEverything.filter((member) => !(member in OFFICE_JS_AUDIT))).toEqual([]);
    expect(withEverything.filter(newerThanTheManifest).sort()).toEqual(['Excel.Range.group', 'Excel.Range.hideGroupDetails', 'Excel.Range.ungroup']);

    const withTheManifest = [...(await tourOfTheOfficeHost(onlyTheManifest))].map(auditName);
    expect(withTheManifest.filter(newerThanTheManifest)).toEqual([]);
  });
});
