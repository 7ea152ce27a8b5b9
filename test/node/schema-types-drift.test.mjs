// The TypeScript types (src/schema/types.ts) and the JSON Schema (schema/report.schema.json)
// describe one format and must not drift apart. This reads the types with the TypeScript
// compiler API and compares, for every interface with a $defs entry of the same name: the
// property names, which are required, and each property's type reduced to a comparable
// shape (string, number, enum of literals, array of …, record of …, ref to a named type).
// The unions SectionKind, PledgeStage and AmountScale are compared with the schema's enums.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const TYPES_SOURCE = readFileSync(new URL('src/schema/types.ts', root), 'utf8');
const SCHEMA = JSON.parse(readFileSync(new URL('schema/report.schema.json', root), 'utf8'));

/** Interfaces that are not part of the document format, so have no $defs entry. */
const NOT_IN_FORMAT = new Set(['Extensible', 'Problem', 'Warning']);
const UNIONS = ['SectionKind', 'PledgeStage', 'AmountScale'];

const enumOf = (values) => `enum:${[...values].map(String).sort().join('|')}`;

/** Interfaces (name → { props: name → { required, type } }) and unions of types.ts. */
function readTypes(source) {
  const file = ts.createSourceFile('types.ts', source, ts.ScriptTarget.ES2022, true);
  const interfaces = new Map();
  const aliases = new Map();
  for (const statement of file.statements) {
    if (ts.isInterfaceDeclaration(statement)) interfaces.set(statement.name.text, statement);
    else if (ts.isTypeAliasDeclaration(statement)) aliases.set(statement.name.text, statement.type);
  }
  const literal = (node) => (ts.isLiteralTypeNode(node) ? node.literal : null);
  const literalValue = (node) => (ts.isStringLiteral(node) ? node.text : Number(node.text));
  /** The literal values of a union of literals, else null. */
  const literals = (node) => {
    const parts = ts.isUnionTypeNode(node) ? node.types : [node];
    const values = parts.map(literal);
    return values.every(Boolean) ? values.map(literalValue) : null;
  };
  const shape = (node) => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword: return 'string';
      case ts.SyntaxKind.NumberKeyword: return 'number';
      case ts.SyntaxKind.UnknownKeyword: return 'unknown';
      default:
    }
    if (ts.isArrayTypeNode(node)) return `array:${shape(node.elementType)}`;
    if (ts.isTypeLiteralNode(node)) {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      return index ? `record:${shape(index.type)}` : 'object';
    }
    const values = literals(node);
    if (values) return enumOf(values);
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText();
      const aliased = aliases.get(name);
      const aliasValues = aliased && literals(aliased);
      return aliasValues ? enumOf(aliasValues) : `ref:${name}`;
    }
    return `unsupported:${node.getText()}`;
  };
  /** Own properties over inherited ones; the `x-${string}` index signature is not a property. */
  const propsOf = (name) => {
    const declaration = interfaces.get(name);
    const props = {};
    for (const clause of declaration.heritageClauses ?? []) {
      for (const base of clause.types) Object.assign(props, propsOf(base.expression.getText()));
    }
    for (const member of declaration.members) {
      if (!ts.isPropertySignature(member)) continue;
      props[member.name.getText().replace(/^['"]|['"]$/g, '')] = { required: !member.questionToken, type: shape(member.type) };
    }
    return props;
  };
  return {
    interfaces: new Map([...interfaces.keys()].map((name) => [name, propsOf(name)])),
    unions: new Map([...aliases].flatMap(([name, node]) => (literals(node) ? [[name, enumOf(literals(node))]] : []))),
    typeNames: new Set([...interfaces.keys(), ...aliases.keys()]),
  };
}

/** The same description of the schema's $defs; `typeNames` tells which refs name a TS type. */
function readSchema(schema, typeNames) {
  const defs = schema.$defs;
  const refName = (ref) => ref.replace('#/$defs/', '');
  const shape = (s) => {
    if (s.$ref) {
      const name = refName(s.$ref);
      const target = defs[name];
      if (!typeNames.has(name)) return shape(target); // a helper such as Amount or Url
      return target.enum ? enumOf(target.enum) : `ref:${name}`;
    }
    if (s.const !== undefined) return enumOf([s.const]);
    if (s.enum) return enumOf(s.enum);
    if (s.type === 'string') return 'string';
    if (s.type === 'number' || s.type === 'integer') return 'number';
    if (s.type === 'array') return `array:${shape(s.items)}`;
    if (s.type === 'object' && typeof s.additionalProperties === 'object') return `record:${shape(s.additionalProperties)}`;
    if (s.type === 'object') return 'object';
    return `unsupported:${JSON.stringify(s)}`;
  };
  /** Properties of a def, with those of the defs it includes through allOf/$ref first. */
  const propsOf = (def) => {
    const props = {};
    for (const part of def.allOf ?? []) if (part.$ref) Object.assign(props, propsOf(defs[refName(part.$ref)]));
    // An included def's `required` still applies when a property's schema is narrowed here.
    for (const [key, sub] of Object.entries(def.properties ?? {})) props[key] = { required: props[key]?.required ?? false, type: shape(sub) };
    for (const key of def.required ?? []) if (props[key]) props[key].required = true;
    return props;
  };
  return { defs, propsOf };
}

/** Every disagreement between the types and the schema, as readable lines. */
function findDrift(source, schema) {
  const types = readTypes(source);
  const { defs, propsOf } = readSchema(schema, types.typeNames);
  const drift = [];
  for (const [name, tsProps] of types.interfaces) {
    if (NOT_IN_FORMAT.has(name)) continue;
    if (!defs[name]) { drift.push(`${name}: interface without a $defs entry`); continue; }
    const schemaProps = propsOf(defs[name]);
    for (const key of new Set([...Object.keys(tsProps), ...Object.keys(schemaProps)])) {
      const [a, b] = [tsProps[key], schemaProps[key]];
      if (!a) drift.push(`${name}.${key}: only in the schema`);
      else if (!b) drift.push(`${name}.${key}: only in types.ts`);
      else {
        if (a.required !== b.required) drift.push(`${name}.${key}: required ${a.required} in types.ts, ${b.required} in the schema`);
        if (a.type !== b.type) drift.push(`${name}.${key}: ${a.type} in types.ts, ${b.type} in the schema`);
      }
    }
  }
  for (const name of UNIONS) {
    const a = types.unions.get(name);
    const b = defs[name]?.enum && enumOf(defs[name].enum);
    if (a !== b) drift.push(`${name}: ${a} in types.ts, ${b} in the schema`);
  }
  return drift;
}

test('types.ts and report.schema.json describe the same format', () => {
  assert.deepEqual(findDrift(TYPES_SOURCE, SCHEMA), []);
});

test('the comparison covers every interface of the format', () => {
  const { interfaces } = readTypes(TYPES_SOURCE);
  const compared = [...interfaces.keys()].filter((name) => !NOT_IN_FORMAT.has(name)).sort();
  assert.deepEqual(compared, [
    'BudgetItem', 'BudgetPoint', 'BudgetSection', 'BudgetTotal', 'PledgeCategory', 'PledgeHistoryEntry', 'PledgeItem',
    'PledgeSection', 'PledgeStatus', 'ReportDocument', 'ReportMeta', 'SectionBase', 'SourceRef', 'StaffingGrade',
    'StaffingSection', 'StaffingTotal', 'StaffingUnit',
  ]);
  const { propsOf } = readSchema(SCHEMA, readTypes(TYPES_SOURCE).typeNames);
  // Spot checks that the reduction is not vacuous.
  assert.deepEqual(propsOf(SCHEMA.$defs.BudgetItem).budget, { required: true, type: 'number' });
  assert.deepEqual(propsOf(SCHEMA.$defs.StaffingUnit).authorized, { required: false, type: 'record:number' });
  assert.deepEqual(propsOf(SCHEMA.$defs.PledgeSection).kind, { required: true, type: 'enum:pledge-progress' });
  assert.deepEqual(propsOf(SCHEMA.$defs.BudgetSection).scale, { required: false, type: 'enum:1|1000|1000000|100000000' });
  assert.deepEqual(propsOf(SCHEMA.$defs.ReportDocument).sections, { required: true, type: 'array:ref:Section' });
  assert.deepEqual(propsOf(SCHEMA.$defs.ReportMeta).title, { required: true, type: 'ref:LangText' });
});

/** Drift lines in a stable order, for the tests that break one side on purpose. */
const sortedDrift = (source, schema) => findDrift(source, schema).sort();

test('a property added to the schema only is reported', () => {
  const schema = structuredClone(SCHEMA);
  schema.$defs.BudgetItem.properties.unit = { type: 'string', description: 'x' };
  assert.deepEqual(sortedDrift(TYPES_SOURCE, schema), ['BudgetItem.unit: only in the schema']);
});

test('a property added to types.ts only is reported, also through an inherited interface', () => {
  const source = TYPES_SOURCE
    .replace('  url?: string;\n  /** Oldest first. */', '  url?: string;\n  owner?: LangText;\n  /** Oldest first. */')
    .replace('  source?: SourceRef;\n}', '  source?: SourceRef;\n  lang: string;\n}');
  assert.notEqual(source, TYPES_SOURCE);
  assert.deepEqual(sortedDrift(source, SCHEMA), [
    'BudgetSection.lang: only in types.ts',
    'PledgeItem.owner: only in types.ts',
    'PledgeSection.lang: only in types.ts',
    'SectionBase.lang: only in types.ts',
    'StaffingSection.lang: only in types.ts',
  ]);
});

test('a change of required-ness, of type or of a union is reported', () => {
  const schema = structuredClone(SCHEMA);
  schema.$defs.PledgeItem.required = ['id', 'title'];
  schema.$defs.BudgetPoint.properties.period = { type: 'string', description: 'x' };
  schema.$defs.PledgeStage.enum.push('cancelled');
  schema.$defs.StaffingUnit.properties.children.items = { $ref: '#/$defs/StaffingGrade' };
  assert.deepEqual(sortedDrift(TYPES_SOURCE, schema), [
    'BudgetPoint.period: ref:LangText in types.ts, string in the schema',
    'PledgeItem.status: required true in types.ts, false in the schema',
    'PledgeStage: enum:delayed|done|dropped|not-started|progress in types.ts, enum:cancelled|delayed|done|dropped|not-started|progress in the schema',
    'PledgeStatus.stage: enum:delayed|done|dropped|not-started|progress in types.ts, enum:cancelled|delayed|done|dropped|not-started|progress in the schema',
    'StaffingUnit.children: array:ref:StaffingUnit in types.ts, array:ref:StaffingGrade in the schema',
  ]);
  const source = TYPES_SOURCE.replace("export type AmountScale = 1 | 1000 | 1000000 | 100000000;", 'export type AmountScale = 1 | 1000;');
  assert.deepEqual(sortedDrift(source, SCHEMA), [
    'AmountScale: enum:1|1000 in types.ts, enum:1|1000|1000000|100000000 in the schema',
    'BudgetSection.scale: enum:1|1000 in types.ts, enum:1|1000|1000000|100000000 in the schema',
  ]);
});

test('an interface without a $defs entry is reported', () => {
  const schema = structuredClone(SCHEMA);
  delete schema.$defs.BudgetTotal;
  schema.$defs.BudgetSection.properties.total = { type: 'object', description: 'x' };
  assert.deepEqual(sortedDrift(TYPES_SOURCE, schema), [
    'BudgetSection.total: ref:BudgetTotal in types.ts, object in the schema',
    'BudgetTotal: interface without a $defs entry',
  ]);
});
