// A Custom Elements Manifest analyzer plugin: gives every public field (and its attribute) of every
// element a `parsedType` — the declared type with aliases expanded by the TypeScript checker, e.g.
// `VkCodeChannel` → `'email' | 'sms' | 'totp'`, `length = defaultCodeLength` → `number`. That is the
// field tools read for it (@wc-toolkit/storybook-helpers builds Storybook's controls from it: a
// radio/select of the values, a number or boolean control), so no story hand-types its controls.
// A default that names a constant (`length = defaultCodeLength`) becomes the constant's value (`6`).
// For a field an attribute sets, parsedType keeps only what an attribute can carry (literals and
// primitives): `PresetName | JourneyConfig` lists the preset names; the object stays a property.
// Object-typed properties get none: tools fall back to the declared `type` (`ProofSlot[]`).
import ts from 'typescript';
import { join } from 'node:path';

/**
 * The union members of `type` as text, `true | false` folded back into `boolean`, `undefined` and
 * `null` last; `undefined` when a member is an object type (a field an attribute sets keeps its
 * other members instead): such a field's declared name (`ProofSlot[]`) says more than its expansion.
 */
function unionText(checker, type, attributeSets) {
  const members = type.isUnion() ? type.types : [type];
  const parts = [];
  const empty = [];
  let booleans = 0;
  for (const member of members) {
    if (member.flags & ts.TypeFlags.BooleanLiteral) booleans += 1;
    else if (member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) empty.push(checker.typeToString(member));
    else if (member.flags & (ts.TypeFlags.Object | ts.TypeFlags.NonPrimitive | ts.TypeFlags.Intersection)) {
      if (!attributeSets) return undefined;
    } else parts.push(checker.typeToString(member, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType));
  }
  if (booleans === 2) parts.push('boolean');
  else if (booleans === 1) parts.push(checker.typeToString(members.find((member) => member.flags & ts.TypeFlags.BooleanLiteral)));
  return parts.length ? [...parts, ...empty].join(' | ') : undefined;
}

export function parsedTypes({ tsconfig = 'tsconfig.json' } = {}) {
  return {
    name: 'verikit-parsed-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules.flatMap((module) =>
        (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => ({ module, declaration })),
      );
      if (elements.length === 0) return;
      const config = ts.getParsedCommandLineOfConfigFile(join(process.cwd(), tsconfig), { noEmit: true }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
      if (!config) return;
      const rootNames = [...new Set(elements.map(({ module }) => join(process.cwd(), module.path)))];
      const program = ts.createProgram({ rootNames, options: { ...config.options, noEmit: true } });
      const checker = program.getTypeChecker();
      for (const { module, declaration } of elements) {
        const source = program.getSourceFile(join(process.cwd(), module.path));
        const node = source?.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === declaration.name);
        const symbol = node?.name && checker.getSymbolAtLocation(node.name);
        if (!node || !symbol) continue;
        const instance = checker.getDeclaredTypeOfSymbol(symbol);
        for (const member of declaration.members ?? []) {
          if (member.kind !== 'field' || member.static) continue;
          const property = checker.getPropertyOfType(instance, member.name);
          if (!property) continue;
          const attribute = declaration.attributes?.find((candidate) => candidate.fieldName === member.name);
          const text = unionText(checker, checker.getTypeOfSymbolAtLocation(property, node), attribute !== undefined);
          if (text) {
            member.parsedType = { text };
            if (attribute) attribute.parsedType = { text };
          }
          // `length = defaultCodeLength`: the default a reader (and a control) needs is the constant's value.
          const initializer = property.valueDeclaration && ts.isPropertyDeclaration(property.valueDeclaration) ? property.valueDeclaration.initializer : undefined;
          if (initializer && ts.isIdentifier(initializer)) {
            const value = checker.getTypeAtLocation(initializer);
            if (value.isLiteral() || value.flags & ts.TypeFlags.BooleanLiteral) {
              member.default = checker.typeToString(value, undefined, ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType);
              if (attribute) attribute.default = member.default;
            }
          }
        }
      }
    },
  };
}
