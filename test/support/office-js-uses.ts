/**
 * The Office.js members a set of source files uses, found by the type checker rather than by
 * running the code: every property read or write, call, `new`, destructured property and
 * object-literal key whose declaration is in the Office typings. Each comes with the
 * requirement set its typings' "[Api set: …]" note names (the member's own note, else its
 * class's), so a member no test reaches is still seen.
 */
import * as path from 'path';
import ts from 'typescript';

/** A requirement set as the manifest names it: `<Set Name="ExcelApi" MinVersion="1.9"/>`. */
export interface RequirementSet {
  name: string;
  version: string;
}

export interface OfficeMemberUse {
  /** "Excel.Range.getTables", "CustomFunctions.Error", "Office.Context.requirements". */
  member: string;
  /** The set the typings name for Excel, or null for the common API, which has none. */
  set: RequirementSet | null;
  /** Where it is used, as "src/excel/office-host.ts:42". */
  places: string[];
}

const TYPINGS = ['@types/office-js', '@types/custom-functions-runtime', '@types/office-runtime'].map((name) =>
  path.dirname(require.resolve(`${name}/package.json`)),
);

/** Sets that mean something in Excel; a note may also name Outlook's or Word's. */
const EXCEL_SETS = /^(ExcelApi|ExcelApiOnline|CustomFunctionsRuntime|SharedRuntime|DialogApi|RibbonApi)$/;

const isTypingsFile = (file: ts.SourceFile) => TYPINGS.some((dir) => file.fileName.startsWith(dir + path.sep) || file.fileName.startsWith(`${dir}/`));

/** The first Excel set named in a declaration's "[Api set: …]" note, e.g. "ExcelApi 1.1 requires …; 1.4 …" gives ExcelApi 1.1. */
function noteOf(node: ts.Node): RequirementSet | null | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).map((doc) => doc.getText());
  const note = /\[Api set: ([^\]]*)\]/.exec(docs.join('\n'))?.[1];
  if (note === undefined) return undefined;
  for (const match of note.matchAll(/([A-Za-z]+) (\d+\.\d+)/g)) {
    if (EXCEL_SETS.test(match[1])) return { name: match[1], version: match[2] };
  }
  return null;
}

/** "Excel.Range.getTables" for a declaration, from the modules, classes, interfaces and functions that hold it. */
function memberName(declaration: ts.Declaration): { name: string; containers: ts.Node[] } {
  const names: string[] = [];
  const containers: ts.Node[] = [];
  for (let node: ts.Node | undefined = declaration; node !== undefined; node = node.parent) {
    if (ts.isSourceFile(node)) break;
    const named = node as ts.Node & { name?: ts.Node };
    // A function holds the members of the object it returns ("Office.onReady.host").
    const isContainer =
      ts.isModuleDeclaration(node) ||
      ts.isClassDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isEnumDeclaration(node) ||
      ts.isFunctionDeclaration(node);
    if (node === declaration || isContainer) {
      if (named.name && (ts.isIdentifier(named.name) || ts.isStringLiteral(named.name))) names.unshift(named.name.text);
      if (node !== declaration) containers.push(node);
    }
  }
  return { name: names.join('.'), containers };
}

/** The set of a declaration: its own note, else the nearest container's; null when none has one. */
function setOf(declaration: ts.Declaration, containers: ts.Node[]): RequirementSet | null {
  for (const node of [declaration, ...containers]) {
    const set = noteOf(ts.isVariableDeclaration(node) ? node.parent.parent : node);
    if (set !== undefined) return set;
  }
  return null;
}

/** The symbols a node names as an Office.js member, if any. */
function memberSymbols(checker: ts.TypeChecker, node: ts.Node): ts.Symbol[] {
  if (ts.isPropertyAccessExpression(node)) return [checker.getSymbolAtLocation(node.name)].filter((s) => s !== undefined);
  if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
    const type = checker.getContextualType(node.parent);
    const name = ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
    if (type === undefined || name === undefined) return [];
    return (type.isUnion() ? type.types : [type]).map((t) => t.getProperty(name)).filter((s) => s !== undefined);
  }
  if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
    const key = node.propertyName ?? node.name;
    if (!ts.isIdentifier(key)) return [];
    const property = checker.getTypeAtLocation(node.parent).getProperty(key.text);
    return property === undefined ? [] : [property];
  }
  return [];
}

/** Every Office.js member the files use, by name. `root` is where the places are given from. */
export function officeMembersUsed(files: readonly string[], root: string): Map<string, OfficeMemberUse> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  const program = ts.createProgram(files.map((file) => path.resolve(root, file)), config.options);
  const checker = program.getTypeChecker();
  const uses = new Map<string, OfficeMemberUse>();
  for (const file of files) {
    const source = program.getSourceFile(path.resolve(root, file));
    if (source === undefined) throw new Error(`${file} is not in the program`);
    const visit = (node: ts.Node): void => {
      for (const symbol of memberSymbols(checker, node)) {
        for (const declaration of symbol.declarations ?? []) {
          if (!isTypingsFile(declaration.getSourceFile())) continue;
          const { name, containers } = memberName(declaration);
          const place = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          const use = uses.get(name) ?? { member: name, set: setOf(declaration, containers), places: [] };
          if (!use.places.includes(place)) use.places.push(place);
          uses.set(name, use);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}
