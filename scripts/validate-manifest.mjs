/**
 * npm run validate: checks the built manifest (or the files given) offline.
 *
 *   node scripts/validate-manifest.mjs [manifest.xml ...]     default: dist/manifest.xml
 *
 * Schema: against Microsoft's XSDs in MANIFEST_XSD_DIR, else ../shared/reference/manifest-xsd;
 * skipped when they are absent, and then the last line says so instead of "Manifest valid.".
 * Semantics: always (see manifest-checks.cjs); when ADDIN_BASE_URL is set every URL must be under it.
 * Exit status: 0 no check failed (read the last line for which ran), 1 invalid, 2 could not check.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const require = createRequire(import.meta.url);
const { checkManifestSemantics, findManifestXsdDir, validateManifestSchema } = require('./manifest-checks.cjs');
const { readBaseUrl } = require('./addin-base-url.cjs');

/** Checks one file, printing each check's outcome; gives whether it passed and which checks ran. */
async function validate(file, xsdDir, baseUrl) {
  console.log(`Validating ${relative(process.cwd(), file) || file}`);
  const xml = readFileSync(file, 'utf8');
  let valid = true;
  const ran = [];

  if (xsdDir) {
    ran.push('schema');
    const schema = await validateManifestSchema(xml, xsdDir);
    if (schema.valid) console.log('  schema:    valid (OfficeAppManifestV1_1.xsd)');
    else {
      valid = false;
      console.log('  schema:    INVALID');
      for (const error of schema.errors) console.log(`    - ${error}`);
    }
  } else {
    const where = process.env.MANIFEST_XSD_DIR ? `MANIFEST_XSD_DIR=${process.env.MANIFEST_XSD_DIR}` : '../shared/reference/manifest-xsd, or set MANIFEST_XSD_DIR';
    console.log(`  schema:    skipped (the XSDs are not present: ${where})`);
  }

  ran.push('semantics');
  const semantics = checkManifestSemantics(xml, { baseUrl });
  if (semantics.problems.length === 0) {
    console.log(`  semantics: ok (${semantics.urls.length} URLs under ${semantics.baseUrl}/, resids resolve, one shared runtime, namespace KPI)`);
  } else {
    valid = false;
    console.log('  semantics: INVALID');
    for (const problem of semantics.problems) console.log(`    - ${problem}`);
  }
  return { valid, ran };
}

/** The last line: "Manifest valid." only when every check ran and passed. */
function verdict(results) {
  const skippedSchema = results.some((result) => !result.ran.includes('schema'));
  const ran = skippedSchema ? 'semantic checks only; the schema check was skipped' : 'schema and semantic checks';
  if (results.some((result) => !result.valid)) return `Manifest INVALID (${ran}).`;
  if (skippedSchema) return 'Semantic checks passed; the schema check was skipped, so the manifest is not known to be schema-valid.';
  return `Manifest valid (${ran}).`;
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) files.push('dist/manifest.xml');
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) {
    console.error(`Cannot validate: ${missing.join(', ')} not found.${missing.some((f) => f.startsWith('dist')) ? ' Run `npm run build` first.' : ''}`);
    return 2;
  }
  const baseUrl = process.env.ADDIN_BASE_URL ? readBaseUrl() : undefined;
  const xsdDir = findManifestXsdDir();
  const results = [];
  for (const file of files) results.push(await validate(file, xsdDir, baseUrl));
  console.log(verdict(results));
  return results.every((result) => result.valid) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Could not validate the manifest: ${error && error.message ? error.message : error}`);
    process.exit(2);
  },
);
