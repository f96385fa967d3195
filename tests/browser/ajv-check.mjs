// Checks arvio's JSON Schemas with ajv (https://ajv.js.org), the JSON Schema validator most
// JavaScript form tools use. Run by `crates/arvio-schema/tests/ajv.rs`; by hand:
//
//   node tests/browser/ajv-check.mjs strict-compile SCHEMA...     response schemas, strict mode
//   node tests/browser/ajv-check.mjs default-compile SCHEMA...    forms/form.schema.json, defaults
//   node tests/browser/ajv-check.mjs validate SCHEMA CASES.json   verdicts, one per case
//
// Compile modes print `ok PATH` per schema and exit 1 if any schema fails, with ajv's message
// on standard error. `validate` compiles SCHEMA as `strict-compile` does, reads CASES.json (an
// array of `{"name": ..., "data": ...}`) and prints one JSON array of
// `{"name": ..., "valid": true|false, "errors": [...]}` on standard output (errors only for
// invalid cases, at most five, as `instancePath: message`).
//
// Every schema gets its own Ajv instance: the fi, sv and en schemas of one form share an `$id`.
//
// Options, chosen deliberately:
//
// - strict-compile and validate: `new Ajv2020(STRICT)` from `ajv/dist/2020` (arvio's schemas
//   declare draft 2020-12) with `ajv-formats` (the responses' dates carry `format: "date"`).
//   `strict: true` turns every strict check into an error, not a warning: strictSchema (no
//   unknown keywords or formats, no ignored keywords), strictNumbers, strictTuples,
//   strictTypes (every type-specific keyword, such as `properties`, `items`, `minimum` or
//   `maxLength`, has a `type` it applies to in its schema or in an enclosing schema of the
//   same value) and strictRequired (every `required` name is defined in `properties`).
//   `allowUnionTypes` stays false (ajv's default): arvio writes `anyOf` of single types
//   instead of `"type": [...]`, so a tool does not need the option. `allErrors: true` so that
//   a verdict never depends on where validation stops, and the messages list every error.
//   Formats are asserted (ajv's default `validateFormats: true`, ajv-formats' "full" mode):
//   the dates' `pattern` already says what `format: "date"` says, so this changes no verdict.
// - default-compile: `new Ajv2020()` with no options and no plugin, ajv's defaults. The plain
//   `ajv` export (the draft-07 class) cannot load a schema whose `$schema` is draft 2020-12
//   (it throws `no schema with key or ref "https://json-schema.org/draft/2020-12/schema"`),
//   so for `forms/form.schema.json` the defaults are those of the 2020 class: strictSchema on
//   (an unknown format such as schemars' `uint32` is an error, and without ajv-formats every
//   format is unknown), strictTypes and strictTuples only logged. This mode also fails on
//   anything ajv logs, so "compiles with the defaults" means without a warning.

import { readFileSync } from 'node:fs';

const STRICT = { strict: true, allErrors: true, allowUnionTypes: false };

const USAGE = `usage:
  node ajv-check.mjs strict-compile SCHEMA...
  node ajv-check.mjs default-compile SCHEMA...
  node ajv-check.mjs validate SCHEMA CASES.json`;

async function load() {
  try {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    return { Ajv2020, addFormats };
  } catch (e) {
    console.error(
      `ajv-check: cannot load ajv or ajv-formats (${e.message}).\n` +
        'Install the test packages with: npm ci --prefix tests/browser',
    );
    process.exit(3);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`cannot read ${path} as JSON: ${e.message}`);
  }
}

// A logger that keeps what ajv says, so warnings are not lost in the test's output.
function collectingLogger() {
  const messages = [];
  const keep = (...args) => messages.push(args.map(String).join(' '));
  return { messages, logger: { log: keep, warn: keep, error: keep } };
}

function strictAjv({ Ajv2020, addFormats }, logger) {
  const ajv = new Ajv2020({ ...STRICT, logger });
  addFormats(ajv);
  return ajv;
}

// Every strict-mode complaint about a schema, not only the first one ajv throws: the same
// options with each strict check logged instead (for the failure message only).
function allStrictComplaints(lib, schema) {
  const { messages, logger } = collectingLogger();
  const ajv = new lib.Ajv2020({
    ...STRICT,
    strict: 'log',
    strictSchema: 'log',
    strictNumbers: 'log',
    strictTypes: 'log',
    strictTuples: 'log',
    strictRequired: 'log',
    logger,
  });
  lib.addFormats(ajv);
  try {
    ajv.compile(schema);
  } catch (e) {
    messages.push(e.message);
  }
  return messages;
}

function compileAll(lib, paths, strict) {
  let failed = 0;
  for (const path of paths) {
    const { messages, logger } = collectingLogger();
    try {
      const schema = readJson(path);
      if (strict) {
        strictAjv(lib, logger).compile(schema);
      } else {
        new lib.Ajv2020({ logger }).compile(schema);
      }
      if (messages.length) {
        throw new Error(`ajv logged:\n  ${messages.join('\n  ')}`);
      }
      console.log(`ok ${path}`);
    } catch (e) {
      failed += 1;
      let detail = '';
      if (strict) {
        try {
          const all = allStrictComplaints(lib, readJson(path));
          if (all.length > 1) {
            const shown = all.slice(0, 20).join('\n  ');
            detail = `\n  all complaints (${all.length}):\n  ${shown}`;
          }
        } catch {
          // The first message is enough.
        }
      }
      const mode = strict ? 'in strict mode' : "with ajv's defaults";
      console.error(`${path}: does not compile ${mode}: ${e.message}${detail}`);
    }
  }
  return failed === 0;
}

function validate(lib, schemaPath, casesPath) {
  const { messages, logger } = collectingLogger();
  const check = strictAjv(lib, logger).compile(readJson(schemaPath));
  if (messages.length) {
    throw new Error(`${schemaPath}: ajv logged:\n  ${messages.join('\n  ')}`);
  }
  const cases = readJson(casesPath);
  if (!Array.isArray(cases)) {
    throw new Error(`${casesPath}: expected an array of {name, data}`);
  }
  const verdicts = cases.map(({ name, data }) => {
    const valid = check(data);
    const errors = valid
      ? []
      : (check.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'}: ${e.message}`);
    return { name, valid, errors };
  });
  process.stdout.write(`${JSON.stringify(verdicts)}\n`);
}

async function main(argv) {
  const [mode, ...args] = argv;
  const known = ['strict-compile', 'default-compile', 'validate'];
  if (!known.includes(mode) || args.length === 0 || (mode === 'validate' && args.length !== 2)) {
    console.error(USAGE);
    return 2;
  }
  const lib = await load();
  try {
    switch (mode) {
      case 'strict-compile':
        return compileAll(lib, args, true) ? 0 : 1;
      case 'default-compile':
        return compileAll(lib, args, false) ? 0 : 1;
      default:
        validate(lib, args[0], args[1]);
        return 0;
    }
  } catch (e) {
    console.error(`ajv-check: ${e.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
