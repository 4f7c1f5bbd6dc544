/**
 * npm run validate: checks the built manifest (or the files given) offline.
 *
 *   node scripts/validate-manifest.mjs [manifest.xml ...]     default: dist/manifest.xml
 *
 * Schema: against Microsoft's XSDs in ../shared/reference/manifest-xsd (or MANIFEST_XSD_DIR),
 * skipped with a notice when they are absent. Semantics: always (see manifest-checks.cjs);
 * when ADDIN_BASE_URL is set every URL must be under it.
 * Exit status: 0 valid, 1 invalid, 2 could not check.
 */
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const require = createRequire(import.meta.url);
const { checkManifestSemantics, findManifestXsdDir, validateManifestSchema } = require('./manifest-checks.cjs');
const { readBaseUrl } = require('./addin-base-url.cjs');

async function validate(file, xsdDir, baseUrl) {
  console.log(`Validating ${relative(process.cwd(), file) || file}`);
  const xml = readFileSync(file, 'utf8');
  let valid = true;

  if (xsdDir) {
    const schema = await validateManifestSchema(xml, xsdDir);
    if (schema.valid) console.log('  schema:    valid (OfficeAppManifestV1_1.xsd)');
    else {
      valid = false;
      console.log('  schema:    INVALID');
      for (const error of schema.errors) console.log(`    - ${error}`);
    }
  } else {
    console.log('  schema:    skipped (the XSDs are not present: ../shared/reference/manifest-xsd, or set MANIFEST_XSD_DIR)');
  }

  const semantics = checkManifestSemantics(xml, { baseUrl });
  if (semantics.problems.length === 0) {
    console.log(`  semantics: ok (${semantics.urls.length} URLs under ${semantics.baseUrl}/, resids resolve, one shared runtime, namespace KPI)`);
  } else {
    valid = false;
    console.log('  semantics: INVALID');
    for (const problem of semantics.problems) console.log(`    - ${problem}`);
  }
  return valid;
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
  let allValid = true;
  for (const file of files) allValid = (await validate(file, xsdDir, baseUrl)) && allValid;
  console.log(allValid ? 'Manifest valid.' : 'Manifest INVALID.');
  return allValid ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Could not validate the manifest: ${error && error.message ? error.message : error}`);
    process.exit(2);
  },
);
